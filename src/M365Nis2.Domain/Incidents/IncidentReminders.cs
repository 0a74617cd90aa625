using System.Globalization;

namespace M365Nis2.Domain.Incidents;

public enum ReminderKind
{
    BeforeDue = 0,
    Overdue,
}

/// <summary>A reminder to send now.</summary>
/// <param name="Lead">How long before the due time this point is; null for the overdue reminder.</param>
/// <param name="Marker">Store this once sent; it identifies the stage, the point and the due time.</param>
/// <param name="Covers">Every marker this reminder stands for (itself and earlier points missed while the job was not running); store them all.</param>
public sealed record IncidentReminder(IncidentStage Stage, ReminderKind Kind, TimeSpan? Lead, DateTimeOffset Due, string Marker,
    IReadOnlyList<string> Covers);

/// <summary>
/// Reminder points per stage: 12 h, 4 h, 1 h before the 24 h and 72 h deadlines; 7 days and 1 day before the final report;
/// 1 day and 1 h before a requested intermediate report's due date; and once when a stage becomes overdue.
/// </summary>
/// <remarks>
/// Each point is sent exactly once: markers include the due time, so when the final-report deadline moves (the notification
/// is submitted) its points are reminded afresh for the new date. When several points of a stage have passed unsent
/// (the daily/hourly job was down), only the latest is sent and it covers the others, so nobody gets a burst.
/// Nothing is sent for a submitted stage.
/// </remarks>
public static class IncidentReminders
{
    private static readonly TimeSpan[] HoursStage = [TimeSpan.FromHours(12), TimeSpan.FromHours(4), TimeSpan.FromHours(1)];
    private static readonly TimeSpan[] FinalStage = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];
    private static readonly TimeSpan[] IntermediateStage = [TimeSpan.FromDays(1), TimeSpan.FromHours(1)];

    /// <summary>Lead times before due, longest first.</summary>
    public static IReadOnlyList<TimeSpan> LeadTimes(IncidentStage stage) => stage switch
    {
        IncidentStage.FinalReport => FinalStage,
        IncidentStage.Intermediate => IntermediateStage,
        _ => HoursStage,
    };

    /// <summary>The reminders to send at <paramref name="now"/>, at most one per stage, given the markers already sent.</summary>
    public static IReadOnlyList<IncidentReminder> DueReminders(IncidentTimeline timeline, IReadOnlySet<string> sentMarkers, DateTimeOffset now)
    {
        var reminders = new List<IncidentReminder>();
        foreach (var stage in timeline.Stages)
        {
            if (stage.SubmittedAt is not null || stage.Due is not { } due)
                continue;
            var passed = Points(stage.Stage, due)
                .Where(p => now >= p.At && !sentMarkers.Contains(p.Marker))
                .ToList();
            if (passed.Count == 0)
                continue;
            var latest = passed[^1];
            reminders.Add(new(stage.Stage, latest.Lead is null ? ReminderKind.Overdue : ReminderKind.BeforeDue, latest.Lead, due,
                latest.Marker, [.. passed.Select(p => p.Marker)]));
        }
        return reminders;
    }

    /// <summary>
    /// The stored marker of a reminder sent (or kept) for one recipient. Markers are kept per recipient so that one
    /// recipient reached does not stand in for another who was not, and only the latter is tried again.
    /// </summary>
    public static string SentMarker(string marker, string recipientId) => $"{marker}@{recipientId}";

    /// <summary>
    /// The markers that count as sent to <paramref name="recipientId"/>: their own, and those stored before markers were
    /// kept per recipient (no "@"), which were sent to everyone then.
    /// </summary>
    public static IReadOnlySet<string> SentTo(IEnumerable<string> stored, string recipientId)
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in stored)
        {
            var at = entry.IndexOf('@', StringComparison.Ordinal);
            if (at < 0)
                sent.Add(entry);
            else if (string.Equals(entry[(at + 1)..], recipientId, StringComparison.Ordinal))
                sent.Add(entry[..at]);
        }
        return sent;
    }

    private static IEnumerable<(DateTimeOffset At, TimeSpan? Lead, string Marker)> Points(IncidentStage stage, DateTimeOffset due)
    {
        var dueText = due.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var lead in LeadTimes(stage))
            yield return (due - lead, lead, $"{stage.Id()}:{Label(lead)}:{dueText}");
        // "Overdue" means strictly after the due time, as a submission exactly at the due time is on time.
        yield return (due.AddTicks(1), null, $"{stage.Id()}:overdue:{dueText}");
    }

    private static string Label(TimeSpan lead) =>
        lead.TotalHours >= 24 ? $"{(int)lead.TotalDays}d" : $"{(int)lead.TotalHours}h";
}
