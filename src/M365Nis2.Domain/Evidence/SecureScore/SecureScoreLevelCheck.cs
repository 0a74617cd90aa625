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
            return Unknown($"Secure Score could not be read ({evidence.Scores.Status.Describe()}).");
        if (scores.Count == 0 || scores[0].Percent is not { } percent)
            return Unknown("Graph returned no Secure Score; the level cannot be judged.");

        var latest = scores[0];
        var outcome = percent >= options.MetPercent ? Outcome.Met : percent >= options.PartialPercent ? Outcome.PartiallyMet : Outcome.NotMet;
        var severity = outcome switch { Outcome.Met => FindingSeverity.Info, Outcome.PartiallyMet => FindingSeverity.Medium, _ => FindingSeverity.High };
        return new CheckResult(SecureScoreChecks.Level, outcome,
        [
            new Finding(severity, $"Secure Score {latest.CurrentScore:0.##} of {latest.MaxScore:0.##} ({percent:0.#} %) on {latest.CreatedAt:yyyy-MM-dd} "
                + $"(Met at {options.MetPercent:0.#} %, partially met at {options.PartialPercent:0.#} %)."),
        ]);
    }

    private static CheckResult Unknown(string why) =>
        new(SecureScoreChecks.Level, Outcome.Unknown, [new Finding(FindingSeverity.High, why)]);
}
