using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Backup;

/// <summary>
/// Art. 21(2)(c) backup management: Microsoft 365 Backup protects every required workload (by default Exchange,
/// SharePoint and OneDrive) with an active policy. Met when all are covered without errors; PartiallyMet when some
/// are, or a policy runs with errors; NotMet when the service is enabled but nothing is protected. Unknown when the
/// service is not enabled or not licensed — the tenant may back up with another product, which the CISO then uploads.
/// </summary>
public static class BackupCoverageCheck
{
    public static CheckResult Evaluate(BackupEvidence evidence, IReadOnlyCollection<BackupWorkload> required)
    {
        if (!evidence.Service.TryGet(out var service))
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, BackupTexts.Unreadable.With(evidence.Service.Status.Text()))]);
        if (!service.Enabled)
        {
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium,
                BackupTexts.NotEnabled.With(service.Status))]);
        }
        if (!evidence.Policies.TryGet(out var policies))
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, BackupTexts.PoliciesUnreadable.With(evidence.Policies.Status.Text()))]);

        var findings = new List<Finding>();
        var active = policies.Where(p => p.IsActive || p.HasErrors).ToList();
        var covered = required.Where(w => active.Any(p => p.Workload == w)).ToList();
        var missing = required.Except(covered).ToList();
        if (covered.Count > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, BackupTexts.Covered.With(string.Join(", ", covered)),
                [.. active.Select(p => p.ProtectedUnits is { } n
                    ? BackupTexts.SubjectPolicyUnits.With(p.Name, p.Workload.ToString(), n, State(p.Status))
                    : BackupTexts.SubjectPolicy.With(p.Name, p.Workload.ToString(), State(p.Status)))]));
        }
        if (missing.Count > 0)
            findings.Add(new Finding(FindingSeverity.High, BackupTexts.Missing.With(string.Join(", ", missing))));
        var errors = active.Where(p => p.HasErrors).ToList();
        if (errors.Count > 0)
            findings.Add(new Finding(FindingSeverity.Medium, BackupTexts.Errors.With(errors.Count), [.. errors.Select(p => p.Name)]));
        var inactive = policies.Except(active).ToList();
        if (inactive.Count > 0)
            findings.Add(new Finding(FindingSeverity.Low, BackupTexts.Inactive.With(inactive.Count), [.. inactive.Select(p => p.Name)]));

        var outcome = covered.Count == 0 ? Outcome.NotMet : missing.Count > 0 || errors.Count > 0 ? Outcome.PartiallyMet : Outcome.Met;
        return Result(outcome, findings);
    }

    public static SourceEvaluation EvaluateSource(BackupEvidence evidence, IReadOnlyCollection<BackupWorkload> required)
    {
        var policies = evidence.Policies.TryGet(out var p) ? p : null;
        return new SourceEvaluation(BackupChecks.Source, [new(Measures.BusinessContinuity, Evaluate(evidence, required))],
            new Dictionary<string, decimal?> { ["backup.activePolicies"] = policies?.Count(x => x.IsActive || x.HasErrors) });
    }

    private static object State(string status) => CommonTexts.GraphValue(status,
        BackupTexts.StateActive, BackupTexts.StateActiveWithErrors, BackupTexts.StateInactive, BackupTexts.StateUpdateRequested);

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(BackupChecks.Coverage, outcome, findings);
}
