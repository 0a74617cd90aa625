using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>Section <c>Acknowledgements</c>: who is asked to read and accept an approved policy, pacing, reminders.</summary>
public sealed class AcknowledgementsOptions
{
    public const string Section = "Acknowledgements";

    /// <summary>Whether this instance runs the sending job at all (the lease already keeps it to one runner).</summary>
    public bool JobEnabled { get; set; } = true;

    /// <summary>Who is asked when the CISO has not chosen for a policy: "all" (enabled member users) or a group object id.</summary>
    [Required(ErrorMessage = "Acknowledgements:DefaultAudience is required (\"all\" or a group object id).")]
    public string DefaultAudience { get; set; } = "all";

    /// <summary>Days after the approval by which everyone should have acknowledged.</summary>
    [Range(1, 365, ErrorMessage = "Acknowledgements:DueDays must be between 1 and 365.")]
    public int DueDays { get; set; } = 14;

    /// <summary>Share of the audience that must have acknowledged after the due date for (g) to count as met.</summary>
    [Range(0.01, 1.0, ErrorMessage = "Acknowledgements:Threshold must be between 0.01 and 1.")]
    public double Threshold { get; set; } = 0.9;

    [Range(1, 64, ErrorMessage = "Acknowledgements:MaxParallelSends must be between 1 and 64.")]
    public int MaxParallelSends { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00", ErrorMessage = "Acknowledgements:PollInterval must be between 50 ms and 1 hour.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Acknowledgements:RetryDelay must be between 0 and 1 day.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    [Range(1, 10, ErrorMessage = "Acknowledgements:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 3;

    [Range(1, 60, ErrorMessage = "Acknowledgements:ReminderIntervalDays must be between 1 and 60.")]
    public int ReminderIntervalDays { get; set; } = 4;

    [Range(0, 10, ErrorMessage = "Acknowledgements:MaxReminders must be between 0 and 10.")]
    public int MaxReminders { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Acknowledgements:ReminderCheckInterval must be between 1 second and 1 day.")]
    public TimeSpan ReminderCheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A new signed snapshot of a version's acknowledgements at most this often while they change (and one when complete).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ErrorMessage = "Acknowledgements:SnapshotInterval must be between 1 second and 30 days.")]
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromDays(1);
}
