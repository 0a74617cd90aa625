using M365Nis2.Domain.Texts;
using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Domain.Training.Modules;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// A module's life beyond editing: discard the draft, retire a module (no longer offered to new campaigns; launched
/// campaigns keep their pinned version, which stays readable and gradable) or offer it again, and copy a built-in or an
/// authored module as the first draft of a new one. The rules are <see cref="ModuleLifecycle"/>'s.
/// </summary>
public sealed class ModuleChanges(ModuleStore store, ModuleAuthoring authoring, CampaignSchedules schedules, TimeProvider time, ILogger<ModuleChanges> logger)
{
    /// <summary>Discards the draft (If-Match: the draft the editor shows). The detail left, or none when the module had only that draft.</summary>
    public async Task<AuthoringResult> DiscardDraftAsync(string moduleId, string? ifMatch, string actor, CancellationToken ct)
    {
        if (ModuleLibrary.IsBuiltIn(moduleId))
            return AuthoringResult.Refused(ModuleTexts.BuiltIn.With());
        var rows = await store.VersionsAsync(moduleId, ct);
        if (rows.Count == 0)
            return new(null, [], null, NotFound: true);
        var (draft, refusal) = ModuleLifecycle.Discard([.. rows.Select(r => r.ToDomain())]);
        if (refusal is not null)
            return AuthoringResult.Refused(refusal);
        var row = rows.Single(r => r.Version == draft!.Version);
        if (ModuleAuthoring.Stale(row, ifMatch) is { } stale)
            return AuthoringResult.Refused(stale);
        if (!await store.TryDeleteAsync(row, ct))
            return AuthoringResult.Refused(ModuleTexts.StaleDraft.With(time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        logger.LogInformation("Awareness module {Module}: draft v{Version} discarded by {Actor}", moduleId, row.Version, actor);
        var left = rows.Where(r => r.Version != row.Version).ToList();
        return left.Count == 0 ? new(null, [], null) : new(ModuleAuthoring.Detail(left, left.MaxBy(r => r.Version)!, await store.IsRetiredAsync(moduleId, ct)), [], null);
    }

    /// <summary>Retires (<paramref name="retire"/>) or offers again. Refused while a recurring campaign would launch it.</summary>
    public async Task<AuthoringResult> SetRetiredAsync(string moduleId, bool retire, string actor, CancellationToken ct)
    {
        if (ModuleLibrary.IsBuiltIn(moduleId))
            return AuthoringResult.Refused(ModuleTexts.BuiltIn.With());
        var rows = await store.VersionsAsync(moduleId, ct);
        if (rows.Count == 0)
            return new(null, [], null, NotFound: true);
        var retired = await store.IsRetiredAsync(moduleId, ct);
        var refusal = retire
            ? ModuleLifecycle.RefuseRetire([.. rows.Select(r => r.ToDomain())], retired, (await schedules.ListAsync(ct)).Count(s => s.ModuleId == moduleId))
            : ModuleLifecycle.RefuseRestore(retired);
        if (refusal is not null)
            return AuthoringResult.Refused(refusal);
        await store.SetRetiredAsync(moduleId, retire, actor, time.GetUtcNow(), ct);
        logger.LogInformation("Awareness module {Module} {Change} by {Actor}", moduleId, retire ? "retired" : "offered again", actor);
        return new(ModuleAuthoring.Detail(rows, rows.MaxBy(r => r.Version)!, retire), [], null);
    }

    /// <summary>A new module whose first draft is a copy of <paramref name="sourceId"/> (built-in or authored), titled as a copy.</summary>
    public async Task<AuthoringResult> CopyAsync(string sourceId, int? version, string actor, CancellationToken ct)
    {
        ModuleContent? content;
        if (ModuleLibrary.IsBuiltIn(sourceId))
        {
            content = AwarenessModules.Find(sourceId, "en") is { } en && AwarenessModules.Find(sourceId, "da") is { } da ? ModuleLifecycle.FromModule(en, da) : null;
        }
        else
        {
            var versions = (await store.VersionsAsync(sourceId, ct)).Select(r => r.ToDomain()).ToList();
            content = (version is { } v ? versions.FirstOrDefault(x => x.Version == v)
                : ModuleVersions.LatestPublished(versions) ?? ModuleVersions.Latest(versions))?.Content;
        }
        return content is null ? new(null, [], null, NotFound: true) : await authoring.CreateAsync(ModuleLifecycle.CopyOf(content), actor, ct);
    }
}
