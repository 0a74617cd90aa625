using System.Globalization;
using M365Nis2.Domain.Risks;
using M365Nis2.Web.Features.Approvals;

namespace M365Nis2.Web.Features.Risks;

/// <summary>What the cards state about each risk subject, in English and Danish.</summary>
public sealed class RiskSubjects
{
    public ApprovalSubject Acceptance(Risk risk, RiskMethod method, RiskAcceptance acceptance, int version) => new(
        RiskDecisionService.AcceptanceKind, risk.Id, version, acceptance.RiskSha256,
        new($"Accept risk {risk.Id}: {risk.Title}", $"Accepter risiko {risk.Id}: {risk.Title}"),
        [
            Fact("Risk", "Risiko", LocalText.Same(risk.Scenario)),
            Fact("Score vs appetite", "Score mod appetit", Score(risk.Effective, method)),
            Fact("Treatment", "Behandling", Treatment(risk)),
            Fact("Owner", "Ejer", LocalText.Same(risk.Owner.DisplayName)),
            Fact("Justification", "Begrundelse", LocalText.Same(acceptance.Justification)),
            Fact("Conditions", "Betingelser", acceptance.Conditions.Count == 0 ? new("none", "ingen") : LocalText.Same(string.Join("; ", acceptance.Conditions))),
            Fact("Valid until", "Gælder til", LocalText.Same(acceptance.ExpiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            Fact("Requested by", "Anmodet af", LocalText.Same(acceptance.RequestedBy.DisplayName)),
        ],
        $"/tab/risks/{Uri.EscapeDataString(risk.Id)}", ["art21.2.a"]);

    public ApprovalSubject TreatmentPlan(Risk risk, RiskMethod method, int version) => new(
        RiskDecisionService.TreatmentKind, risk.Id, version, RiskHashes.TreatmentPlan(risk),
        new($"Treatment plan for risk {risk.Id}: {risk.Title}", $"Behandlingsplan for risiko {risk.Id}: {risk.Title}"),
        [
            Fact("Risk", "Risiko", LocalText.Same(risk.Scenario)),
            Fact("Before treatment", "Før behandling", Score(risk.Inherent, method)),
            Fact("After treatment", "Efter behandling", Score(risk.Effective, method)),
            Fact("Treatment", "Behandling", Treatment(risk)),
        ],
        $"/tab/risks/{Uri.EscapeDataString(risk.Id)}", ["art21.2.a"]);

    public static LocalText Score(RiskRating rating, RiskMethod method)
    {
        var above = method.IsAboveAppetite(rating);
        return new(
            $"{rating.Score} (L{rating.Likelihood} × I{rating.Impact}) — {(above ? "above" : "within")} appetite {method.AppetiteThreshold}",
            $"{rating.Score} (S{rating.Likelihood} × K{rating.Impact}) — {(above ? "over" : "inden for")} appetit {method.AppetiteThreshold}");
    }

    private static LocalText Treatment(Risk risk)
    {
        var (en, da) = risk.Treatment switch
        {
            Domain.Risks.Treatment.Mitigate => ("Mitigate", "Reducér"),
            Domain.Risks.Treatment.Accept => ("Accept", "Acceptér"),
            Domain.Risks.Treatment.Transfer => ("Transfer", "Overfør"),
            _ => ("Avoid", "Undgå"),
        };
        var plan = risk.PlannedMeasures.Count == 0 ? "" : ": " + string.Join("; ", risk.PlannedMeasures);
        return new(en + plan, da + plan);
    }

    private static SubjectFact Fact(string en, string da, LocalText value) => new(new(en, da), value);
}
