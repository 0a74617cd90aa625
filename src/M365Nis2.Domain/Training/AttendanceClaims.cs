namespace M365Nis2.Domain.Training;

public enum ClaimState
{
    Pending,
    Confirmed,
    Rejected,
}

/// <summary>
/// A board member's self-reported attendance (Art. 20(2)) and the CISO's decision on it. A claim is decided once;
/// a rejection says why, so the member can act on it.
/// </summary>
public static class AttendanceClaims
{
    public const int MaxNoteLength = 1000;

    /// <summary>How far back a self-report may go: older training no longer counts under any sensible period.</summary>
    public const int MaxAgeYears = 5;

    /// <summary>Null when the reported course facts are acceptable, otherwise the problem naming the field.</summary>
    public static string? CheckReport(string? title, string? provider, DateOnly? date, decimal? hours, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200)
            return "title is required (at most 200 characters).";
        if (string.IsNullOrWhiteSpace(provider) || provider.Length > 200)
            return "provider is required (at most 200 characters).";
        if (date is not { } d)
            return "date is required (yyyy-MM-dd).";
        if (d > today)
            return "date cannot be in the future.";
        if (d < today.AddYears(-MaxAgeYears))
            return $"date is more than {MaxAgeYears} years ago.";
        if (hours is not (> 0 and <= 1000))
            return "hours must be more than 0 and at most 1000.";
        return null;
    }

    /// <summary>Null when the decision may be taken on a claim in <paramref name="current"/>, otherwise why not.</summary>
    public static string? CheckDecision(ClaimState current, ClaimState decision, string? note)
    {
        if (decision == ClaimState.Pending)
            return "decision must be 'confirm' or 'reject'.";
        if (current != ClaimState.Pending)
            return $"the claim was already {current.ToString().ToLowerInvariant()}.";
        if (note is { Length: > MaxNoteLength })
            return $"note must be at most {MaxNoteLength} characters.";
        if (decision == ClaimState.Rejected && string.IsNullOrWhiteSpace(note))
            return "note is required when rejecting, so the member knows why.";
        return null;
    }

    /// <summary>"confirm" / "reject" (any case) to the decided state; anything else is Pending, which CheckDecision refuses.</summary>
    public static ClaimState ParseDecision(string? decision) => decision?.Trim().ToLowerInvariant() switch
    {
        "confirm" => ClaimState.Confirmed,
        "reject" => ClaimState.Rejected,
        _ => ClaimState.Pending,
    };
}
