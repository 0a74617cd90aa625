namespace M365Nis2.Domain.Catalogue;

/// <summary>The moment an Art. 23 deadline counts from.</summary>
public enum DeadlineStart
{
    /// <summary>Not a fixed deadline (intermediate report: on request).</summary>
    None = 0,
    /// <summary>Becoming aware of the significant incident.</summary>
    Awareness,
    /// <summary>The incident notification.</summary>
    Notification,
}

/// <summary>One Art. 23 reporting stage.</summary>
/// <param name="DueAfter">ISO 8601 duration as in the catalogue ("PT24H", "PT72H", "P1M") or "on_request".</param>
public sealed record ReportingStage(string Id, string DueAfter, DeadlineStart From, IReadOnlyList<string> Contents)
{
    /// <summary>
    /// The deadline counted from <paramref name="start"/>, or null for on-request stages. "P1M" is a calendar month
    /// (not 30 days), which is why durations are kept as text rather than <see cref="TimeSpan"/>.
    /// </summary>
    public DateTimeOffset? DueBy(DateTimeOffset start) => DueAfter switch
    {
        "on_request" => null,
        ['P', 'T', .. var hours, 'H'] when int.TryParse(hours, System.Globalization.CultureInfo.InvariantCulture, out var h) => start.AddHours(h),
        ['P', .. var months, 'M'] when int.TryParse(months, System.Globalization.CultureInfo.InvariantCulture, out var m) => start.AddMonths(m),
        _ => throw new FormatException($"Unsupported reporting duration '{DueAfter}' for stage {Id}."),
    };
}
