using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>Section <c>Tasks</c>: due-soon window, time zone, the owner card and reminder job, the annual wheel.</summary>
public sealed class TasksOptions : IValidatableObject
{
    public const string Section = "Tasks";

    /// <summary>Time zone whose calendar days due dates are (IANA id).</summary>
    [Required(ErrorMessage = "Tasks:TimeZone is required (an IANA id such as Europe/Copenhagen).")]
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    [Range(0, 60, ErrorMessage = "Tasks:DueSoonDays must be between 0 and 60.")]
    public int DueSoonDays { get; set; } = 7;

    /// <summary>Whether this instance runs the job that sends owner cards and reminders (a lease keeps it to one runner).</summary>
    public bool JobEnabled { get; set; } = true;

    /// <summary>How often the job looks for cards to send and reminders that are due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00", ErrorMessage = "Tasks:PollInterval must be between 50 ms and 1 day.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait before retrying an owner who could not be reached.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Tasks:RetryDelay must be between 0 and 1 day.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    [Range(1, 10, ErrorMessage = "Tasks:MaxCardAttempts must be between 1 and 10.")]
    public int MaxCardAttempts { get; set; } = 3;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Tasks:TimeZone '{TimeZone}' is not a known time zone.", [nameof(TimeZone)]);
        }
    }
}
