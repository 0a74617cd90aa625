namespace M365Nis2.Domain.Texts;

/// <summary>Why an acknowledgement transition was refused, and the findings of the coverage check for (g).</summary>
public static class AcknowledgementTexts
{
    public static readonly TextCode AlreadyAcknowledged = new("ack.already", "Already acknowledged.", "Allerede bekræftet.");
    public static readonly TextCode WrongVersion = new("ack.wrongversion", "The document you read is not the approved version.",
        "Det dokument, du læste, er ikke den godkendte version.");
    public static readonly TextCode NotAskedAgain = new("ack.asked.again", "Already {state}; not asked again.", "Allerede {state}; ikke spurgt igen.");
    public static readonly TextCode SendFailureIgnored = new("ack.sendfailed.ignored", "Already {state}; a send failure does not apply.",
        "Allerede {state}; en fejl ved afsendelse gælder ikke.");
    public static readonly TextCode NotReminded = new("ack.reminded.no", "Only someone asked and not yet acknowledged is reminded (state {state}).",
        "Kun den, der er spurgt og endnu ikke har bekræftet, får en påmindelse (tilstand {state}).");

    public static readonly TextCode StatePending = new("ack.state.pending", "Pending", "afventende");
    public static readonly TextCode StateAsked = new("ack.state.asked", "Asked", "spurgt");
    public static readonly TextCode StateAcknowledged = new("ack.state.acknowledged", "Acknowledged", "bekræftet");
    public static readonly TextCode StateFailed = new("ack.state.failed", "Failed", "mislykket");

    public static readonly TextCode CoverageNone = new("ack.coverage.none", "No approved policy version has been put to staff for acknowledgement yet.",
        "Ingen godkendt politikversion er endnu sendt til medarbejderne til bekræftelse.");
    public static readonly TextCode CoverageSoFar = new("ack.coverage.sofar",
        "{policy} v{version}: {acknowledged} of {audience} acknowledged so far (due {due}).",
        "{policy} v{version}: {acknowledged} af {audience} har bekræftet indtil nu (frist {due}).");
    public static readonly TextCode CoverageBelow = new("ack.coverage.below",
        "{policy} v{version}: {acknowledged} of {audience} ({rate:0} %) acknowledged; {threshold:0} % expected by {due}.",
        "{policy} v{version}: {acknowledged} af {audience} ({rate:0} %) har bekræftet; {threshold:0} % forventet senest {due}.");
    public static readonly TextCode CoverageReached = new("ack.coverage.reached", "{policy} v{version}: {acknowledged} of {audience} ({rate:0} %) acknowledged.",
        "{policy} v{version}: {acknowledged} af {audience} ({rate:0} %) har bekræftet.");
}
