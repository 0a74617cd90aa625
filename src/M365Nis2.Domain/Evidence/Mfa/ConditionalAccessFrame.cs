using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// The part every CA-based check shares: security defaults satisfy it, missing sources make it Unknown, otherwise the
/// check's own policy rule decides. Entra does not allow security defaults while CA policies are enabled, so enabled
/// CA policies prove security defaults are off even when that source could not be read.
/// </summary>
internal static class ConditionalAccessFrame
{
    public static CheckResult Evaluate(
        string check,
        MfaEvidence evidence,
        CodedText securityDefaultsCover,
        Func<IReadOnlyList<ConditionalAccessPolicy>, (Outcome Outcome, List<Finding> Findings)> judgePolicies)
    {
        var caRead = evidence.ConditionalAccess.TryGet(out var policies);
        var enabled = caRead ? policies!.Where(p => p.State == PolicyState.Enabled).ToList() : [];

        if (evidence.SecurityDefaults.TryGet(out var defaults) && defaults.IsEnabled)
        {
            var findings = new List<Finding> { new(FindingSeverity.Info, PolicyTexts.DefaultsEnabled.With(securityDefaultsCover)) };
            if (enabled.Count > 0)
            {
                findings.Add(new Finding(FindingSeverity.Medium,
                    PolicyTexts.DefaultsAndPolicies.With(), [.. enabled.Select(p => p.Label)]));
            }

            return new CheckResult(check, Outcome.Met, findings);
        }

        if (!caRead)
        {
            var findings = new List<Finding> { new(FindingSeverity.High,
                PolicyTexts.PoliciesUnreadable.With(evidence.ConditionalAccess.Status.Text())) };
            if (!evidence.SecurityDefaults.Status.IsOk)
                findings.Add(SecurityDefaultsUnread(evidence));
            return new CheckResult(check, Outcome.Unknown, findings);
        }

        var (outcome, policyFindings) = judgePolicies(policies!);
        if (!evidence.SecurityDefaults.Status.IsOk)
        {
            if (enabled.Count == 0 && outcome != Outcome.Met)
            {
                // With no enabled CA policy, security defaults may be what protects the tenant; we cannot tell.
                policyFindings.Insert(0, SecurityDefaultsUnread(evidence));
                return new CheckResult(check, Outcome.Unknown, policyFindings);
            }

            policyFindings.Add(new Finding(FindingSeverity.Info,
                PolicyTexts.DefaultsUnreadableButOff.With(evidence.SecurityDefaults.Status.Text())));
        }

        return new CheckResult(check, outcome, policyFindings);
    }

    private static Finding SecurityDefaultsUnread(MfaEvidence evidence) => new(FindingSeverity.High,
        PolicyTexts.DefaultsUnreadable.With(evidence.SecurityDefaults.Status.Text()));
}
