using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>Section <c>Awareness</c>: fan-out pacing and reminders for awareness campaigns.</summary>
public sealed class AwarenessOptions
{
    public const string Section = "Awareness";

    /// <summary>Whether this instance runs the fan-out job at all (the lease already keeps it to one runner).</summary>
    public bool FanoutEnabled { get; set; } = true;


    /// <summary>Sends in flight at once; the pacer keeps the rate, this only hides latency.</summary>
    [Range(1, 64, ErrorMessage = "Awareness:MaxParallelSends must be between 1 and 64.")]
    public int MaxParallelSends { get; set; } = 8;

    /// <summary>How often the fan-out job looks for work.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00", ErrorMessage = "Awareness:PollInterval must be between 50 ms and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Wait before retrying a recipient who could not be reached (no conversation, connector failure).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Awareness:RetryDelay must be between 0 and 1 day.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 10, ErrorMessage = "Awareness:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 3;

    [Range(1, 60, ErrorMessage = "Awareness:ReminderIntervalDays must be between 1 and 60.")]
    public int ReminderIntervalDays { get; set; } = 3;

    [Range(0, 10, ErrorMessage = "Awareness:MaxReminders must be between 0 and 10.")]
    public int MaxReminders { get; set; } = 2;

    /// <summary>How often prompted recipients are checked for reminders.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Awareness:ReminderCheckInterval must be between 1 second and 1 day.")]
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Recipient rows each instance remembers (about 1 KB each) so a quiz answer can skip reading its row; 0 turns it off.
    /// The default covers a 20 000-person campaign's answers on the instance that sent it.
    /// </summary>
    [Range(0, 1_000_000, ErrorMessage = "Awareness:RememberedRecipientRows must be between 0 and 1 000 000.")]
    public int RememberedRecipientRows { get; set; } = 20_000;

    /// <summary>How often recurring campaigns are checked for a due occurrence.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Awareness:ScheduleCheckInterval must be between 1 second and 1 day.")]
    public TimeSpan ScheduleCheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}
