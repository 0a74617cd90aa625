using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Admin protection: enabled CA policies requiring MFA that together cover every privileged role (by All users or by
/// including the roles), with no gaps of their own; or security defaults. Phishing-resistant strength is best practice,
/// noted at Info level.
/// </summary>
public static class AdminProtectionCheck
{
    public static CheckResult Evaluate(MfaEvidence evidence, MfaRuleOptions options)
    {
        var result = ConditionalAccessFrame.Evaluate(
            MfaChecks.AdminProtection,
            evidence,
            MfaTexts.AdminsByDefaults.With(),
            policies => Judge(policies, evidence, options));
        if (result.Outcome == Outcome.Met && evidence.SecurityDefaults.Value?.IsEnabled == true)
            return result with { Findings = [.. result.Findings, PhishingResistantAdvice()] };
        return result;
    }

    private static (Outcome, List<Finding>) Judge(
        IReadOnlyList<ConditionalAccessPolicy> policies, MfaEvidence evidence, MfaRuleOptions options)
    {
        var adminPolicies = policies
            .Where(p => MfaGrant.Read(p.Grant).Demand != MfaDemand.None && CoveredRoles(p, options).Count > 0)
            .ToList();
        var assessed = adminPolicies.Where(p => p.State == PolicyState.Enabled)
            .Select(p => (Policy: p, Grant: MfaGrant.Read(p.Grant), Roles: CoveredRoles(p, options), Gaps: Gaps(p, evidence, options).ToList()))
            .ToList();
        var clean = assessed.Where(a => !a.Gaps.Any(PolicyScope.IsGap)).ToList();
        var covered = clean.SelectMany(a => a.Roles).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = options.PrivilegedRoleIds.Where(r => !covered.Contains(r)).ToList();

        var findings = new List<Finding>();
        Outcome outcome;
        if (assessed.Count == 0)
        {
            outcome = Outcome.NotMet;
            findings.Add(new Finding(FindingSeverity.High,
                MfaTexts.NoAdminPolicy.With()));
        }
        else if (missing.Count == 0)
        {
            outcome = Outcome.Met;
            findings.Add(new Finding(FindingSeverity.Info, MfaTexts.AdminsCovered.With(),
                [.. clean.Select(a => a.Policy.Label)]));
            findings.AddRange(clean.SelectMany(a => a.Gaps));
            var phishingResistant = clean.Where(a => a.Grant.PhishingResistant).SelectMany(a => a.Roles)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            findings.Add(options.PrivilegedRoleIds.All(phishingResistant.Contains)
                ? new Finding(FindingSeverity.Info, MfaTexts.AdminsPhishingResistant.With())
                : PhishingResistantAdvice());
        }
        else
        {
            outcome = Outcome.PartiallyMet;
            findings.Add(new Finding(FindingSeverity.High,
                MfaTexts.AdminsNotCovered.With(),
                [.. missing.Select(PrivilegedRoles.Label)]));
            findings.AddRange(assessed.SelectMany(a => a.Gaps));
        }

        findings.AddRange(PolicyScope.NotEnforced(adminPolicies, PolicyTexts.KindAdminMfa.With(), outcome == Outcome.Met));
        return (outcome, findings);
    }

    private static IReadOnlyList<string> CoveredRoles(ConditionalAccessPolicy policy, MfaRuleOptions options) =>
        PolicyScope.IncludesAllUsers(policy)
            ? options.PrivilegedRoleIds
            : [.. options.PrivilegedRoleIds.Where(r => PolicyScope.Has(policy.Users.IncludeRoles, r))];

    private static IEnumerable<Finding> Gaps(ConditionalAccessPolicy policy, MfaEvidence evidence, MfaRuleOptions options)
    {
        var grant = MfaGrant.Read(policy.Grant);
        if (grant.Demand == MfaDemand.Weakened)
        {
            yield return new Finding(FindingSeverity.Medium,
                MfaTexts.AdminsChooseOr.With(policy.Label), [.. grant.Alternatives]);
        }

        // Targeting roles instead of All users is the normal shape of an admin policy, so user targeting is no gap here.
        var findings = PolicyScope.Exclusions(policy, evidence, options)
            .Concat(PolicyScope.Applications(policy, evidence))
            .Concat(PolicyScope.Conditions(policy));
        foreach (var finding in findings)
            yield return finding;
    }

    private static Finding PhishingResistantAdvice() => new(FindingSeverity.Info,
        MfaTexts.PhishingResistantAdvice.With());
}
