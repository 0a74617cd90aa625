namespace M365Nis2.Domain.Texts;

/// <summary>Why a task operation was refused (the card, the tab and the API detail say these), and the follow-up texts of findings.</summary>
public static class TaskTexts
{
    public static readonly TextCode AlreadyClosed = new("task.closed", "The task is already {state}.", "Opgaven er allerede {state}.");
    public static readonly TextCode StateDone = new("task.state.done", "done", "udført");
    public static readonly TextCode StateCancelled = new("task.state.cancelled", "cancelled", "annulleret");
    public static readonly TextCode StillOpen = new("task.open", "The task is still open.", "Opgaven er stadig åben.");

    public static readonly TextCode OnlyOwnerOrCisoCompletes = new("task.complete.who", "Only the owner or the CISO can complete this task.",
        "Kun ejeren eller CISO'en kan afslutte denne opgave.");
    public static readonly TextCode ProofMissing = new("task.complete.proof", "Add a comment or a file that shows the work is done.",
        "Tilføj en kommentar eller en fil, der viser, at arbejdet er gjort.");
    public static readonly TextCode CommentTooLong = new("task.comment.toolong", "The comment is longer than {max} characters.",
        "Kommentaren er længere end {max} tegn.");
    public static readonly TextCode ReasonTooLong = new("task.reason.toolong", "The reason is longer than {max} characters.",
        "Begrundelsen er længere end {max} tegn.");

    public static readonly TextCode OnlyOwnerExtends = new("task.extend.who", "Only the task owner can ask for more time.",
        "Kun opgavens ejer kan bede om mere tid.");
    public static readonly TextCode ExtensionPending = new("task.extend.pending", "A request for more time is already waiting for a decision.",
        "En anmodning om mere tid venter allerede på en afgørelse.");
    public static readonly TextCode ExtensionReasonMissing = new("task.extend.reason", "Give a reason for the extra time.",
        "Angiv en begrundelse for den ekstra tid.");
    public static readonly TextCode NewDateNotLater = new("task.extend.early", "The new date must be after the current due date {due}.",
        "Den nye dato skal ligge efter den nuværende frist {due}.");
    public static readonly TextCode ExtensionTooFar = new("task.extend.far", "An extension can move the due date by at most a year.",
        "En forlængelse kan højst flytte fristen et år.");

    public static readonly TextCode OnlyCisoDecides = new("task.decide.who", "Only the CISO can decide on more time.",
        "Kun CISO'en kan tage stilling til mere tid.");
    public static readonly TextCode NothingToDecide = new("task.decide.none", "There is no request for more time to decide.",
        "Der er ingen anmodning om mere tid at tage stilling til.");
    public static readonly TextCode GrantedNotLater = new("task.decide.early", "The granted date must be after the current due date {due}.",
        "Den bevilgede dato skal ligge efter den nuværende frist {due}.");

    public static readonly TextCode OnlyCisoCancels = new("task.cancel.who", "Only the CISO can cancel a task.", "Kun CISO'en kan annullere en opgave.");
    public static readonly TextCode CancelReasonMissing = new("task.cancel.reason", "Give a reason for cancelling.", "Angiv en begrundelse for annulleringen.");
    public static readonly TextCode OnlyCisoReopens = new("task.reopen.who", "Only the CISO can reopen a task.", "Kun CISO'en kan genåbne en opgave.");
    public static readonly TextCode DueInPast = new("task.reopen.past", "The new due date cannot be in the past.", "Den nye frist kan ikke ligge i fortiden.");
    public static readonly TextCode OnlyCisoReassigns = new("task.reassign.who", "Only the CISO can reassign a task.",
        "Kun CISO'en kan give en opgave til en anden.");
    public static readonly TextCode OwnerMissing = new("task.reassign.none", "Choose the new owner.", "Vælg den nye ejer.");
    public static readonly TextCode SameOwner = new("task.reassign.same", "The task already has this owner.", "Opgaven har allerede denne ejer.");

    public static readonly TextCode OnlyOwnerOrCisoComments = new("task.comment.who", "Only the owner or the CISO can comment on this task.",
        "Kun ejeren eller CISO'en kan kommentere denne opgave.");
    public static readonly TextCode CommentLength = new("task.comment.length", "A comment needs 1 to {max} characters.",
        "En kommentar skal have 1 til {max} tegn.");
    public static readonly TextCode NotYours = new("task.notyours", "This task is not yours.", "Denne opgave er ikke din.");

    /// <summary>A follow-up task's title: the source and its worst finding.</summary>
    public static readonly TextCode FindingTitle = new("task.finding.title", "{source}: {finding}", "{source}: {finding}");
    public static readonly TextCode FindingNotMet = new("task.finding.notmet", "{check} is not met.", "{check} er ikke opfyldt.");
    public static readonly TextCode FindingStillFound = new("task.finding.again", "The previous task was closed, but run {run} still finds this.",
        "Den forrige opgave blev lukket, men kørsel {run} finder stadig dette.");
    public static readonly TextCode FindingFooter = new("task.finding.footer",
        "Check {check} ({outcome}) on {measure}; the named accounts or devices are in the measure's automated evidence.",
        "Kontrol {check} ({outcome}) på {measure}; de navngivne konti eller enheder står i tiltagets automatiske dokumentation.");
}
