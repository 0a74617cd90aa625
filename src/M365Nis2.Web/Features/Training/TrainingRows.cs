using Azure;
using Azure.Data.Tables;

namespace M365Nis2.Web.Features.Training;

/// <summary>A management training course: PK "course", RK id.</summary>
public sealed class CourseRow : ITableEntity
{
    public const string Partition = "course";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Title { get; set; } = "";

    public string Provider { get; set; } = "";

    /// <summary>yyyy-MM-dd.</summary>
    public string Date { get; set; } = "";

    public double Hours { get; set; }

    /// <summary>Topics joined with '\n'.</summary>
    public string Topics { get; set; } = "";

    public string CreatedBy { get; set; } = "";
}

/// <summary>One board member at one course: PK member object id, RK course id (so recording twice is one row).</summary>
public sealed class AttendanceRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string? CertificateArtefactId { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>The last training reminder per member: PK "reminder", RK object id; keeps the daily job from spamming.</summary>
public sealed class ReminderRow : ITableEntity
{
    public const string Partition = "reminder";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string LastReminderOn { get; set; } = "";
}
