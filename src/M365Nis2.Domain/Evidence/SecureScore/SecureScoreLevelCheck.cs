using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.SecureScore;

/// <summary>
/// Art. 21(2)(f): the newest Secure Score against the thresholds. Secure Score is Microsoft's own measure of how many
/// recommended protections are in place, so its level is a tenant-wide effectiveness signal the board can follow.
/// </summary>
public static class SecureScoreLevelCheck
{
    public static CheckResult Evaluate(SecureScoreEvidence evidence, SecureScoreOptions options)
    {
        if (!evidence.Scores.TryGet(out var scores))
            return Unknown(SecureScoreTexts.Unreadable.With(evidence.Scores.Status.Text()));
        if (scores.Count == 0 || scores[0].Percent is not { } percent)
            return Unknown(SecureScoreTexts.NoScoreLevel.With());

        var latest = scores[0];
        var outcome = percent >= options.MetPercent ? Outcome.Met : percent >= options.PartialPercent ? Outcome.PartiallyMet : Outcome.NotMet;
        var severity = outcome switch { Outcome.Met => FindingSeverity.Info, Outcome.PartiallyMet => FindingSeverity.Medium, _ => FindingSeverity.High };
        return new CheckResult(SecureScoreChecks.Level, outcome,
        [
            new Finding(severity, SecureScoreTexts.Level.With(latest.CurrentScore, latest.MaxScore, percent,
                latest.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), options.MetPercent, options.PartialPercent)),
        ]);
    }

    private static CheckResult Unknown(CodedText why) =>
        new(SecureScoreChecks.Level, Outcome.Unknown, [new Finding(FindingSeverity.High, why)]);
}
