using System.Globalization;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>
/// Art. 21(2)(f) effectiveness: changes to privileged roles and Conditional Access in the last
/// <see cref="HygieneRuleOptions.AuditDays"/> days, listed so the review sees who changed the protections. A change
/// is normal; these are not: a permanent role assignment made outside Privileged Identity Management (CISA SCuBA
/// MS.AAD.7.5) and a Conditional Access policy deleted. Either makes the check PartiallyMet.
/// </summary>
public static class PrivilegedChangesCheck
{
    public static CheckResult Evaluate(HygieneEvidence evidence, HygieneRuleOptions options)
    {
        if (!evidence.Audits.TryGet(out var events))
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, HygieneTexts.AuditUnreadable.With(evidence.Audits.Status.Text()))]);

        var roleChanges = events.Where(e => IsCategory(e, "RoleManagement")).OrderByDescending(e => e.At).ToList();
        var policyChanges = events.Where(e => IsCategory(e, "Policy") && e.Activity.Contains("conditional access", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => e.At).ToList();
        var findings = new List<Finding>
        {
            new(FindingSeverity.Info, HygieneTexts.Changes.With(roleChanges.Count, policyChanges.Count, options.AuditDays),
                [.. roleChanges.Concat(policyChanges).OrderByDescending(e => e.At).Take(options.NamedLimit).Select(Describe)]),
        };

        var outsidePim = roleChanges.Where(e => e.Activity.StartsWith("Add member to role", StringComparison.OrdinalIgnoreCase)
            && !e.Activity.Contains("PIM", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(e.Service, "PIM", StringComparison.OrdinalIgnoreCase)).ToList();
        var deleted = policyChanges.Where(e => e.Activity.StartsWith("Delete", StringComparison.OrdinalIgnoreCase)).ToList();
        if (outsidePim.Count > 0)
        {
            findings.Add(new Finding(FindingSeverity.Medium,
                HygieneTexts.OutsidePim.With(outsidePim.Count), [.. outsidePim.Take(options.NamedLimit).Select(Describe)]));
        }
        if (deleted.Count > 0)
        {
            findings.Add(new Finding(FindingSeverity.Medium, HygieneTexts.PoliciesDeleted.With(deleted.Count),
                [.. deleted.Take(options.NamedLimit).Select(Describe)]));
        }
        return Result(outsidePim.Count + deleted.Count > 0 ? Outcome.PartiallyMet : Outcome.Met, findings);
    }

    private static bool IsCategory(DirectoryAuditEvent e, string category) => string.Equals(e.Category, category, StringComparison.OrdinalIgnoreCase);

    private static CodedText Describe(DirectoryAuditEvent e) => HygieneTexts.SubjectChange.With(
        e.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.Activity, e.Target, e.InitiatedBy,
        CommonTexts.GraphValue(e.Result, HygieneTexts.ResultSuccess, HygieneTexts.ResultFailure));

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(HygieneChecks.PrivilegedChanges, outcome, findings);
}
