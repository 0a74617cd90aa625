namespace M365Nis2.Domain.Evidence.SecureScore;

/// <summary>One daily Microsoft Secure Score (<c>/security/secureScores</c>), with its per-control scores.</summary>
public sealed record SecureScoreSnapshot(DateTimeOffset CreatedAt, decimal CurrentScore, decimal MaxScore, IReadOnlyList<ControlScore> Controls)
{
    /// <summary>Score as a share of the maximum, in percent; null when the maximum is zero.</summary>
    public decimal? Percent => MaxScore <= 0 ? null : Math.Round(100m * CurrentScore / MaxScore, 1);
}

/// <summary>A control's points in a snapshot (<c>controlScores[]</c>: controlName, controlCategory, score).</summary>
public sealed record ControlScore(string Name, string? Category, decimal Score);

/// <summary>A Secure Score improvement action (<c>/security/secureScoreControlProfiles</c>).</summary>
public sealed record ControlProfile(string Id, string Title, string? Category, string? Service, decimal MaxScore, bool Deprecated);

/// <summary>What the Secure Score rules read; either source may be refused (permission, licence).</summary>
/// <param name="Scores">Newest first, as Graph returns them.</param>
public sealed record SecureScoreEvidence(Collected<IReadOnlyList<SecureScoreSnapshot>> Scores, Collected<IReadOnlyList<ControlProfile>> Profiles);

/// <summary>Stable keys of the Secure Score checks.</summary>
public static class SecureScoreChecks
{
    public const string Source = "securescore";
    public const string Level = "securescore.level";
    public const string Trend = "securescore.trend";

    /// <summary>Key of the gap check for one measure, e.g. <c>securescore.gaps.art21.2.h</c>.</summary>
    public static string Gaps(string controlId) => $"securescore.gaps.{controlId}";
}
