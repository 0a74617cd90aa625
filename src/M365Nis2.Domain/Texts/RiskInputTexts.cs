namespace M365Nis2.Domain.Texts;

/// <summary>
/// Why a risk, the risk method, an acceptance request or the Statement of Applicability is refused. The CISO reads these
/// in the tab; ids (risks, assets, controls, measures), the API's field names and accepted values stay as they are.
/// </summary>
public static class RiskInputTexts
{
    public static readonly TextCode TitleRequired = new("risk.input.title.required", "A title is required.", "En titel skal udfyldes.");
    public static readonly TextCode TitleTooLong = new("risk.input.title.long", "The title is longer than {max} characters.", "Titlen er længere end {max} tegn.");
    public static readonly TextCode ScenarioRequired = new("risk.input.scenario.required", "A scenario is required.", "Et scenarie skal udfyldes.");
    public static readonly TextCode ScenarioTooLong = new("risk.input.scenario.long", "The scenario is longer than {max} characters.",
        "Scenariet er længere end {max} tegn.");
    public static readonly TextCode ThreatRequired = new("risk.input.threat.required", "A threat is required.", "En trussel skal udfyldes.");
    public static readonly TextCode ThreatTooLong = new("risk.input.threat.long", "The threat is longer than {max} characters.", "Truslen er længere end {max} tegn.");
    public static readonly TextCode VulnerabilityRequired = new("risk.input.vulnerability.required", "A vulnerability is required.",
        "En sårbarhed skal udfyldes.");
    public static readonly TextCode VulnerabilityTooLong = new("risk.input.vulnerability.long", "The vulnerability is longer than {max} characters.",
        "Sårbarheden er længere end {max} tegn.");
    public static readonly TextCode AssetUnknown = new("risk.input.asset", "Asset {asset} is not in the asset register.", "Aktivet {asset} findes ikke i aktivregistret.");
    public static readonly TextCode InherentOutOfScale = new("risk.input.inherent.scale",
        "Likelihood and impact before treatment must be 1–{likelihood} and 1–{impact}.",
        "Sandsynlighed og konsekvens før behandling skal være 1–{likelihood} og 1–{impact}.");
    public static readonly TextCode ResidualOutOfScale = new("risk.input.residual.scale",
        "Likelihood and impact after treatment must be 1–{likelihood} and 1–{impact}.",
        "Sandsynlighed og konsekvens efter behandling skal være 1–{likelihood} og 1–{impact}.");
    public static readonly TextCode ResidualHigher = new("risk.input.residual.higher", "The score after treatment cannot be higher than before it.",
        "Scoren efter behandling kan ikke være højere end før behandling.");
    public static readonly TextCode MeasureNeeded = new("risk.input.planned.none", "A {treatment} treatment needs at least one planned measure.",
        "Behandlingen '{treatment}' kræver mindst ét planlagt tiltag.");
    public static readonly TextCode TreatmentMitigate = new("risk.treatment.mitigate", "mitigate", "Reducér");
    public static readonly TextCode TreatmentAccept = new("risk.treatment.accept", "accept", "Acceptér");
    public static readonly TextCode TreatmentTransfer = new("risk.treatment.transfer", "transfer", "Overfør");
    public static readonly TextCode TreatmentAvoid = new("risk.treatment.avoid", "avoid", "Undgå");
    public static readonly TextCode TooManyPlanned = new("risk.input.planned.many", "At most {max} planned measures.", "Højst {max} planlagte tiltag.");
    public static readonly TextCode PlannedLength = new("risk.input.planned.length", "Each planned measure needs 1–{max} characters.",
        "Hvert planlagt tiltag skal have 1–{max} tegn.");
    public static readonly TextCode OwnerRequired = new("risk.input.owner.required", "A risk owner is required.", "En risikoejer skal angives.");
    public static readonly TextCode NotMeasure = new("risk.input.measure", "{measure} is not an Art. 21(2) measure.",
        "{measure} er ikke en foranstaltning i art. 21, stk. 2.");
    public static readonly TextCode NotAnnexA = new("risk.input.annexa", "{control} is not an ISO/IEC 27001:2022 Annex A control.",
        "{control} er ikke en kontrol i ISO/IEC 27001:2022, bilag A.");
    public static readonly TextCode ReviewPast = new("risk.input.review.past", "The review date is in the past.", "Revisionsdatoen ligger i fortiden.");
    public static readonly TextCode ReviewTooFar = new("risk.input.review.far",
        "The review date may be at most {months} months ahead (the method's review period).",
        "Revisionsdatoen må højst ligge {months} måneder ude i fremtiden (metodens revisionsperiode).");

    public static readonly TextCode RatingRequired = new("risk.input.rating.required", "'likelihood' and 'impact' (before treatment) are required.",
        "'likelihood' og 'impact' (før behandling) skal angives.");
    public static readonly TextCode ResidualPair = new("risk.input.residual.pair", "Give both 'residualLikelihood' and 'residualImpact', or neither.",
        "Angiv både 'residualLikelihood' og 'residualImpact' eller ingen af dem.");
    public static readonly TextCode TreatmentInvalid = new("risk.input.treatment", "'treatment' must be mitigate, accept, transfer or avoid.",
        "'treatment' skal være mitigate, accept, transfer eller avoid.");
    public static readonly TextCode OwnerUnknown = new("risk.input.owner.unknown", "'owner' must be a user in this tenant (got '{owner}').",
        "'owner' skal være en bruger i denne lejer (modtaget: '{owner}').");
    public static readonly TextCode IdTaken = new("risk.save.id", "The risk id was taken; try again.", "Risiko-id'et blev taget i brug samtidig; prøv igen.");
    public static readonly TextCode ChangedMeanwhile = new("risk.save.conflict", "The risk is being changed by someone else; reload and try again.",
        "Risikoen bliver ændret af en anden; genindlæs og prøv igen.");

    public static readonly TextCode MethodVersion = new("risk.method.version", "The method version must be 1 or more.", "Metodeversionen skal være 1 eller højere.");
    public static readonly TextCode LikelihoodLevels = new("risk.method.likelihood.count", "The likelihood scale needs {min} to {max} levels.",
        "Sandsynlighedsskalaen skal have {min} til {max} niveauer.");
    public static readonly TextCode ImpactLevels = new("risk.method.impact.count", "The impact scale needs {min} to {max} levels.",
        "Konsekvensskalaen skal have {min} til {max} niveauer.");
    public static readonly TextCode LikelihoodOrder = new("risk.method.likelihood.order", "The likelihood levels must be numbered 1, 2, 3 … in order.",
        "Sandsynlighedsniveauerne skal være nummereret 1, 2, 3 … i rækkefølge.");
    public static readonly TextCode ImpactOrder = new("risk.method.impact.order", "The impact levels must be numbered 1, 2, 3 … in order.",
        "Konsekvensniveauerne skal være nummereret 1, 2, 3 … i rækkefølge.");
    public static readonly TextCode LikelihoodLabel = new("risk.method.likelihood.label", "likelihood level {level} needs an English and a Danish label.",
        "Sandsynlighedsniveau {level} skal have en engelsk og en dansk betegnelse.");
    public static readonly TextCode ImpactLabel = new("risk.method.impact.label", "impact level {level} needs an English and a Danish label.",
        "Konsekvensniveau {level} skal have en engelsk og en dansk betegnelse.");
    public static readonly TextCode Appetite = new("risk.method.appetite",
        "The appetite threshold must be between 1 and {max} (a threshold at the maximum score would accept every risk).",
        "Tærsklen for risikoappetit skal være mellem 1 og {max} (en tærskel på den højeste score ville acceptere enhver risiko).");
    public static readonly TextCode ReviewPeriod = new("risk.method.review", "The review period must be 1 to 36 months.",
        "Revisionsperioden skal være 1 til 36 måneder.");
    public static readonly TextCode AcceptancePeriod = new("risk.method.acceptance", "An acceptance may run 1 month at least and the review period at most.",
        "En accept skal gælde i mindst 1 måned og højst i revisionsperioden.");
    public static readonly TextCode MethodUnchanged = new("risk.method.unchanged", "The method is unchanged.", "Metoden er uændret.");
    public static readonly TextCode MethodChangedMeanwhile = new("risk.method.conflict", "Someone else changed the method at the same time; reload and try again.",
        "En anden ændrede metoden samtidig; genindlæs og prøv igen.");
    public static readonly TextCode AssessmentOpen = new("risk.assessment.open", "Assessment {number} is still with the board.",
        "Vurdering {number} ligger stadig hos ledelsen.");
    public static readonly TextCode AssessmentStartedMeanwhile = new("risk.assessment.conflict", "Someone else started an assessment at the same time.",
        "En anden startede en vurdering samtidig.");

    public static readonly TextCode WithinAppetite = new("risk.acceptance.appetite",
        "The risk scores {score}, within the appetite of {appetite}: no board acceptance is needed.",
        "Risikoen har scoren {score}, inden for risikoappetitten på {appetite}: ledelsens accept er ikke nødvendig.");
    public static readonly TextCode JustificationRequired = new("risk.acceptance.justification.required",
        "A justification is required: the board must see why the risk is accepted.",
        "En begrundelse skal udfyldes: ledelsen skal kunne se, hvorfor risikoen accepteres.");
    public static readonly TextCode JustificationTooLong = new("risk.acceptance.justification.long", "The justification is longer than {max} characters.",
        "Begrundelsen er længere end {max} tegn.");
    public static readonly TextCode TooManyConditions = new("risk.acceptance.conditions", "At most {max} conditions.", "Højst {max} betingelser.");
    public static readonly TextCode ConditionEmpty = new("risk.acceptance.condition.empty", "A condition is empty.", "En betingelse er tom.");
    public static readonly TextCode ConditionTooLong = new("risk.acceptance.condition.long", "A condition is longer than {max} characters.",
        "En betingelse er længere end {max} tegn.");
    public static readonly TextCode ExpiryPast = new("risk.acceptance.expiry.past", "The expiry date must be in the future.", "Udløbsdatoen skal ligge i fremtiden.");
    public static readonly TextCode ExpiryTooFar = new("risk.acceptance.expiry.far", "An acceptance may run at most {months} months (until {until}).",
        "En accept må højst gælde i {months} måneder (til og med {until}).");
    public static readonly TextCode ExpiryRequired = new("risk.acceptance.expiry.required", "'expiresOn' (the last day the acceptance holds) is required.",
        "'expiresOn' (den sidste dag, accepten gælder) skal angives.");
    public static readonly TextCode AcceptanceOpen = new("risk.acceptance.open", "The board is already deciding on an acceptance of {id} (round {round}).",
        "Ledelsen tager allerede stilling til en accept af {id} (runde {round}).");
    public static readonly TextCode PlanApproved = new("risk.plan.approved", "The owner has already approved this treatment plan.",
        "Ejeren har allerede godkendt denne behandlingsplan.");
    public static readonly TextCode PlanOpen = new("risk.plan.open", "The owner is already deciding on the plan (round {round}).",
        "Ejeren tager allerede stilling til planen (runde {round}).");

    public static readonly TextCode SoaListedTwice = new("soa.input.twice", "{control} is listed more than once.", "{control} står på listen mere end én gang.");
    public static readonly TextCode SoaMissing = new("soa.input.missing", "Every Annex A control needs an entry; missing: {missing}.",
        "Hver kontrol i bilag A skal have en linje; mangler: {missing}.");
    public static readonly TextCode SoaWhyIncluded = new("soa.input.included", "{control}: a justification is required (why it is included).",
        "{control}: en begrundelse skal udfyldes (hvorfor kontrollen er medtaget).");
    public static readonly TextCode SoaWhyExcluded = new("soa.input.excluded", "{control}: a justification is required (why it is excluded).",
        "{control}: en begrundelse skal udfyldes (hvorfor kontrollen er fravalgt).");
    public static readonly TextCode SoaJustificationTooLong = new("soa.input.justification.long", "{control}: the justification is longer than {max} characters.",
        "{control}: begrundelsen er længere end {max} tegn.");
    public static readonly TextCode SoaExcludedState = new("soa.input.excluded.state", "{control}: an excluded control has no implementation state.",
        "{control}: en fravalgt kontrol har ingen implementeringsstatus.");
    public static readonly TextCode SoaNotMeasure = new("soa.input.measure", "{control}: {measure} is not a NIS2 measure in the catalogue.",
        "{control}: {measure} er ikke en NIS2-foranstaltning i kataloget.");
    public static readonly TextCode SoaRiskUnknown = new("soa.input.risk", "{control}: risk {risk} is not in the register.",
        "{control}: risikoen {risk} findes ikke i registret.");
    public static readonly TextCode SoaUnchanged = new("soa.save.unchanged", "Nothing changed since version {version}.", "Intet er ændret siden version {version}.");
    public static readonly TextCode SoaSavedMeanwhile = new("soa.save.conflict", "Someone else saved a version at the same time; reload and try again.",
        "En anden gemte en version samtidig; genindlæs og prøv igen.");
    public static readonly TextCode SoaNoVersion = new("soa.approval.none", "Save a version of the Statement of Applicability first.",
        "Gem først en version af anvendelseserklæringen.");
    public static readonly TextCode SoaPending = new("soa.approval.pending", "Version {version} is pending.",
        "Version {version} afventer allerede ledelsens beslutning.");
    public static readonly TextCode SoaApproved = new("soa.approval.approved", "Version {version} is approved.", "Version {version} er allerede godkendt.");
}
