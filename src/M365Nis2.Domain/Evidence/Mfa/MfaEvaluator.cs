using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Runs the four MFA checks and combines them for Art. 21(2)(j):
/// <list type="number">
/// <item>NotMet if registration or enforcement is NotMet: a definite failure of the core measure stands whatever else is unknown.</item>
/// <item>Unknown if any check is Unknown (and nothing is NotMet): never Met on missing data.</item>
/// <item>Met only if every check is Met.</item>
/// <item>PartiallyMet otherwise (including admin protection or legacy blocking NotMet while MFA is enforced).</item>
/// </list>
/// </summary>
public static class MfaEvaluator
{
    public const string ControlId = "art21.2.j";

    /// <param name="registration">From <see cref="RegistrationAccumulator.Complete"/> or <see cref="RegistrationAccumulator.Fail"/>.</param>
    public static MfaEvaluation Evaluate(MfaEvidence evidence, RegistrationTally registration, MfaRuleOptions options)
    {
        var checks = new
        {
            Registration = RegistrationCheck.Evaluate(registration, options),
            Enforcement = EnforcementCheck.Evaluate(evidence, options),
            Admin = AdminProtectionCheck.Evaluate(evidence, options),
            Legacy = LegacyAuthenticationCheck.Evaluate(evidence, options),
        };
        CheckResult[] all = [checks.Registration, checks.Enforcement, checks.Admin, checks.Legacy];

        var (overall, rule) = Combine(checks.Registration.Outcome, checks.Enforcement.Outcome, all);
        var reasons = all.Select(c => $"{c.Check}: {c.Outcome}").Append(rule).ToList();

        return new MfaEvaluation(ControlId, overall, reasons, checks.Registration, checks.Enforcement, checks.Admin, checks.Legacy,
            Advisories(evidence, checks.Registration));
    }

    /// <summary>The combination rule, public so the Web layer and tests can state it without re-running checks.</summary>
    public static (Outcome Overall, string Rule) Combine(Outcome registration, Outcome enforcement, IReadOnlyList<CheckResult> all)
    {
        if (registration == Outcome.NotMet || enforcement == Outcome.NotMet)
            return (Outcome.NotMet, "Overall NotMet: MFA registration or enforcement is not met.");
        if (all.Any(c => c.Outcome == Outcome.Unknown))
        {
            var unknown = string.Join(", ", all.Where(c => c.Outcome == Outcome.Unknown).Select(c => c.Check));
            return (Outcome.Unknown, $"Overall Unknown: evidence missing for {unknown}; never Met on missing data.");
        }

        if (all.All(c => c.Outcome == Outcome.Met))
            return (Outcome.Met, "Overall Met: every check is met.");
        var weaker = string.Join(", ", all.Where(c => c.Outcome != Outcome.Met).Select(c => c.Check));
        return (Outcome.PartiallyMet, $"Overall PartiallyMet: not fully met: {weaker}.");
    }

    private static List<Finding> Advisories(MfaEvidence evidence, CheckResult registration)
    {
        var advice = new List<Finding>();
        if (evidence.AuthenticationMethods is not { } source)
            return advice;
        if (!source.TryGet(out var methods))
        {
            advice.Add(new Finding(FindingSeverity.Info,
                MfaTexts.MethodsUnreadable.With(source.Status.Text())));
            return advice;
        }

        var weak = methods.EnabledMethods
            .Where(m => m.Equals("Sms", StringComparison.OrdinalIgnoreCase) || m.Equals("Voice", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (weak.Count > 0)
            advice.Add(new Finding(FindingSeverity.Info, MfaTexts.PhishableMethods.With(), weak));

        if (methods.RegistrationCampaignEnabled == false && registration.Outcome is Outcome.PartiallyMet or Outcome.NotMet)
        {
            advice.Add(new Finding(FindingSeverity.Low,
                MfaTexts.CampaignOff.With()));
        }

        return advice;
    }
}
