namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>
/// Art. 21(2)(h) encryption, required and achieved: a compliance policy must require storage encryption for every
/// platform in use (so a lost laptop is unreadable), and the devices must actually be encrypted. Required without
/// achieved is a policy on paper; achieved without required can silently decay. Unknown when either cannot be read.
/// </summary>
public static class DeviceEncryptionCheck
{
    public static CheckResult Evaluate(DeviceTally tally, Collected<EncryptionRequirements> requirements, DeviceRuleOptions options)
    {
        if (!tally.Status.IsOk)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, $"Managed devices could not be read ({tally.Status.Describe()}).")]);
        if (tally.Devices == 0)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, "Intune lists no managed devices; encryption cannot be judged.")]);

        var findings = new List<Finding>();
        var reported = tally.Encrypted + tally.Unencrypted.Total;
        var achieved = reported == 0 ? Outcome.Unknown : Thresholds.Judge(tally.Encrypted, reported, options.EncryptionMetPercent, options.EncryptionPartialPercent);
        if (reported == 0)
        {
            findings.Add(new Finding(FindingSeverity.Medium, "No device reports its encryption state."));
        }
        else
        {
            findings.Add(new Finding(Thresholds.SeverityOf(achieved), $"{tally.Encrypted} of {reported} devices ({Thresholds.Percent(tally.Encrypted, reported):0.#} %) "
                + $"are encrypted (Met at {options.EncryptionMetPercent:0.#} %)."));
            if (tally.Unencrypted.Total > 0)
            {
                findings.Add(new Finding(achieved == Outcome.Met ? FindingSeverity.Low : FindingSeverity.High,
                    $"{tally.Unencrypted.Total} device(s) are not encrypted{tally.Unencrypted.TruncationNote}.", tally.Unencrypted.Names));
            }
        }
        if (tally.EncryptionUnreported > 0)
            findings.Add(new Finding(FindingSeverity.Info, $"{tally.EncryptionUnreported} device(s) do not report encryption and were left out."));

        var required = Required(tally, requirements, findings);
        var outcome = (required, achieved) switch
        {
            (Outcome.Unknown, _) or (_, Outcome.Unknown) => Outcome.Unknown,
            (Outcome.NotMet, _) or (_, Outcome.NotMet) => Outcome.NotMet,
            (Outcome.Met, Outcome.Met) => Outcome.Met,
            _ => Outcome.PartiallyMet,
        };
        return Result(outcome, findings);
    }

    private static Outcome Required(DeviceTally tally, Collected<EncryptionRequirements> requirements, List<Finding> findings)
    {
        if (!requirements.TryGet(out var policies))
        {
            findings.Add(new Finding(FindingSeverity.High,
                $"Compliance policies could not be read ({requirements.Status.Describe()}); whether encryption is required is unknown."));
            return Outcome.Unknown;
        }
        var inUse = tally.ByPlatform.Where(p => p.Key != DevicePlatform.Other && p.Value > 0).Select(p => p.Key).OrderBy(p => p).ToList();
        var missing = inUse.Where(p => !policies.RequiredFor(p)).ToList();
        if (missing.Count == 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, "A compliance policy requires encryption on every platform in use.",
                [.. policies.Policies.Select(p => $"{p.Policy} ({p.Platform})")]));
            return Outcome.Met;
        }
        var covered = inUse.Count - missing.Count;
        findings.Add(new Finding(FindingSeverity.High,
            $"No compliance policy requires encryption for {string.Join(", ", missing)}; encryption there is not enforced.",
            [.. missing.Select(p => $"{p}: {tally.ByPlatform[p]} device(s)")]));
        return covered == 0 ? Outcome.NotMet : Outcome.PartiallyMet;
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(DeviceChecks.Encryption, outcome, findings);
}
