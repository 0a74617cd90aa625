using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// MFA enforcement: an enabled CA policy requiring MFA (or an MFA authentication strength) for All users and All cloud
/// apps, with only named break-glass exclusions; or security defaults. Policies with gaps make it PartiallyMet at best.
/// Coverage split over several policies (e.g. an exclusion covered by another policy) is not combined: it is reported
/// as gaps for a person to judge.
/// </summary>
public static class EnforcementCheck
{
    private static readonly string[] ModernClientTypes = ["browser", "mobileAppsAndDesktopClients"];

    public static CheckResult Evaluate(MfaEvidence evidence, MfaRuleOptions options) =>
        ConditionalAccessFrame.Evaluate(
            MfaChecks.Enforcement,
            evidence,
            MfaTexts.EnforcementByDefaults.With(),
            policies => Judge(policies, evidence, options));

    private static (Outcome, List<Finding>) Judge(
        IReadOnlyList<ConditionalAccessPolicy> policies, MfaEvidence evidence, MfaRuleOptions options)
    {
        var mfaPolicies = policies.Where(p => MfaGrant.Read(p.Grant).Demand != MfaDemand.None).ToList();
        var assessed = mfaPolicies.Where(p => p.State == PolicyState.Enabled)
            .Select(p => (Policy: p, Findings: Assess(p, evidence, options).ToList()))
            .ToList();

        var full = assessed.FirstOrDefault(a => !a.Findings.Any(PolicyScope.IsGap));
        var findings = new List<Finding>();
        Outcome outcome;
        if (full.Policy is not null)
        {
            outcome = Outcome.Met;
            findings.Add(new Finding(FindingSeverity.Info,
                MfaTexts.FullPolicy.With(full.Policy.Label), [full.Policy.Label]));
            findings.AddRange(full.Findings);
        }
        else if (assessed.Count > 0)
        {
            outcome = Outcome.PartiallyMet;
            findings.AddRange(assessed.SelectMany(a => a.Findings));
        }
        else
        {
            outcome = Outcome.NotMet;
            findings.Add(new Finding(FindingSeverity.High,
                MfaTexts.NoMfaPolicy.With()));
        }

        findings.AddRange(PolicyScope.NotEnforced(mfaPolicies, PolicyTexts.KindMfa.With(), outcome == Outcome.Met));
        return (outcome, findings);
    }

    private static IEnumerable<Finding> Assess(ConditionalAccessPolicy policy, MfaEvidence evidence, MfaRuleOptions options)
    {
        var grant = MfaGrant.Read(policy.Grant);
        if (grant.Demand == MfaDemand.Weakened)
        {
            yield return new Finding(FindingSeverity.Medium,
                MfaTexts.UsersChooseOr.With(policy.Label),
                [.. grant.Alternatives]);
        }

        if (grant.StrengthUnverified)
        {
            yield return new Finding(FindingSeverity.Info,
                MfaTexts.CustomStrength.With(policy.Label));
        }

        var findings = PolicyScope.UserTargeting(policy, evidence)
            .Concat(PolicyScope.Exclusions(policy, evidence, options))
            .Concat(PolicyScope.Applications(policy, evidence))
            .Concat(ModernClients(policy))
            .Concat(PolicyScope.Conditions(policy));
        foreach (var finding in findings)
            yield return finding;
    }

    // Legacy clients cannot do MFA at all (the legacy check covers them); an MFA policy must reach browsers and modern apps.
    private static IEnumerable<Finding> ModernClients(ConditionalAccessPolicy policy)
    {
        var types = policy.ClientAppTypes;
        if (types.Count == 0 || PolicyScope.Has(types, "all"))
            yield break;
        var missing = ModernClientTypes.Where(t => !PolicyScope.Has(types, t)).ToList();
        if (missing.Count > 0)
        {
            yield return new Finding(FindingSeverity.Medium,
                MfaTexts.ClientTypes.With(policy.Label), [.. missing.Select(m => PolicyTexts.SubjectMissingClient.With(m))]);
        }
    }
}
