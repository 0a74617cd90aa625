namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the risk management rule for (a) and the risk lines of the controls overview. Risks are named as registered.</summary>
public static class RiskTexts
{
    public static readonly TextCode NeverApproved = new("risk.approval.none", "The management body has not approved a risk assessment yet.",
        "Ledelsesorganet har endnu ikke godkendt en risikovurdering.");
    public static readonly TextCode RenewalDue = new("risk.approval.overdue", "The risk assessment approved on {approved} was due for renewal on {due}.",
        "Risikovurderingen, der blev godkendt den {approved}, skulle have været fornyet den {due}.");
    public static readonly TextCode MethodChanged = new("risk.approval.method",
        "The approved assessment used method version {approvedVersion}; the method is now version {version} and needs the board's approval.",
        "Den godkendte vurdering brugte metodeversion {approvedVersion}; metoden er nu version {version} og skal godkendes af ledelsen.");
    public static readonly TextCode RegisterEmpty = new("risk.register.empty", "The risk register is empty.", "Risikoregistret er tomt.");
    public static readonly TextCode ReviewsDue = new("risk.review.due", "{count} risk(s) past their review date.",
        "{count} risiko(er) har overskredet deres revisionsdato.");

    public static readonly TextCode PlanNotApproved = new("risk.gap.plan", "{count} risk(s) above appetite without a treatment plan approved by the risk owner.",
        "{count} risiko(er) over risikoappetitten uden en behandlingsplan godkendt af risikoejeren.");
    public static readonly TextCode AcceptanceMissing = new("risk.gap.acceptance.missing",
        "{count} risk(s) above appetite after treatment without a board acceptance.",
        "{count} risiko(er) over risikoappetitten efter behandling uden ledelsens accept.");
    public static readonly TextCode AcceptancePending = new("risk.gap.acceptance.pending", "{count} risk(s) above appetite awaiting the board's acceptance.",
        "{count} risiko(er) over risikoappetitten afventer ledelsens accept.");
    public static readonly TextCode AcceptanceStale = new("risk.gap.acceptance.stale",
        "{count} risk(s) changed after the board accepted them; a new acceptance is needed.",
        "{count} risiko(er) er ændret, efter ledelsen accepterede dem; en ny accept er nødvendig.");
    public static readonly TextCode AcceptanceExpired = new("risk.gap.acceptance.expired", "{count} risk acceptance(s) expired; the risks are back in review.",
        "{count} risikoaccept(er) er udløbet; risiciene er tilbage til vurdering.");

    public static readonly TextCode RegisterSummary = new("risk.summary.register",
        "Risk register: {count} risks, {open} above appetite without an approved plan or acceptance; assessment {assessment}.",
        "Risikoregister: {count} risici, {open} over risikoappetitten uden godkendt plan eller accept; vurdering {assessment}.");
    public static readonly TextCode AssessmentNumbered = new("risk.summary.assessment", "no. {number} {decision}", "nr. {number} {decision}");
    public static readonly TextCode AssessmentNone = new("risk.summary.assessment.none", "not yet made", "endnu ikke foretaget");
    public static readonly TextCode DecisionApproved = new("risk.summary.approved", "approved", "godkendt");
    public static readonly TextCode DecisionRejected = new("risk.summary.rejected", "rejected", "afvist");
    public static readonly TextCode DecisionPending = new("risk.summary.pending", "pending", "afventer");
    public static readonly TextCode DecisionExpired = new("risk.summary.expired", "expired", "udløbet");
    public static readonly TextCode BoardSummary = new("risk.summary.board", "Board decisions on risk in the last {months} months: {decisions}.",
        "Ledelsens beslutninger om risiko de seneste {months} måneder: {decisions}.");
    public static readonly TextCode BoardApprovedCount = new("risk.summary.board.count", "{count} {kind} approved", "{count} {kind} godkendt");
    public static readonly TextCode BoardNone = new("risk.summary.board.none", "none", "ingen");
}
