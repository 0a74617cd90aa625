using M365Nis2.Domain.Exercises;

namespace M365Nis2.Web.Features.Exercises;

/// <summary>
/// Body of <c>POST /api/exercises</c>. Kind: Tabletop, RestoreTest or DisasterRecovery; outcome: Succeeded,
/// SucceededWithFindings or Failed. Participants are names or UPNs as written; each lesson names its owner by UPN or
/// object id and becomes a follow-up task. The idempotency key makes a retried POST return the same exercise.
/// </summary>
public sealed record NewExerciseRequest(string? Kind, string? Title, string? Scenario, DateOnly? HeldOn, IReadOnlyList<string>? Participants,
    string? Outcome, string? OutcomeNotes, IReadOnlyList<NewLessonRequest>? Lessons, string? IdempotencyKey);

public sealed record NewLessonRequest(string? Text, string? OwnerUpn, string? OwnerId, DateOnly? DueDate);

/// <summary>A lesson with the state of its follow-up task.</summary>
public sealed record LessonView(string Text, string OwnerId, DateOnly DueDate, string? TaskId, string? TaskState, bool PastDue);

/// <summary>An exercise for the CISO and the board (participants named: the route is theirs only).</summary>
public sealed record ExerciseView(string Id, string Kind, string Title, string Scenario, DateOnly HeldOn, IReadOnlyList<string> Participants,
    string Outcome, string OutcomeNotes, IReadOnlyList<LessonView> Lessons, DateTimeOffset RecordedAt, string? RecordedByName, string? ArtefactId)
{
    public static ExerciseView Of(ExerciseRow row, Exercise e, IReadOnlyList<LessonView> lessons) => new(row.RowKey, e.Kind.ToString(), e.Title,
        e.Scenario, e.HeldOn, e.Participants, e.Outcome.ToString(), e.OutcomeNotes, lessons, row.RecordedAt, row.RecordedByName, row.ArtefactId);
}
