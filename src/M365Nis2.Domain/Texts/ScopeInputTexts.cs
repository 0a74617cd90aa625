namespace M365Nis2.Domain.Texts;

/// <summary>Why the CISO cannot send the scope classification to the board now; read in the tab's scope page.</summary>
public static class ScopeInputTexts
{
    public static readonly TextCode NothingSaved = new("scope.request.nothing",
        "Save the scope answers before sending the classification to the board.",
        "Gem svarene om anvendelsesområdet, før klassificeringen sendes til bestyrelsen.");
    public static readonly TextCode AlreadyPending = new("scope.request.pending",
        "This classification is already with the board; wait for its decision or deadline.",
        "Klassificeringen ligger allerede hos bestyrelsen; afvent dens beslutning eller fristen.");
    public static readonly TextCode AlreadyApproved = new("scope.request.approved",
        "The board has already approved exactly these answers.",
        "Bestyrelsen har allerede godkendt netop disse svar.");
    public static readonly TextCode CannotSendNow = new("scope.request.title.conflict",
        "The classification cannot be sent to the board now", "Klassificeringen kan ikke sendes til bestyrelsen nu");
    public static readonly TextCode RoundNotStarted = new("scope.request.title.invalid",
        "The board round could not be started", "Bestyrelsesrunden kunne ikke startes");
}
