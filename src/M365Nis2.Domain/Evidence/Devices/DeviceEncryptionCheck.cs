using M365Nis2.Domain.Texts;

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
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, DeviceTexts.Unreadable.With(tally.Status.Text()))]);
        if (tally.Devices == 0)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, DeviceTexts.EncryptionNoDevices.With())]);

        var findings = new List<Finding>();
        var reported = tally.Encrypted + tally.Unencrypted.Total;
        var achieved = reported == 0 ? Outcome.Unknown : Thresholds.Judge(tally.Encrypted, reported, options.EncryptionMetPercent, options.EncryptionPartialPercent);
        if (reported == 0)
        {
            findings.Add(new Finding(FindingSeverity.Medium, DeviceTexts.EncryptionNoneReported.With()));
        }
        else
        {
            findings.Add(new Finding(Thresholds.SeverityOf(achieved), DeviceTexts.EncryptionSummary.With(tally.Encrypted, reported,
                Thresholds.Percent(tally.Encrypted, reported), options.EncryptionMetPercent)));
            if (tally.Unencrypted.Total > 0)
            {
                findings.Add(new Finding(achieved == Outcome.Met ? FindingSeverity.Low : FindingSeverity.High,
                    DeviceTexts.Unencrypted.With(tally.Unencrypted.Total, tally.Unencrypted.Note()), tally.Unencrypted.Names));
            }
        }
        if (tally.EncryptionUnreported > 0)
            findings.Add(new Finding(FindingSeverity.Info, DeviceTexts.EncryptionUnreported.With(tally.EncryptionUnreported)));

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
                DeviceTexts.PoliciesUnreadable.With(requirements.Status.Text())));
            return Outcome.Unknown;
        }
        var inUse = tally.ByPlatform.Where(p => p.Key != DevicePlatform.Other && p.Value > 0).Select(p => p.Key).OrderBy(p => p).ToList();
        var missing = inUse.Where(p => !policies.RequiredFor(p)).ToList();
        if (missing.Count == 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, DeviceTexts.EncryptionRequired.With(),
                [.. policies.Policies.Select(p => $"{p.Policy} ({p.Platform})")]));
            return Outcome.Met;
        }
        var covered = inUse.Count - missing.Count;
        findings.Add(new Finding(FindingSeverity.High,
            DeviceTexts.EncryptionNotRequired.With(string.Join(", ", missing)),
            [.. missing.Select(p => DeviceTexts.SubjectPlatform.With(p.ToString(), tally.ByPlatform[p]))]));
        return covered == 0 ? Outcome.NotMet : Outcome.PartiallyMet;
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(DeviceChecks.Encryption, outcome, findings);
}
