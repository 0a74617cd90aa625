using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Section <c>Incidents</c>.</summary>
public sealed class IncidentsOptions
{
    public const string Section = "Incidents";

    /// <summary>Incidents:ReminderInterval, how often the reminder job looks for due reminders (default 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Incidents:ReminderInterval must be between 1 second and 1 hour.")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Incidents:TeamUserIds, Entra object ids of the incident team who get the deadline reminders with the CISO.</summary>
    public List<string> TeamUserIds { get; set; } = [];
}
