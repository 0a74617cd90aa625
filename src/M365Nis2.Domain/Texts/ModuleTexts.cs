namespace M365Nis2.Domain.Texts;

/// <summary>
/// What the module library says when a change is refused (409s the tab shows in the reader's language), a copy's title,
/// and why a learner's quiz answers are not recorded (the tab and the card show these to the learner).
/// </summary>
public static class ModuleTexts
{
    public static readonly TextCode StaleDraft = new("module.draft.stale",
        "Someone else saved this module at {at} UTC, after you opened it. Your changes were not saved and are still in the form: keep a copy of what you need, reload the module and save again.",
        "En anden har gemt modulet kl. {at} UTC, efter du åbnede det. Dine ændringer er ikke gemt og står stadig i formularen: gem en kopi af det, du skal bruge, genindlæs modulet, og gem igen.");
    public static readonly TextCode NoDraft = new("module.draft.none", "There is no draft to discard; published versions are never deleted.",
        "Der er ingen kladde at kassere; offentliggjorte versioner slettes aldrig.");
    public static readonly TextCode RetireUnpublished = new("module.retire.unpublished",
        "Only a published module can be retired; a module that was never published is removed by discarding its draft.",
        "Kun et offentliggjort modul kan trækkes tilbage; et modul, der aldrig er offentliggjort, fjernes ved at kassere kladden.");
    public static readonly TextCode RetireScheduled = new("module.retire.scheduled",
        "{count} recurring campaign(s) use this module; stop them on the Campaigns page before retiring it.",
        "{count} tilbagevendende kampagne(r) bruger modulet; stop dem på siden Kampagner, før modulet trækkes tilbage.");
    public static readonly TextCode AlreadyRetired = new("module.retire.already", "The module is already retired.", "Modulet er allerede trukket tilbage.");
    public static readonly TextCode NotRetired = new("module.restore.not", "The module is not retired; it is offered to campaigns.",
        "Modulet er ikke trukket tilbage; det tilbydes til kampagner.");
    public static readonly TextCode BuiltIn = new("module.builtin", "Built-in modules cannot be changed or retired; copy one to make your own.",
        "Indbyggede moduler kan ikke ændres eller trækkes tilbage; kopiér et for at lave dit eget.");
    public static readonly TextCode CopyTitle = new("module.copy.title", "Copy of {title}", "Kopi af {title}");

    public static readonly TextCode QuizUnknownQuestion = new("quiz.question.unknown", "Unknown question '{question}' in module '{module}'.",
        "Ukendt spørgsmål '{question}' i modulet '{module}'.");
    public static readonly TextCode QuizNotAnswered = new("quiz.question.unanswered", "Question '{question}' is not answered.",
        "Spørgsmål '{question}' er ikke besvaret.");
    public static readonly TextCode QuizNoOption = new("quiz.question.option", "Question '{question}' has no option {chosen}; choose 0 to {last}.",
        "Spørgsmål '{question}' har ingen svarmulighed {chosen}; vælg 0 til {last}.");
    public static readonly TextCode QuizAnswerShape = new("quiz.answer.shape", "Every answer needs a questionId and an option.",
        "Hvert svar skal have et questionId og en svarmulighed.");
    public static readonly TextCode QuizAnswerTitle = new("quiz.answer.title", "Answer every question", "Besvar alle spørgsmål");
    public static readonly TextCode QuizNotRecordedTitle = new("quiz.notrecorded", "Not recorded", "Ikke registreret");
    public static readonly TextCode QuizNotSent = new("quiz.notsent", "This awareness module was not sent to you.", "Dette awareness-modul er ikke sendt til dig.");
    public static readonly TextCode QuizNotSaved = new("quiz.notsaved", "Your answers could not be saved; please try again.",
        "Dine svar kunne ikke gemmes; prøv igen.");
    public static readonly TextCode QuizClosed = new("quiz.closed", "This module cannot be completed.", "Modulet kan ikke gennemføres.");
    public static readonly TextCode QuizAlreadyCompleted = new("quiz.completed", "Already completed.", "Allerede gennemført.");
    public static readonly TextCode QuizCannotComplete = new("quiz.cannotcomplete", "Cannot complete from {state}.", "Kan ikke gennemføres i tilstanden {state}.");
    public static readonly TextCode StatePending = new("quiz.state.pending", "Pending", "afventer");
    public static readonly TextCode StateOptedOut = new("quiz.state.optedout", "OptedOut", "fravalgt");
    public static readonly TextCode StateFailed = new("quiz.state.failed", "Failed", "ikke nået");
}
