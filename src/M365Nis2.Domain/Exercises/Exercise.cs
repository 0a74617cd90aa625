namespace M365Nis2.Domain.Exercises;

/// <summary>What kind of exercise or test. Stored by name, so only append.</summary>
public enum ExerciseKind
{
    /// <summary>A discussion-based walk through the contingency or crisis plan against a scenario.</summary>
    Tabletop = 0,
    /// <summary>A technical restore of a system or data from backup.</summary>
    RestoreTest,
    /// <summary>A technical disaster-recovery test (failover to the recovery site), which also restores systems.</summary>
    DisasterRecovery,
}

public enum ExerciseOutcome
{
    /// <summary>The plan or restore worked as intended.</summary>
    Succeeded = 0,
    /// <summary>It worked, with gaps to fix (lessons learned).</summary>
    SucceededWithFindings,
    Failed,
}

/// <summary>A lesson learned; each becomes a follow-up task for <see cref="OwnerId"/> due on <see cref="DueDate"/>.</summary>
public sealed record ExerciseLesson(string Text, string OwnerId, DateOnly DueDate);

/// <summary>A continuity exercise or restore test as recorded by the CISO. Participants are Entra object ids or names.</summary>
public sealed record Exercise(
    string Id,
    ExerciseKind Kind,
    string Title,
    string Scenario,
    DateOnly HeldOn,
    IReadOnlyList<string> Participants,
    ExerciseOutcome Outcome,
    string OutcomeNotes,
    IReadOnlyList<ExerciseLesson> Lessons)
{
    public const int MaxTextLength = 4000;
    public const int MaxParticipants = 200;
    public const int MaxLessons = 50;

    /// <summary>Exercises the plan (c): continuity/crisis handling.</summary>
    public bool ExercisesPlan => Kind is ExerciseKind.Tabletop or ExerciseKind.DisasterRecovery;

    /// <summary>Tests backups (c): a system actually restored.</summary>
    public bool TestsRestore => Kind is ExerciseKind.RestoreTest or ExerciseKind.DisasterRecovery;

    /// <summary>Problems with the record as entered, empty when valid; <paramref name="today"/> refuses future dates.</summary>
    public IReadOnlyList<string> Validate(DateOnly today)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Kind)) errors.Add($"Unknown exercise kind {(int)Kind}.");
        if (!Enum.IsDefined(Outcome)) errors.Add($"Unknown outcome {(int)Outcome}.");
        if (string.IsNullOrWhiteSpace(Title)) errors.Add("A title is required.");
        if (string.IsNullOrWhiteSpace(Scenario)) errors.Add("Describe the scenario.");
        foreach (var (text, name) in new[] { (Title, "title"), (Scenario, "scenario"), (OutcomeNotes, "outcome notes") })
            if (text is { Length: > MaxTextLength }) errors.Add($"The {name} is longer than {MaxTextLength} characters.");
        if (HeldOn > today) errors.Add("An exercise is recorded after it was held; the date is in the future.");
        if (!Participants.Any(p => !string.IsNullOrWhiteSpace(p))) errors.Add("Name at least one participant.");
        if (Participants.Count > MaxParticipants) errors.Add($"At most {MaxParticipants} participants.");
        if (Lessons.Count > MaxLessons) errors.Add($"At most {MaxLessons} lessons per exercise.");
        if (Outcome != ExerciseOutcome.Succeeded && Lessons.Count == 0)
            errors.Add("An exercise that did not fully succeed needs at least one lesson learned.");
        for (var i = 0; i < Lessons.Count; i++)
        {
            var lesson = Lessons[i];
            if (string.IsNullOrWhiteSpace(lesson.Text)) errors.Add($"Lesson {i + 1}: describe what to change.");
            else if (lesson.Text.Length > MaxTextLength) errors.Add($"Lesson {i + 1}: longer than {MaxTextLength} characters.");
            if (string.IsNullOrWhiteSpace(lesson.OwnerId)) errors.Add($"Lesson {i + 1}: choose an owner.");
            if (lesson.DueDate < HeldOn) errors.Add($"Lesson {i + 1}: the due date is before the exercise.");
        }
        return errors;
    }
}
