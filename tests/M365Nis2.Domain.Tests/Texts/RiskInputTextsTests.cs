using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>The risk register's, the method's, the acceptance's and the SoA's problems: English as before, Danish beside it.</summary>
public class RiskInputTextsTests
{
    [Fact]
    public void A_bad_risk_reads_in_english_as_before_and_in_danish()
    {
        var risk = Risk(3, 4) with { Title = "", Treatment = Treatment.Transfer, PlannedMeasures = [], ReviewDate = Today.AddDays(-1) };

        var problems = RiskRules.Validate(risk, RiskMethod.Default, new HashSet<string>(), Nis2Catalogue.Default, Today);

        Assert.Equal(["A title is required.", "Asset asset-1 is not in the asset register.", "A transfer treatment needs at least one planned measure.",
            "The review date is in the past."], problems.Select(p => p.English));
        Assert.Equal(["En titel skal udfyldes.", "Aktivet asset-1 findes ikke i aktivregistret.", "Behandlingen 'Overfør' kræver mindst ét planlagt tiltag.",
            "Revisionsdatoen ligger i fortiden."], problems.Select(p => p.Danish));
    }

    [Fact]
    public void A_bad_method_reads_in_english_as_before_and_in_danish()
    {
        var bad = RiskMethod.Default with { Impact = [new(1, "Minor", ""), new(2, "Major", "Alvorlig")], AppetiteThreshold = 8 };

        var problems = bad.Validate();

        Assert.Equal(["The impact scale needs 3 to 6 levels.", "impact level 1 needs an English and a Danish label.",
            "The appetite threshold must be between 1 and 7 (a threshold at the maximum score would accept every risk)."], problems.Select(p => p.English));
        Assert.Equal(["Konsekvensskalaen skal have 3 til 6 niveauer.", "Konsekvensniveau 1 skal have en engelsk og en dansk betegnelse.",
            "Tærsklen for risikoappetit skal være mellem 1 og 7 (en tærskel på den højeste score ville acceptere enhver risiko)."], problems.Select(p => p.Danish));
    }

    [Fact]
    public void A_bad_acceptance_request_reads_in_english_as_before_and_in_danish()
    {
        var request = new AcceptanceRequest("", ["", "ok"], Today.AddMonths(13));

        var problems = AcceptanceRules.Validate(RiskMethod.Default, Risk(1, 2), request, Today);

        var until = Today.AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["The risk scores 2, within the appetite of 6: no board acceptance is needed.",
            "A justification is required: the board must see why the risk is accepted.", "A condition is empty.",
            $"An acceptance may run at most 12 months (until {until})."], problems.Select(p => p.English));
        Assert.Equal(["Risikoen har scoren 2, inden for risikoappetitten på 6: ledelsens accept er ikke nødvendig.",
            "En begrundelse skal udfyldes: ledelsen skal kunne se, hvorfor risikoen accepteres.", "En betingelse er tom.",
            $"En accept må højst gælde i 12 måneder (til og med {until})."], problems.Select(p => p.Danish));
    }

    [Fact]
    public void A_bad_statement_of_applicability_reads_in_english_as_before_and_in_danish()
    {
        var draft = StatementOfApplicability.Draft(Nis2Catalogue.Default);
        var entries = draft.Entries.Select(e => e.ControlId == "A.5.2"
            ? e with { Applicable = false, Justification = "", RiskIds = ["R-404"] }
            : e with { Justification = "Needed" }).Append(draft.Entries[0] with { Justification = "Twice" }).ToList();

        var problems = (draft with { Entries = entries }).Validate(Nis2Catalogue.Default, new HashSet<string>());

        Assert.Equal(["A.5.1 is listed more than once.", "A.5.2: a justification is required (why it is excluded).", "A.5.2: risk R-404 is not in the register."],
            problems.Select(p => p.English));
        Assert.Equal(["A.5.1 står på listen mere end én gang.", "A.5.2: en begrundelse skal udfyldes (hvorfor kontrollen er fravalgt).",
            "A.5.2: risikoen R-404 findes ikke i registret."], problems.Select(p => p.Danish));
    }
}
