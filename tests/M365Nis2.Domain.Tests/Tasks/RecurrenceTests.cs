using System.Globalization;
using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Tests.Tasks;

public class RecurrenceTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static string[] Dates(Recurrence r, string from, string to) =>
        [.. r.Between(D(from), D(to)).Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))];

    [Fact]
    public void Monthly_on_the_31st_falls_on_each_months_last_day_without_drifting() =>
        Assert.Equal(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"],
            Dates(Recurrence.Monthly(31), "2026-01-01", "2026-05-31"));

    [Fact]
    public void Monthly_on_the_30th_uses_the_28th_or_29th_in_february() =>
        Assert.Equal(["2027-02-28", "2027-03-30", "2028-02-29", "2028-03-30"],
            [.. Dates(Recurrence.Monthly(30), "2027-02-01", "2027-03-31"), .. Dates(Recurrence.Monthly(30), "2028-02-01", "2028-03-31")]);

    [Fact]
    public void Yearly_on_29_february_is_the_28th_in_common_years_and_the_29th_in_leap_years() =>
        Assert.Equal(["2027-02-28", "2028-02-29", "2029-02-28", "2100-02-28"],
            [.. Dates(Recurrence.Yearly(2, 29), "2027-01-01", "2029-12-31"), .. Dates(Recurrence.Yearly(2, 29), "2100-01-01", "2100-12-31")]);

    [Fact]
    public void The_year_2000_was_a_leap_year() =>
        Assert.Equal(["2000-02-29"], Dates(new Recurrence(RecurrenceFrequency.Yearly, 31, 2, 1, 2000), "2000-01-01", "2000-12-31"));

    [Fact]
    public void Quarterly_runs_from_the_first_month_every_third_month() =>
        Assert.Equal(["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"], Dates(Recurrence.Quarterly(3, 31), "2026-01-01", "2026-12-31"));

    [Fact]
    public void Quarterly_from_november_wraps_into_the_next_year() =>
        Assert.Equal(["2026-02-15", "2026-05-15", "2026-08-15", "2026-11-15"], Dates(Recurrence.Quarterly(11, 15), "2026-01-01", "2026-12-31"));

    [Fact]
    public void Every_second_year_counts_from_the_anchor_year() =>
        Assert.Equal(["2026-06-01", "2028-06-01"],
            Dates(new Recurrence(RecurrenceFrequency.Yearly, 1, 6, 2, 2024), "2025-01-01", "2029-12-31"));

    [Fact]
    public void Nothing_occurs_before_the_anchor() =>
        Assert.Equal(["2025-01-10"], Dates(Recurrence.Monthly(10), "2024-06-01", "2025-01-31"));

    [Fact]
    public void Range_bounds_are_inclusive_and_a_day_outside_the_range_in_the_same_month_is_excluded()
    {
        Assert.Equal(["2026-03-15"], Dates(Recurrence.Monthly(15), "2026-03-15", "2026-03-15"));
        Assert.Empty(Dates(Recurrence.Monthly(15), "2026-03-16", "2026-04-14"));
    }

    [Fact]
    public void Next_on_or_after_finds_the_same_day_or_the_following_occurrence()
    {
        Assert.Equal(D("2026-06-30"), Recurrence.Quarterly(3, 31).NextOnOrAfter(D("2026-06-30")));
        Assert.Equal(D("2026-09-30"), Recurrence.Quarterly(3, 31).NextOnOrAfter(D("2026-07-01")));
        Assert.Equal(D("2027-03-31"), Recurrence.Yearly(3, 31).NextOnOrAfter(D("2026-04-01")));
    }

    [Fact]
    public void Invalid_recurrences_list_each_problem_and_refuse_to_enumerate()
    {
        var bad = new Recurrence((RecurrenceFrequency)9, 32, 13, 0, 1999);
        Assert.Equal(5, bad.Validate().Count);
        Assert.Throws<InvalidOperationException>(() => bad.Between(D("2026-01-01"), D("2026-12-31")).ToList());
    }
}
