namespace M365Nis2.Domain.Incidents;

/// <summary>What the final-report deadline is counted from.</summary>
public enum FinalReportBasis
{
    /// <summary>The incident notification was submitted: one month after that (Art. 23(4)(d)).</summary>
    NotificationSubmitted = 0,
    /// <summary>Not yet submitted: provisionally one month after the 72 h notification deadline.</summary>
    NotificationDeadline,
}

/// <summary>
/// Art. 23(4) deadlines. The 24 h and 72 h deadlines are real elapsed time (UTC arithmetic, via the catalogue's
/// <see cref="Catalogue.ReportingStage.DueBy"/>), so across a DST change the local clock shows 23 h or 25 h later.
/// The final report's month is a calendar month on the Europe/Copenhagen wall clock (31 Jan → 28/29 Feb, same local time).
/// </summary>
public static class IncidentDeadlines
{
    /// <summary>Europe/Copenhagen, where the month of the final report is counted.</summary>
    public static TimeZoneInfo Copenhagen { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTimeOffset EarlyWarningDue(DateTimeOffset awareAt) =>
        IncidentStage.EarlyWarning.Definition().DueBy(awareAt) ?? throw new InvalidOperationException("Early warning has no fixed deadline.");

    public static DateTimeOffset NotificationDue(DateTimeOffset awareAt) =>
        IncidentStage.Notification.Definition().DueBy(awareAt) ?? throw new InvalidOperationException("Notification has no fixed deadline.");

    /// <summary>
    /// One calendar month after the notification was submitted, or — while it is not — after the notification deadline
    /// (<see cref="FinalReportBasis.NotificationDeadline"/>, to be shown as provisional).
    /// </summary>
    public static (DateTimeOffset Due, FinalReportBasis Basis) FinalReportDue(DateTimeOffset awareAt, DateTimeOffset? notificationSubmittedAt) =>
        notificationSubmittedAt is { } submitted
            ? (AddLocalMonths(submitted, 1, Copenhagen), FinalReportBasis.NotificationSubmitted)
            : (AddLocalMonths(NotificationDue(awareAt), 1, Copenhagen), FinalReportBasis.NotificationDeadline);

    /// <summary>
    /// Adds calendar months on the wall clock of <paramref name="zone"/>. A result inside the spring-forward gap is read
    /// with the standard offset (02:30 → 03:30 summer time); an ambiguous autumn time takes the earlier instant, because
    /// for a deadline the earlier reading is the safe one.
    /// </summary>
    public static DateTimeOffset AddLocalMonths(DateTimeOffset at, int months, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime.AddMonths(months);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offset), zone);
    }
}
