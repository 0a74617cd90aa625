using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Training;

/// <summary>Courses, attendance and reminder log in Azure Tables (TrainingCourses, TrainingAttendance, TrainingReminders).</summary>
public sealed class TrainingStore(TableServiceClient tables, StorageNames names)
{
    private TableClient? courses;
    private TableClient? attendance;
    private TableClient? reminders;

    private async Task<TableClient> Courses(CancellationToken ct) => courses ??= await tables.GetReadyTableAsync(names, "TrainingCourses", ct);

    private async Task<TableClient> Attendance(CancellationToken ct) => attendance ??= await tables.GetReadyTableAsync(names, "TrainingAttendance", ct);

    private async Task<TableClient> Reminders(CancellationToken ct) => reminders ??= await tables.GetReadyTableAsync(names, "TrainingReminders", ct);

    public async Task AddCourseAsync(CourseRow course, CancellationToken ct) => await (await Courses(ct)).AddEntityAsync(course, ct);

    /// <summary>Adds the course unless one with its id exists (a retried confirmation makes it once).</summary>
    public async Task AddCourseIfAbsentAsync(CourseRow course, CancellationToken ct)
    {
        try
        {
            await AddCourseAsync(course, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Made by an earlier attempt of the same confirmation.
        }
    }

    public async Task<CourseRow?> FindCourseAsync(string id, CancellationToken ct)
    {
        if (!TableKeys.IsValid(id))
        {
            return null;
        }
        var found = await (await Courses(ct)).GetEntityIfExistsAsync<CourseRow>(CourseRow.Partition, id, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyDictionary<string, CourseRow>> CoursesAsync(CancellationToken ct) =>
        await ToListAsync((await Courses(ct)).QueryAsync<CourseRow>(r => r.PartitionKey == CourseRow.Partition, cancellationToken: ct))
            .ContinueWith(t => (IReadOnlyDictionary<string, CourseRow>)t.Result.ToDictionary(c => c.RowKey), TaskScheduler.Default);

    /// <summary>Adds the attendance; an existing one for the same member and course stays as it is (idempotent), and is returned.</summary>
    public async Task<AttendanceRow> AddAttendanceAsync(AttendanceRow row, CancellationToken ct)
    {
        var table = await Attendance(ct);
        try
        {
            await table.AddEntityAsync(row, ct);
            return row;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await table.GetEntityAsync<AttendanceRow>(row.PartitionKey, row.RowKey, cancellationToken: ct)).Value;
        }
    }

    public async Task<IReadOnlyList<AttendanceRow>> AttendanceOfAsync(string memberObjectId, CancellationToken ct) =>
        await ToListAsync((await Attendance(ct)).QueryAsync<AttendanceRow>(r => r.PartitionKey == memberObjectId, cancellationToken: ct));

    public async Task<IReadOnlyDictionary<string, DateOnly>> LastRemindersAsync(CancellationToken ct) =>
        (await ToListAsync((await Reminders(ct)).QueryAsync<ReminderRow>(r => r.PartitionKey == ReminderRow.Partition, cancellationToken: ct)))
            .ToDictionary(r => r.RowKey, r => DateOnly.ParseExact(r.LastReminderOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public async Task RecordReminderAsync(string memberObjectId, DateOnly day, CancellationToken ct) =>
        await (await Reminders(ct)).UpsertEntityAsync(new ReminderRow
        {
            RowKey = memberObjectId,
            LastReminderOn = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, TableUpdateMode.Replace, ct);

    private static async Task<List<T>> ToListAsync<T>(AsyncPageable<T> rows) where T : notnull
    {
        var list = new List<T>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }
        return list;
    }
}
