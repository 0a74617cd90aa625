namespace M365Nis2.Domain.Evidence.Defender;

/// <summary>The board's "attacks detected per month": incidents not closed as benign, and how many of them are resolved.</summary>
public sealed record MonthlyAttacks(int Year, int Month, int Detected, int Resolved, int High);

public static class AttacksPerMonth
{
    /// <summary>Per calendar month (in the given time zone, e.g. Europe/Copenhagen), oldest first, months without incidents included.</summary>
    public static IReadOnlyList<MonthlyAttacks> From(IEnumerable<SecurityIncident> incidents, DateTimeOffset from, DateTimeOffset to, TimeZoneInfo zone)
    {
        static (int, int) MonthOf(DateTimeOffset at, TimeZoneInfo zone)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            return (local.Year, local.Month);
        }

        var counted = incidents.Where(i => !i.IsBenign && i.CreatedAt >= from && i.CreatedAt <= to)
            .GroupBy(i => MonthOf(i.CreatedAt, zone)).ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<MonthlyAttacks>();
        var (year, month) = MonthOf(from, zone);
        var last = MonthOf(to, zone);
        while ((year, month).CompareTo(last) <= 0)
        {
            var list = counted.GetValueOrDefault((year, month)) ?? [];
            result.Add(new MonthlyAttacks(year, month, list.Count, list.Count(i => i.IsResolved), list.Count(i => i.IsHigh)));
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1);
        }
        return result;
    }
}
