using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Legacy authentication blocked: legacy protocols cannot do MFA, so they bypass it unless blocked. Met by enabled block
/// policies for All users and All apps that together cover client app types exchangeActiveSync and other; or security defaults.
/// </summary>
public static class LegacyAuthenticationCheck
{
    private static readonly string[] LegacyClientTypes = ["exchangeActiveSync", "other"];

    public static CheckResult Evaluate(MfaEvidence evidence, MfaRuleOptions options) =>
        ConditionalAccessFrame.Evaluate(
            MfaChecks.LegacyAuthentication,
            evidence,
            MfaTexts.LegacyByDefaults.With(),
            policies => Judge(policies, evidence, options));

    private static (Outcome, List<Finding>) Judge(
        IReadOnlyList<ConditionalAccessPolicy> policies, MfaEvidence evidence, MfaRuleOptions options)
    {
        var blockPolicies = policies.Where(p => IsBlock(p) && BlockedTypes(p).Count > 0).ToList();
        var assessed = blockPolicies.Where(p => p.State == PolicyState.Enabled)
            .Select(p => (Policy: p, Types: BlockedTypes(p), Gaps: Gaps(p, evidence, options).ToList()))
            .ToList();
        var clean = assessed.Where(a => !a.Gaps.Any(PolicyScope.IsGap)).ToList();
        var blocked = clean.SelectMany(a => a.Types).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = LegacyClientTypes.Where(t => !blocked.Contains(t)).ToList();

        var findings = new List<Finding>();
        Outcome outcome;
        if (assessed.Count == 0)
        {
            outcome = Outcome.NotMet;
            findings.Add(new Finding(FindingSeverity.High,
                MfaTexts.NoLegacyBlock.With()));
        }
        else if (missing.Count == 0)
        {
            outcome = Outcome.Met;
            findings.Add(new Finding(FindingSeverity.Info, MfaTexts.LegacyBlocked.With(),
                [.. clean.Select(a => a.Policy.Label)]));
            findings.AddRange(clean.SelectMany(a => a.Gaps));
        }
        else
        {
            outcome = Outcome.PartiallyMet;
            findings.Add(new Finding(FindingSeverity.High,
                MfaTexts.LegacyNotBlocked.With(), missing));
            findings.AddRange(assessed.SelectMany(a => a.Gaps));
        }

        findings.AddRange(PolicyScope.NotEnforced(blockPolicies, PolicyTexts.KindLegacyBlock.With(), outcome == Outcome.Met));
        return (outcome, findings);
    }

    private static bool IsBlock(ConditionalAccessPolicy policy) =>
        policy.Grant is { } grant && PolicyScope.Has(grant.BuiltInControls, "block");

    private static List<string> BlockedTypes(ConditionalAccessPolicy policy) =>
        [.. LegacyClientTypes.Where(t => PolicyScope.Has(policy.ClientAppTypes, t))];

    private static IEnumerable<Finding> Gaps(ConditionalAccessPolicy policy, MfaEvidence evidence, MfaRuleOptions options) =>
        PolicyScope.UserTargeting(policy, evidence)
            .Concat(PolicyScope.Exclusions(policy, evidence, options))
            .Concat(PolicyScope.Applications(policy, evidence))
            .Concat(PolicyScope.Conditions(policy));
}
