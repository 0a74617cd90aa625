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

        var (overall, _) = Combine(checks.Registration.Outcome, checks.Enforcement.Outcome, all);
        var reasons = Reasons(all).Select(r => r.English).ToList();

        return new MfaEvaluation(ControlId, overall, reasons, checks.Registration, checks.Enforcement, checks.Admin, checks.Legacy,
            Advisories(evidence, checks.Registration));
    }

    /// <summary>The combination rule, public so the Web layer and tests can state it without re-running checks.</summary>
    public static (Outcome Overall, CodedText Rule) Combine(Outcome registration, Outcome enforcement, IReadOnlyList<CheckResult> all)
    {
        if (registration == Outcome.NotMet || enforcement == Outcome.NotMet)
            return (Outcome.NotMet, MfaTexts.OverallNotMet.With());
        if (all.Any(c => c.Outcome == Outcome.Unknown))
            return (Outcome.Unknown, MfaTexts.OverallUnknown.With(Names(all.Where(c => c.Outcome == Outcome.Unknown))));
        if (all.All(c => c.Outcome == Outcome.Met))
            return (Outcome.Met, MfaTexts.OverallMet.With());
        return (Outcome.PartiallyMet, MfaTexts.OverallPartiallyMet.With(Names(all.Where(c => c.Outcome != Outcome.Met))));
    }

    /// <summary>
    /// Why the overall outcome is what it is: each check's outcome, then the rule. Artefacts store the English lines; the
    /// tab derives the Danish from the stored checks with this same function (registration and enforcement come first).
    /// </summary>
    public static IReadOnlyList<CodedText> Reasons(IReadOnlyList<CheckResult> all)
    {
        var (_, rule) = Combine(all[0].Outcome, all[1].Outcome, all);
        return [.. all.Select(c => MfaTexts.ReasonLine.With(c.Check, CommonTexts.OutcomeOf(c.Outcome))), rule];
    }

    private static string Names(IEnumerable<CheckResult> checks) => string.Join(", ", checks.Select(c => c.Check));

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
