namespace M365Nis2.Domain.Tasks;

public enum RecurrenceFrequency
{
    Monthly = 0,
    Quarterly,
    Yearly,
}

/// <summary>
/// A calendar recurrence: every <see cref="Interval"/> months, quarters or years from <see cref="AnchorMonth"/> of
/// <see cref="AnchorYear"/> (the first occurrence), on <see cref="DayOfMonth"/>. A day the month does not have is the
/// month's last day: 31 means "the last day of the month", and 29 February yearly falls on 28 February in common years
/// and back on the 29th in leap years. Each occurrence is computed from the anchor, never from the previous one, so a
/// short month never drags later occurrences earlier.
/// </summary>
public sealed record Recurrence(RecurrenceFrequency Frequency, int DayOfMonth, int AnchorMonth = 1, int Interval = 1, int AnchorYear = 2025)
{
    public static Recurrence Monthly(int dayOfMonth) => new(RecurrenceFrequency.Monthly, dayOfMonth);

    /// <summary>Every quarter, in <paramref name="firstMonth"/> and every third month after it (3 → March, June, September, December).</summary>
    public static Recurrence Quarterly(int firstMonth, int dayOfMonth) => new(RecurrenceFrequency.Quarterly, dayOfMonth, firstMonth);

    public static Recurrence Yearly(int month, int dayOfMonth) => new(RecurrenceFrequency.Yearly, dayOfMonth, month);

    public int StepMonths => Interval * Frequency switch
    {
        RecurrenceFrequency.Monthly => 1,
        RecurrenceFrequency.Quarterly => 3,
        _ => 12,
    };

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Frequency)) errors.Add($"Unknown frequency {(int)Frequency}.");
        if (DayOfMonth is < 1 or > 31) errors.Add("The day of the month must be 1–31 (31 = the last day).");
        if (AnchorMonth is < 1 or > 12) errors.Add("The month must be 1–12.");
        if (Interval is < 1 or > 10) errors.Add("The interval must be 1–10.");
        if (AnchorYear is < 2000 or > 2100) errors.Add("The anchor year must be 2000–2100.");
        return errors;
    }

    /// <summary>Occurrences from <paramref name="from"/> to <paramref name="to"/>, both inclusive, in order.</summary>
    public IEnumerable<DateOnly> Between(DateOnly from, DateOnly to)
    {
        if (Validate().Count > 0)
            throw new InvalidOperationException(string.Join(" ", Validate()));
        var anchor = MonthIndex(AnchorYear, AnchorMonth);
        var first = Math.Max(anchor, MonthIndex(from.Year, from.Month));
        // Align to the next month on the step grid.
        var offset = (first - anchor) % StepMonths;
        var month = offset == 0 ? first : first + StepMonths - offset;
        for (; month <= MonthIndex(to.Year, to.Month); month += StepMonths)
        {
            var day = On(month);
            if (day >= from && day <= to)
                yield return day;
        }
    }

    /// <summary>The first occurrence on or after <paramref name="day"/>.</summary>
    public DateOnly NextOnOrAfter(DateOnly day) =>
        Between(day, day.AddYears(Interval * 12 + 1)).First();

    private DateOnly On(int monthIndex)
    {
        var year = monthIndex / 12;
        var month = monthIndex % 12 + 1;
        return new DateOnly(year, month, Math.Min(DayOfMonth, DateTime.DaysInMonth(year, month)));
    }

    private static int MonthIndex(int year, int month) => year * 12 + month - 1;
}
