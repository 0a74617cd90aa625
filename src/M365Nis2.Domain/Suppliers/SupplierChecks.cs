using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;
using EvidenceSeverity = M365Nis2.Domain.Evidence.FindingSeverity;

namespace M365Nis2.Domain.Suppliers;

/// <summary>The individual checks behind <see cref="SupplyChainRule"/>; each names the suppliers or apps involved.</summary>
public static class SupplierChecks
{
    public static CheckResult Register(IReadOnlyList<SupplierStanding> suppliers) => suppliers.Count == 0
        ? new("supply.register", Outcome.NotMet, [new(EvidenceSeverity.High, SupplierTexts.RegisterEmpty.With())])
        : new("supply.register", Outcome.Met, [new(EvidenceSeverity.Info, SupplierTexts.Registered.With(suppliers.Count))]);

    public static CheckResult Assessments(IReadOnlyList<SupplierStanding> suppliers, DateOnly today)
    {
        var findings = new List<Finding>();
        var late = new List<SupplierStanding>();
        foreach (var group in suppliers.GroupBy(s => s.Tier).OrderBy(g => g.Key))
        {
            var behind = group.Where(s => !AssessmentSchedule.IsCurrent(s.Tier, s.LastAssessedOn, today)).OrderBy(s => s.Name).ToList();
            if (behind.Count == 0)
                continue;
            var tier = group.Key;
            var months = AssessmentSchedule.IntervalMonths(tier);
            var severity = tier == SupplierTier.Tier3 ? EvidenceSeverity.Low : EvidenceSeverity.High;
            findings.Add(new(severity, SupplierTexts.NotAssessed.With((int)tier, behind.Count, months),
                [.. behind.Select(s => s.LastAssessedOn is { } last ? SupplierTexts.SubjectLastAssessed.With(s.Name, last) : SupplierTexts.SubjectNeverAssessed.With(s.Name))]));
            if (tier != SupplierTier.Tier3)
                late.AddRange(behind);
        }

        return new("supply.assessments", late.Count == 0 ? Outcome.Met : Outcome.NotMet, findings);
    }

    public static CheckResult Findings(IReadOnlyList<SupplierStanding> suppliers)
    {
        var high = suppliers.Where(s => s.Findings.Any(f => f.IsOpenHigh)).OrderBy(s => s.Name).ToList();
        var medium = suppliers.Sum(s => s.Findings.Count(f => f.State == FindingState.Open && f.Severity == Severity.Medium));
        var findings = new List<Finding>();
        if (high.Count > 0)
            findings.Add(new(EvidenceSeverity.High, SupplierTexts.OpenHigh.With(high.Count),
                [.. high.Select(s => SupplierTexts.SubjectOpenHigh.With(s.Name, s.Findings.Count(f => f.IsOpenHigh)))]));
        if (medium > 0)
            findings.Add(new(EvidenceSeverity.Low, SupplierTexts.OpenMedium.With(medium)));
        return new("supply.findings", high.Count == 0 ? Outcome.Met : Outcome.NotMet, findings);
    }

    /// <summary>Expired certificates are shown (Low) but do not decide the outcome: the assessment judges the supplier.</summary>
    public static CheckResult Certificates(IReadOnlyList<SupplierStanding> suppliers, DateOnly today)
    {
        var expired = suppliers
            .SelectMany(s => s.Certificates.Where(c => CertificateRules.Evaluate(c, today).State == CertificateState.Expired)
                .Select(c => $"{s.Name}: {c.Name} ({c.ValidUntil:yyyy-MM-dd})"))
            .Order(StringComparer.Ordinal).ToList();
        return new("supply.certificates", Outcome.Met,
            expired.Count == 0 ? [] : [new(EvidenceSeverity.Low, SupplierTexts.CertificatesExpired.With(expired.Count), expired)]);
    }

    public static CheckResult Discovery(Collected<IReadOnlyList<DiscoveredApp>> discovery)
    {
        if (!discovery.TryGet(out var apps))
            return new("supply.discovery", Outcome.Unknown,
                [new(EvidenceSeverity.Medium, SupplierTexts.AppsUnreadable.With(discovery.Status.Text()))]);
        var pending = apps.Where(a => a.Decision == DiscoveryDecision.Pending && a.App.IsHighPrivilege)
            .Select(a => SupplierTexts.SubjectApp.With(a.App.App.DisplayName, Level(a.App.Level),
                string.Join(", ", a.App.Permissions.Where(p => AppPermissions.IsHighPrivilege(p.Level)).Select(p => p.Name))))
            .ToList();
        var findings = new List<Finding>();
        if (pending.Count > 0)
            findings.Add(new(EvidenceSeverity.High, SupplierTexts.AppsPending.With(pending.Count), pending));
        var dismissed = apps.Count(a => a.Decision == DiscoveryDecision.Dismissed);
        if (dismissed > 0)
            findings.Add(new(EvidenceSeverity.Info, SupplierTexts.AppsDismissed.With(dismissed)));
        return new("supply.discovery", pending.Count == 0 ? Outcome.Met : Outcome.NotMet, findings);
    }

    /// <summary>Only high-privilege apps are named, so only the two high levels need words.</summary>
    private static CodedText Level(PrivilegeLevel level) => (level == PrivilegeLevel.Critical ? SupplierTexts.PrivilegeCritical : SupplierTexts.PrivilegeHigh).With();
}
