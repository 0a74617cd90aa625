using System.Text.Json;
using M365Nis2.Domain.Texts;
using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// The result of a write: the detail, or field problems (400), or a state conflict (409; <see cref="ConflictText"/> is it
/// in English and Danish where it has a code), or nothing found (404).
/// </summary>
public sealed record AuthoringResult(ModuleDetail? Detail, IReadOnlyList<ModuleProblem> Problems, string? Conflict, bool NotFound = false,
    CodedText? ConflictText = null)
{
    public static AuthoringResult Refused(CodedText why) => new(null, [], why.English, ConflictText: why);
}

/// <summary>
/// The CISO's own awareness modules: drafts, publishing and previews. Each published version is also signed into the
/// vault (kind awareness.module, control art21.2.g) with its full text, quiz and correct answers, so an auditor sees
/// exactly what staff were taught. The row is published first (ETag) and signed after; a publish that died between the
/// two is finished by publishing again (the vault put is idempotent, the same content gives the same artefact).
/// </summary>
public sealed class ModuleAuthoring(ModuleStore store, IEvidenceVault vault, AwarenessCards cards, TimeProvider time, ILogger<ModuleAuthoring> logger)
{
    public const string ArtefactKind = "awareness.module";
    public static readonly IReadOnlyList<string> Controls = ["art21.2.g"];

    public async Task<IReadOnlyList<ModuleSummary>> ListAsync(CancellationToken ct)
    {
        var builtIns = ModuleLibrary.BuiltInChoices().Select(c => new ModuleSummary(c.Id, true, c.Title, c.TitleDa, c.Version, null, []));
        var retired = await store.RetiredAsync(ct);
        var authored = (await store.AllAsync(ct)).GroupBy(r => r.PartitionKey).Select(g => Summary(g.ToList(), retired.Contains(g.Key)))
            .OrderBy(s => s.Title, StringComparer.CurrentCultureIgnoreCase);
        return [.. authored, .. builtIns];
    }

    /// <summary>The version asked for, or the newest (the draft when there is one).</summary>
    public async Task<ModuleDetail?> GetAsync(string moduleId, int? version, CancellationToken ct)
    {
        var rows = await store.VersionsAsync(moduleId, ct);
        var row = version is { } v ? rows.FirstOrDefault(r => r.Version == v) : rows.MaxBy(r => r.Version);
        return row is null ? null : Detail(rows, row, await store.IsRetiredAsync(moduleId, ct));
    }

    public Task<AuthoringResult> CreateAsync(ModuleRequest request, string actor, CancellationToken ct) => CreateAsync(request.ToContent(), actor, ct);

    public async Task<AuthoringResult> CreateAsync(ModuleContent content, string actor, CancellationToken ct)
    {
        var id = ModuleIds.New(content.En.Title, Guid.NewGuid().ToString("N")[..4]);
        var change = ModuleVersions.SaveDraft(id, [], content, actor, time.GetUtcNow());
        if (!change.Applied)
            return new(null, change.Problems, null);
        var row = ModuleVersionRow.From(change.Version!);
        return await store.TryAddAsync(row, ct) ? new(Detail([row], row), [], null) : new(null, [], "A module with this id was just created; try again.");
    }

    /// <summary>
    /// Saves the draft: edits it in place, or starts version N+1 when the newest version is published (never touching it).
    /// <paramref name="ifMatch"/> (the ETag of the version the editor opened) is the edit lock: when someone saved or
    /// published since, nothing is written and the conflict says so (the editor keeps its text).
    /// </summary>
    public async Task<AuthoringResult> SaveDraftAsync(string moduleId, ModuleRequest request, string actor, string? ifMatch, CancellationToken ct)
    {
        var rows = await store.VersionsAsync(moduleId, ct);
        if (rows.Count == 0)
            return new(null, [], null, NotFound: true);
        if (Stale(rows.MaxBy(r => r.Version)!, ifMatch) is { } stale)
            return AuthoringResult.Refused(stale);
        var change = ModuleVersions.SaveDraft(moduleId, [.. rows.Select(r => r.ToDomain())], request.ToContent(), actor, time.GetUtcNow());
        if (!change.Applied)
            return new(null, change.Problems, null);
        if (change.Unchanged)
            return new(Detail(rows, rows.Single(r => r.Version == change.Version!.Version)), [], null);
        var row = ModuleVersionRow.From(change.Version!);
        if (!change.IsNewVersion)
            row.ETag = rows.Single(r => r.Version == row.Version).ETag;
        var written = change.IsNewVersion ? await store.TryAddAsync(row, ct) : await store.TryReplaceAsync(row, ct);
        return written
            ? new(Detail([.. rows.Where(r => r.Version != row.Version), row], row), [], null)
            : AuthoringResult.Refused(ModuleTexts.StaleDraft.With(At(time.GetUtcNow())));
    }

    public async Task<AuthoringResult> PublishAsync(string moduleId, int version, string actor, CancellationToken ct)
    {
        var rows = await store.VersionsAsync(moduleId, ct);
        if (rows.Count == 0)
            return new(null, [], null, NotFound: true);
        if (rows.FirstOrDefault(r => r.Version == version) is { State: nameof(ModuleVersionState.Published), ArtefactId: null } unsigned)
            return new(Detail(rows, await SignAsync(unsigned, ct)), [], null); // finishing a publish that stopped before signing
        var change = ModuleVersions.Publish([.. rows.Select(r => r.ToDomain())], version, actor, time.GetUtcNow());
        if (!change.Applied)
            return new(null, change.Problems, change.Conflict);
        var row = ModuleVersionRow.From(change.Version!);
        row.ETag = rows.Single(r => r.Version == version).ETag;
        if (!await store.TryReplaceAsync(row, ct))
            return new(null, [], "The draft was changed by someone else meanwhile; preview it again before publishing.");
        logger.LogInformation("Awareness module {Module} v{Version} published by {Actor}", moduleId, version, actor);
        return new(Detail([.. rows.Where(r => r.Version != version), row], await SignAsync(row, ct)), [], null);
    }

    /// <summary>The module in both languages as the tab and the Teams card will show it, with what still blocks publishing.</summary>
    public ModulePreview Preview(ModuleRequest request, string moduleId = "preview", int version = 0)
    {
        var content = request.ToContent();
        var languages = ModuleContent.Languages.Select(language =>
        {
            var module = content.ToModule(moduleId, version, language);
            using var culture = BotCulture.Use(CampaignService.CultureOf(language));
            return new PreviewLanguage(language, QuizView.Of(module), cards.Prompt("preview", module).ToJsonElement());
        }).ToList();
        return new ModulePreview(content.Validate(), languages);
    }

    private async Task<ModuleVersionRow> SignAsync(ModuleVersionRow row, CancellationToken ct)
    {
        var v = row.ToDomain();
        var record = new
        {
            moduleId = v.ModuleId,
            version = v.Version,
            publishedBy = v.PublishedBy,
            publishedAt = v.PublishedAt,
            passPercent = v.Content.PassPercent,
            en = v.Content.ToModule(v.ModuleId, v.Version, "en"),
            da = v.Content.ToModule(v.ModuleId, v.Version, "da"),
        };
        var receipt = await vault.PutAsync(JsonSerializer.SerializeToUtf8Bytes(record, ModuleJson.Options), "application/json", ArtefactKind, [.. Controls],
            new Dictionary<string, string> { ["moduleId"] = v.ModuleId, ["version"] = v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            v.PublishedBy ?? "unknown", ct);
        row.ArtefactId = receipt.Id;
        if (!await store.TryReplaceAsync(row, ct))
            logger.LogWarning("Awareness module {Module} v{Version}: signed as {Artefact} but the row changed meanwhile", v.ModuleId, v.Version, receipt.Id);
        return row;
    }

    /// <summary>The edit lock: null when <paramref name="ifMatch"/> is absent or still the newest version's ETag.</summary>
    internal static CodedText? Stale(ModuleVersionRow newest, string? ifMatch) =>
        ifMatch is null || ifMatch == "*" || newest.ETag.ToString() == ifMatch.Trim() ? null : ModuleTexts.StaleDraft.With(At(newest.EditedAt));

    private static string At(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static ModuleSummary Summary(IReadOnlyList<ModuleVersionRow> rows, bool retired = false)
    {
        var versions = rows.Select(r => r.ToDomain()).ToList();
        var shown = ModuleVersions.LatestPublished(versions) ?? ModuleVersions.Latest(versions)!;
        return new ModuleSummary(shown.ModuleId, false, shown.Content.En.Title, shown.Content.Da.Title, ModuleVersions.LatestPublished(versions)?.Version,
            ModuleVersions.Draft(versions)?.Version,
            [.. rows.OrderByDescending(r => r.Version).Select(r => new ModuleVersionView(r.Version, r.State, r.EditedBy, r.EditedAt, r.PublishedBy, r.PublishedAt, r.ArtefactId))],
            retired);
    }

    internal static ModuleDetail Detail(IReadOnlyList<ModuleVersionRow> rows, ModuleVersionRow row, bool retired = false)
    {
        var v = row.ToDomain();
        return new ModuleDetail(Summary([.. rows.Where(r => r.Version != row.Version), row], retired), v.Version, row.State, v.Content,
            v.IsPublished ? [] : v.Content.Validate(), row.ETag.ToString());
    }
}
