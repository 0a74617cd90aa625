using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Tests.Tasks;

public class WallClockTests
{
    private static readonly TimeZoneInfo Cph = WallClock.Copenhagen;

    [Fact]
    public void Nine_oclock_is_08_utc_in_winter_and_07_utc_in_summer()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero), WallClock.At(new(2026, 1, 15), new(9, 0), Cph));
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 7, 0, 0, TimeSpan.Zero), WallClock.At(new(2026, 7, 15), new(9, 0), Cph));
    }

    [Fact]
    public void A_monthly_occurrence_keeps_its_wall_clock_time_across_the_dst_change()
    {
        var instants = Recurrence.Monthly(29).Between(new(2026, 2, 1), new(2026, 4, 30)).Select(d => WallClock.At(d, new(9, 0), Cph)).ToList();
        Assert.All(instants, i => Assert.Equal(9, i.Hour));
        Assert.Equal([TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(2)], instants.Select(i => i.Offset));
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_moves_on_by_the_gap()
    {
        // 29 March 2026: clocks go 02:00 → 03:00, so 02:30 does not exist; RFC 5545 reads it as 03:30 summer time.
        var at = WallClock.At(new(2026, 3, 29), new(2, 30), Cph);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), at);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), at.ToUniversalTime());
    }

    [Fact]
    public void A_time_that_happens_twice_in_autumn_is_the_first_of_the_two()
    {
        // 25 October 2026: 03:00 summer time → 02:00 winter time, so 02:30 happens at 00:30 and 01:30 UTC.
        var at = WallClock.At(new(2026, 10, 25), new(2, 30), Cph);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), at.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(2), at.Offset);
    }

    [Fact]
    public void Today_is_the_local_calendar_day()
    {
        // 23:30 UTC on 31 December is already New Year in Copenhagen.
        Assert.Equal(new DateOnly(2027, 1, 1), WallClock.Today(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero), Cph));
        Assert.Equal(new DateOnly(2026, 6, 30), WallClock.Today(new DateTimeOffset(2026, 6, 30, 21, 59, 0, TimeSpan.Zero), Cph));
        Assert.Equal(new DateOnly(2026, 7, 1), WallClock.Today(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), Cph));
    }
}
