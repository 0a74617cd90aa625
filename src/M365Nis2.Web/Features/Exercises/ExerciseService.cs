using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using M365Nis2.Domain.Exercises;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Exercises;

/// <summary>
/// Records exercises and tests for Art. 21(2)(c) and (f): validate, store once (conditional insert on the id from the
/// idempotency key), sign the record into the vault, open one follow-up task per lesson learned. The last two steps are
/// idempotent (the vault returns the same id for the same bytes; tasks are keyed by exercise and lesson), so a retry
/// after a crash finishes the work instead of doubling it.
/// </summary>
public sealed class ExerciseService(ExerciseStore store, IEvidenceVault vault, IFollowUpTasks tasks, IUserDirectory directory, TimeProvider time)
{
    public const string ArtefactKind = "exercise.record";
    public static readonly string[] Measures = ["art21.2.c", "art21.2.f"];

    public async Task<(ExerciseView? View, bool Created, IReadOnlyList<string> Problems)> RecordAsync(NewExerciseRequest body, string actorId,
        string? actorName, CancellationToken ct)
    {
        var (exercise, problems) = await ParseAsync(body, ct);
        if (exercise is null)
        {
            return (null, false, problems);
        }
        var row = new ExerciseRow
        {
            RowKey = exercise.Id, Json = JsonSerializer.Serialize(exercise, ExerciseStore.JsonOptions), RecordedAt = time.GetUtcNow(),
            RecordedBy = actorId, RecordedByName = actorName,
        };
        var created = await store.TryAddAsync(row, ct);
        row = (await store.FindAsync(exercise.Id, ct))!;
        await FinishAsync(row, ct);
        return (await ViewAsync(row, ct), created, []);
    }

    public async Task<IReadOnlyList<ExerciseView>> ListAsync(CancellationToken ct)
    {
        var list = new List<ExerciseView>();
        foreach (var row in (await store.ListAsync(ct)).OrderByDescending(r => r.ToExercise().HeldOn))
        {
            list.Add(await ViewAsync(row, ct));
        }
        return list;
    }

    public async Task<ExerciseView?> GetAsync(string id, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } row ? await ViewAsync(row, ct) : null;

    public static TaskSource LessonSource(string exerciseId, int index) => new(TaskSourceKind.ExerciseLesson, $"{exerciseId}/{index + 1}");

    private async Task FinishAsync(ExerciseRow row, CancellationToken ct)
    {
        var exercise = row.ToExercise();
        if (row.ArtefactId is null)
        {
            // Only stored values in the signed bytes, so a retry produces the same artefact.
            var signed = JsonSerializer.SerializeToUtf8Bytes(new { kind = ArtefactKind, exercise, recordedAt = row.RecordedAt, recordedBy = row.RecordedBy },
                ExerciseStore.JsonOptions);
            var receipt = await vault.PutAsync(signed, "application/json", ArtefactKind, Measures,
                new Dictionary<string, string> { ["exerciseId"] = row.RowKey }, row.RecordedBy, ct);
            await store.SetArtefactAsync(row, receipt.Id, ct);
        }
        for (var i = 0; i < exercise.Lessons.Count; i++)
        {
            var lesson = exercise.Lessons[i];
            var title = FollowUpTexts.LessonTitle.With(lesson.Text);
            var description = FollowUpTexts.LessonDescription.With(exercise.Title, exercise.HeldOn, lesson.Text);
            await tasks.OpenAsync(new FollowUpRequest(lesson.OwnerId, Title(title.English), lesson.DueDate, Measures, LessonSource(row.RowKey, i),
                FollowUpTask.Clip(description.English), row.RecordedBy, Title(title.Danish), FollowUpTask.Clip(description.Danish)), ct);
        }
        // The exercise is what the annual wheel asked for: close its open exercise / restore-test task (false when none is open).
        foreach (var occurrence in ExerciseWheel.Covers(exercise, AnnualWheel.Nis2Default))
        {
            await tasks.CompleteAsync(occurrence.Source, row.RecordedBy, row.RecordedByName,
                FollowUpTexts.ExerciseRecorded.With(exercise.Title, exercise.HeldOn, row.RowKey), ct);
        }
    }

    private async Task<ExerciseView> ViewAsync(ExerciseRow row, CancellationToken ct)
    {
        var exercise = row.ToExercise();
        var lessons = new List<LessonView>();
        for (var i = 0; i < exercise.Lessons.Count; i++)
        {
            var lesson = exercise.Lessons[i];
            var task = await tasks.FindAsync(LessonSource(row.RowKey, i), ct);
            lessons.Add(new(lesson.Text, lesson.OwnerId, lesson.DueDate, task?.TaskId, task?.State.ToString(), task?.PastDue ?? false));
        }
        return ExerciseView.Of(row, exercise, lessons);
    }

    private static string Title(string line) => FollowUpTexts.Cut(line, FollowUpTasks.MaxTitleLength);

    private async Task<(Exercise? Exercise, IReadOnlyList<string> Problems)> ParseAsync(NewExerciseRequest body, CancellationToken ct)
    {
        var problems = new List<string>();
        if (!Enum.TryParse<ExerciseKind>(body.Kind, ignoreCase: true, out var kind) || int.TryParse(body.Kind, out _))
            problems.Add("kind must be Tabletop, RestoreTest or DisasterRecovery.");
        if (!Enum.TryParse<ExerciseOutcome>(body.Outcome, ignoreCase: true, out var outcome) || int.TryParse(body.Outcome, out _))
            problems.Add("outcome must be Succeeded, SucceededWithFindings or Failed.");
        if (body.HeldOn is null)
            problems.Add("heldOn (yyyy-MM-dd) is required.");
        var lessons = new List<ExerciseLesson>();
        foreach (var (lesson, i) in (body.Lessons ?? []).Select((l, i) => (l, i)))
        {
            var owner = await OwnerAsync(lesson.OwnerUpn, lesson.OwnerId, ct);
            if (owner is null)
                problems.Add($"Lesson {i + 1}: no owner '{lesson.OwnerUpn ?? lesson.OwnerId}' in the directory (give ownerUpn or ownerId).");
            if (lesson.DueDate is null)
                problems.Add($"Lesson {i + 1}: dueDate (yyyy-MM-dd) is required.");
            lessons.Add(new(lesson.Text?.Trim() ?? "", owner ?? "", lesson.DueDate ?? body.HeldOn ?? default));
        }
        var key = string.IsNullOrWhiteSpace(body.IdempotencyKey) ? Guid.NewGuid().ToString("N") : body.IdempotencyKey.Trim();
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"exercise:{key}")))[..16];
        var exercise = new Exercise(id, kind, body.Title?.Trim() ?? "", body.Scenario?.Trim() ?? "", body.HeldOn ?? default,
            [.. (body.Participants ?? []).Select(p => p.Trim()).Where(p => p.Length > 0)], outcome, body.OutcomeNotes?.Trim() ?? "", lessons);
        if (problems.Count == 0)
            problems.AddRange(exercise.Validate(Today()));
        return problems.Count == 0 ? (exercise, []) : (null, problems);
    }

    private async Task<string?> OwnerAsync(string? upn, string? objectId, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(upn))
            return (await directory.FindByUpnAsync(upn.Trim(), ct))?.ObjectId;
        return Guid.TryParse(objectId, out _) ? objectId : null;
    }

    private DateOnly Today() => WallClock.Today(time.GetUtcNow(), WallClock.Copenhagen);
}
