namespace M365Nis2.Domain.Tasks;

/// <summary>
/// Calendar days and local times in the organisation's time zone (Europe/Copenhagen by default) turned into instants the
/// way RFC 5545 reads them, so the iCalendar feed and the scheduler agree: a time in the spring-forward gap is moved on by
/// the gap (02:30 → 03:30 summer time), and an autumn time that happens twice means the first of the two.
/// </summary>
public static class WallClock
{
    public static TimeZoneInfo Copenhagen { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        // In the gap GetUtcOffset gives the offset before the change, which lands the instant one gap later on the wall clock.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offset), zone);
    }

    /// <summary>The calendar day of <paramref name="at"/> in <paramref name="zone"/>.</summary>
    public static DateOnly Today(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
