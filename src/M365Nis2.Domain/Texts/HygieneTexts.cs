namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the Entra hygiene checks (i, f): inactive accounts, guests, access reviews, privileged changes.</summary>
public static class HygieneTexts
{
    public static readonly TextCode SignInsUnreadable = new("hygiene.signins.unreadable", "Users' sign-in activity could not be read ({status}).",
        "Brugernes logonaktivitet kunne ikke læses ({status}).");
    public static readonly TextCode NoMembers = new("hygiene.members.none", "No enabled member accounts were listed; inactivity cannot be judged.",
        "Der blev ikke vist nogen aktiverede medlemskonti; inaktivitet kan ikke vurderes.");
    public static readonly TextCode InactiveSummary = new("hygiene.inactive.summary",
        "{inactive} of {members} enabled member accounts ({percent:0.#} %) have not signed in for {days} days (Met at or below {met:0.#} %).",
        "{inactive} af {members} aktiverede medlemskonti ({percent:0.#} %) har ikke logget på i {days} dage (opfyldt ved højst {met:0.#} %).");
    public static readonly TextCode InactiveAdvice = new("hygiene.inactive.advice",
        "Disable or remove inactive accounts after checking with their managers{sample}.",
        "Deaktivér eller fjern inaktive konti efter aftale med deres ledere{sample}.");
    public static readonly TextCode TooNew = new("hygiene.inactive.toonew", "{count} account(s) created within the period were not judged.",
        "{count} konto(er) oprettet i perioden er ikke vurderet.");

    public static readonly TextCode GuestsUnreadable = new("hygiene.guests.unreadable", "Guest sign-in activity could not be read ({status}).",
        "Gæsternes logonaktivitet kunne ikke læses ({status}).");
    public static readonly TextCode NoGuests = new("hygiene.guests.none", "No enabled guest accounts.", "Ingen aktiverede gæstekonti.");
    public static readonly TextCode GuestsSummary = new("hygiene.guests.summary",
        "{guests} enabled guest(s); {inactive} have not signed in for {days} days.",
        "{guests} aktiverede gæst(er); {inactive} har ikke logget på i {days} dage.");
    public static readonly TextCode GuestsAdvice = new("hygiene.guests.advice",
        "Remove or disable inactive guests, or confirm their sponsor still needs them{sample}.",
        "Fjern eller deaktivér inaktive gæster, eller bekræft, at deres sponsor stadig har brug for dem{sample}.");

    public static readonly TextCode AuditUnreadable = new("hygiene.audit.unreadable", "The directory audit log could not be read ({status}).",
        "Katalogets overvågningslog kunne ikke læses ({status}).");
    public static readonly TextCode Changes = new("hygiene.changes",
        "{roles} privileged role change(s) and {policies} Conditional Access change(s) in {days} days.",
        "{roles} ændring(er) af privilegerede roller og {policies} ændring(er) af betinget adgang på {days} dage.");
    public static readonly TextCode OutsidePim = new("hygiene.changes.outsidepim",
        "{count} role assignment(s) were made outside Privileged Identity Management (standing access).",
        "{count} rolletildeling(er) er foretaget uden for Privileged Identity Management (stående adgang).");
    public static readonly TextCode PoliciesDeleted = new("hygiene.changes.deleted",
        "{count} Conditional Access policy(ies) were deleted; confirm each was intended.",
        "{count} politik(ker) for betinget adgang er slettet; bekræft, at hver sletning var tilsigtet.");

    public static readonly TextCode ReviewsUnreadable = new("hygiene.reviews.unreadable", "Access reviews could not be read ({status}).",
        "Adgangsgennemgange kunne ikke læses ({status}).");
    public static readonly TextCode NoReviews = new("hygiene.reviews.none",
        "No access review is set up; guests, group memberships and privileged roles are never re-certified.",
        "Der er ikke oprettet nogen adgangsgennemgang; gæster, gruppemedlemskaber og privilegerede roller bliver aldrig gencertificeret.");
    public static readonly TextCode ReviewsRecent = new("hygiene.reviews.recent", "{count} access review(s) completed within {days} days.",
        "{count} adgangsgennemgang(e) afsluttet inden for {days} dage.");
    public static readonly TextCode ReviewsStale = new("hygiene.reviews.stale", "{count} access review(s) have not completed within {days} days.",
        "{count} adgangsgennemgang(e) er ikke afsluttet inden for {days} dage.");

    // The named accounts, access reviews and audit events: names, activities and targets as Entra ID has them, the words
    // around them in the reader's language.
    public static readonly TextCode SubjectLastSignIn = new("hygiene.subject.lastsignin", "{name}, last sign-in {date}", "{name}, sidste logon {date}");
    public static readonly TextCode SubjectNeverSignedIn = new("hygiene.subject.neversignedin", "{name}, never signed in", "{name}, aldrig logget på");
    public static readonly TextCode SubjectReviewCompleted = new("hygiene.subject.review.completed", "{name} (completed {date})",
        "{name} (afsluttet {date})");
    public static readonly TextCode SubjectReviewLastCompleted = new("hygiene.subject.review.last", "{name} (last completed {date})",
        "{name} (sidst afsluttet {date})");
    public static readonly TextCode SubjectReviewNeverCompleted = new("hygiene.subject.review.never", "{name} ({status}, never completed)",
        "{name} ({status}, aldrig afsluttet)");
    public static readonly TextCode SubjectChange = new("hygiene.subject.change", "{at} {activity}: {target} by {actor} ({result})",
        "{at} {activity}: {target} af {actor} ({result})");
    public static readonly TextCode ResultSuccess = new("hygiene.result.success", "success", "gennemført");
    public static readonly TextCode ResultFailure = new("hygiene.result.failure", "failure", "mislykkedes");
}
