using System.Text.Json;
using M365Nis2.Domain.Scope;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Scope;

/// <summary>Who acts: the user's object id and display name.</summary>
public sealed record ScopeActor(string ObjectId, string DisplayName);

/// <summary>
/// The scope assessment: each saved answer set is classified, signed into the vault (answers + result, so an auditor
/// sees what the classification rested on) and kept as a version. Saving the same answers again is not a new version.
/// </summary>
public sealed class ScopeService(ScopeStore store, ScopeApprovalStore rounds, IEvidenceVault vault, TimeProvider time)
{
    public const string ArtefactKind = "scope.assessment";
    public static readonly string[] Controls = ["art3"];

    public ScopeCatalogue Catalogue { get; } = ScopeCatalogue.Default;

    public async Task<ScopeView?> CurrentAsync(CancellationToken ct)
    {
        var head = await store.CurrentAsync(ScopeVersionRow.Assessment, ct);
        return head is null ? null : await ViewAsync(head, ct);
    }

    public Task<IReadOnlyList<ScopeVersionRow>> HistoryAsync(CancellationToken ct) => store.HistoryAsync(ScopeVersionRow.Assessment, ct);

    public async Task<ScopeView> SaveAsync(ScopeInput input, ScopeAnswers answers, ScopeActor actor, CancellationToken ct)
    {
        var result = ScopeClassifier.Classify(answers, Catalogue);
        // Activities are a set: the same activities in another order are the same answers (and the same version).
        input = input with { EntityTypeIds = [.. (input.EntityTypeIds ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
        var json = JsonSerializer.Serialize(input, ScopeJson.Options);
        for (var attempt = 0; ; attempt++)
        {
            var head = await store.CurrentAsync(ScopeVersionRow.Assessment, ct);
            if (head is not null && head.Json == json) return await ViewAsync(head, ct);
            var now = time.GetUtcNow();
            var signed = JsonSerializer.SerializeToUtf8Bytes(new
            {
                kind = ArtefactKind,
                version = (head?.Version ?? 0) + 1,
                savedAt = now,
                savedBy = actor.ObjectId,
                answers = input,
                result = ScopeViews.Result(result),
            }, ScopeJson.Options);
            var receipt = await vault.PutAsync(signed, "application/json", ArtefactKind, Controls,
                new Dictionary<string, string> { ["category"] = result.Category.ToString() }, actor.ObjectId, ct);
            var row = new ScopeVersionRow
            {
                Json = json, ArtefactId = receipt.Id, SavedBy = actor.ObjectId, SavedByName = actor.DisplayName, SavedAt = now,
                Summary = result.Category.ToString(),
            };
            if (await store.TryAppendAsync(ScopeVersionRow.Assessment, head, row, ct)) return await ViewAsync(row, ct);
            if (attempt >= 5) throw new InvalidOperationException("The scope assessment kept changing under this save; try again.");
        }
    }

    private async Task<ScopeView> ViewAsync(ScopeVersionRow row, CancellationToken ct)
    {
        var input = JsonSerializer.Deserialize<ScopeInput>(row.Json, ScopeJson.Options)!;
        // Stored answers were valid when saved; if the data has since dropped an activity, classify on the rest rather than fail.
        var known = input with { EntityTypeIds = (input.EntityTypeIds ?? []).Where(id => Catalogue.Find(id) is not null).ToList() };
        var (answers, _) = known.ToAnswers(Catalogue);
        var result = ScopeClassifier.Classify(answers!, Catalogue);
        var sha256 = ClassificationApproval.Hash(answers!, result);
        var all = await rounds.RoundsAsync(ct);
        var (state, round) = ClassificationApproval.Status(sha256, all.Select(r => r.ToRound()));
        var approval = ScopeViews.Approval(state, round is null ? null : all.First(r => r.RowKey == round.RoundId));
        return new ScopeView(row.Version, row.SavedAt, row.SavedByName, row.ArtefactId, input, ScopeViews.Result(result), sha256, approval, answers!, result);
    }
}

internal static class ScopeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
