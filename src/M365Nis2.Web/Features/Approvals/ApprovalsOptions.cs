using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>Section <c>Approvals</c>: document limits, the deadline/reminder job and card update pacing.</summary>
public sealed class ApprovalsOptions
{
    public const string Section = "Approvals";

    /// <summary>Largest policy document accepted (bytes); default 10 MB.</summary>
    [Range(1, 100 * 1024 * 1024, ErrorMessage = "Approvals:MaxDocumentBytes must be between 1 byte and 100 MB.")]
    public long MaxDocumentBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How often open rounds are checked for their deadline and reminders.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Approvals:CheckInterval must be between 1 second and 1 day.")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Reminders to approvers who have not voted, this long before the deadline (each sent once).</summary>
    public List<TimeSpan> ReminderOffsets { get; set; } = [TimeSpan.FromDays(2), TimeSpan.FromDays(1)];


    /// <summary>"Due soon" window for the policy review cycle (days before the next review date).</summary>
    [Range(0, 365, ErrorMessage = "Approvals:ReviewDueSoonDays must be between 0 and 365.")]
    public int ReviewDueSoonDays { get; set; } = 30;

    /// <summary>Time zone that dates approvals and review days (IANA id).</summary>
    [Required(ErrorMessage = "Approvals:TimeZone is required (an IANA id such as Europe/Copenhagen).")]
    public string TimeZone { get; set; } = "Europe/Copenhagen";
}

/// <summary>Section <c>App</c>: where users reach the app (links in cards). Empty: the host of the request that started the round.</summary>
public sealed class AppLinkOptions
{
    public const string Section = "App";

    public Uri? PublicBaseUrl { get; set; }
}
