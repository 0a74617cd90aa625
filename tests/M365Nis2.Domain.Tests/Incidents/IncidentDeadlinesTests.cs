using M365Nis2.Domain.Incidents;
using static M365Nis2.Domain.Tests.Incidents.Copenhagen;

namespace M365Nis2.Domain.Tests.Incidents;

public class IncidentDeadlinesTests
{
    [Fact]
    public void Early_warning_across_spring_forward_is_24_real_hours_so_the_local_clock_shows_11_00()
    {
        var due = IncidentDeadlines.EarlyWarningDue(At(2026, 3, 28, 10));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 11, 0, 0, TimeSpan.FromHours(2)), Local(due));
        Assert.Equal(TimeSpan.FromHours(24), due - At(2026, 3, 28, 10));
    }

    [Fact]
    public void Early_warning_across_fall_back_is_24_real_hours_so_the_local_clock_shows_09_00() =>
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.FromHours(1)), Local(IncidentDeadlines.EarlyWarningDue(At(2026, 10, 24, 10))));

    [Fact]
    public void Notification_is_due_72_real_hours_after_awareness() =>
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 11, 0, 0, TimeSpan.FromHours(2)), Local(IncidentDeadlines.NotificationDue(At(2026, 3, 28, 10))));

    [Fact]
    public void Final_report_is_one_calendar_month_after_the_submitted_notification_at_the_same_local_time_across_dst()
    {
        var (due, basis) = IncidentDeadlines.FinalReportDue(At(2026, 3, 8, 9), notificationSubmittedAt: At(2026, 3, 10, 12));

        Assert.Equal(FinalReportBasis.NotificationSubmitted, basis);
        Assert.Equal(new DateTimeOffset(2026, 4, 10, 12, 0, 0, TimeSpan.FromHours(2)), Local(due));
    }

    [Fact]
    public void Final_report_before_the_notification_is_submitted_is_based_on_the_72_hour_deadline()
    {
        var (due, basis) = IncidentDeadlines.FinalReportDue(At(2026, 3, 28, 10), notificationSubmittedAt: null);

        Assert.Equal(FinalReportBasis.NotificationDeadline, basis);
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 11, 0, 0, TimeSpan.FromHours(2)), Local(due));
    }

    [Fact]
    public void Notification_submitted_on_31_January_makes_the_final_report_due_at_the_end_of_February() =>
        Assert.Equal(At(2026, 2, 28, 15), IncidentDeadlines.FinalReportDue(At(2026, 1, 30, 9), At(2026, 1, 31, 15)).Due);

    [Fact]
    public void Awareness_on_28_January_gives_a_provisional_final_report_date_of_28_February_via_the_31_January_deadline() =>
        Assert.Equal(At(2026, 2, 28, 15), IncidentDeadlines.FinalReportDue(At(2026, 1, 28, 15), null).Due);

    [Fact]
    public void In_a_leap_year_31_January_plus_a_month_is_29_February() =>
        Assert.Equal(At(2028, 2, 29, 15), IncidentDeadlines.FinalReportDue(At(2028, 1, 30, 9), At(2028, 1, 31, 15)).Due);

    [Fact]
    public void A_month_landing_in_the_spring_forward_gap_is_read_with_winter_time_giving_03_30_summer_time()
    {
        var due = IncidentDeadlines.FinalReportDue(At(2027, 2, 27, 9), new DateTimeOffset(2027, 2, 28, 2, 30, 0, TimeSpan.FromHours(1))).Due;
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 30, 0, TimeSpan.FromHours(2)), Local(due));
    }

    [Fact]
    public void A_month_landing_on_an_ambiguous_autumn_time_takes_the_earlier_summer_time_instant()
    {
        var due = IncidentDeadlines.FinalReportDue(At(2026, 9, 24, 9), new DateTimeOffset(2026, 9, 25, 2, 30, 0, TimeSpan.FromHours(2))).Due;
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Fact]
    public void Deadlines_do_not_depend_on_the_offset_the_awareness_instant_was_given_in() =>
        Assert.Equal(
            IncidentDeadlines.FinalReportDue(At(2026, 3, 28, 10), null).Due,
            IncidentDeadlines.FinalReportDue(At(2026, 3, 28, 10).ToUniversalTime(), null).Due);
}
