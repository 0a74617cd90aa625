namespace M365Nis2.Domain.Texts;

/// <summary>Why an acknowledgement transition was refused.</summary>
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
}
