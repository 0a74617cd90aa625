using System.Collections.Concurrent;
using M365Nis2.Domain.Training;
using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Domain.Training.Modules;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>A module a campaign may use: built-in or the latest published version of an authored one.</summary>
public sealed record AwarenessModuleChoice(string Id, string Title, string TitleDa, int Version, bool BuiltIn);

/// <summary>
/// The one place awareness modules are looked up: the three built-ins and the CISO's published versions, always by
/// (id, version), so a campaign, its cards, its grading, schedules and "my modules" all see the text the campaign
/// pinned. Drafts are never served here. Published versions never change, so each is read from storage once per
/// instance and kept (safe across instances: there is nothing to invalidate).
/// </summary>
public sealed class ModuleLibrary(ModuleStore store)
{
    private readonly ConcurrentDictionary<(string Id, int Version), ModuleContent> published = new();

    public static bool IsBuiltIn(string moduleId) => AwarenessModules.All.Any(m => m.Id == moduleId);

    /// <summary>
    /// The module in <paramref name="language"/> ("da", else English) at <paramref name="version"/>; null when unknown or
    /// not published. Built-ins have one version; rows written before versions existed say 0 and mean it.
    /// </summary>
    public async Task<AwarenessModule?> FindAsync(string moduleId, int version, string language, CancellationToken ct)
    {
        if (IsBuiltIn(moduleId))
            return AwarenessModules.Find(moduleId, language);
        return await PublishedAsync(moduleId, version, ct) is { } content ? content.ToModule(moduleId, version, language) : null;
    }

    /// <summary>Both languages' titles of a pinned module, for lists ("my modules", the training card); the id when unknown.</summary>
    public async Task<(string En, string Da)> TitlesAsync(string moduleId, int version, CancellationToken ct) =>
        (
            (await FindAsync(moduleId, version, "en", ct))?.Title ?? moduleId,
            (await FindAsync(moduleId, version, "da", ct))?.Title ?? moduleId
        );

    /// <summary>What a campaign launched now pins: the version asked for (it must be published) or the latest published one.</summary>
    /// <exception cref="AudienceException">Unknown module, or one with no published version: the message names moduleId.</exception>
    public async Task<(string Id, int Version)> PinAsync(string? moduleId, int? version, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(moduleId))
            throw new AudienceException($"moduleId is required; choose one of: {await KnownAsync(ct)}.");
        if (IsBuiltIn(moduleId))
            return (moduleId, 1);
        var versions = (await store.VersionsAsync(moduleId, ct)).Select(r => r.ToDomain()).ToList();
        if (versions.Count == 0)
            throw new AudienceException($"Unknown moduleId '{moduleId}'; choose one of: {await KnownAsync(ct)}.");
        if (await store.IsRetiredAsync(moduleId, ct))
            throw new AudienceException($"moduleId '{moduleId}' is retired and no longer offered to new campaigns; offer it again on the Modules page first.");
        var chosen = version is { } v ? versions.FirstOrDefault(x => x.Version == v && x.IsPublished) : ModuleVersions.LatestPublished(versions);
        if (chosen is null)
            throw new AudienceException(version is null
                ? $"moduleId '{moduleId}' has no published version yet; publish it first."
                : $"moduleVersion {version} of '{moduleId}' is not published.");
        published.TryAdd((moduleId, chosen.Version), chosen.Content);
        return (moduleId, chosen.Version);
    }

    /// <summary>Built-ins first, then authored modules (latest published version, retired ones left out), by English title.</summary>
    public async Task<IReadOnlyList<AwarenessModuleChoice>> ChoicesAsync(CancellationToken ct)
    {
        var retired = await store.RetiredAsync(ct);
        var authored = (await store.AllAsync(ct)).Where(r => r.State == nameof(ModuleVersionState.Published) && !retired.Contains(r.PartitionKey))
            .GroupBy(r => r.PartitionKey).Select(g => g.MaxBy(r => r.Version)!.ToDomain())
            .Select(v => new AwarenessModuleChoice(v.ModuleId, v.Content.En.Title, v.Content.Da.Title, v.Version, false))
            .OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase);
        return [.. BuiltInChoices(), .. authored];
    }

    /// <summary>The three built-ins, each in one version.</summary>
    public static IEnumerable<AwarenessModuleChoice> BuiltInChoices() => AwarenessModules.All.GroupBy(m => m.Id).Select(g =>
        new AwarenessModuleChoice(g.Key, g.First(m => m.Language == "en").Title, g.FirstOrDefault(m => m.Language == "da")?.Title ?? g.First().Title, 1, true));

    private async Task<ModuleContent?> PublishedAsync(string moduleId, int version, CancellationToken ct)
    {
        if (published.TryGetValue((moduleId, version), out var cached))
            return cached;
        if (await store.FindAsync(moduleId, version, ct) is not { State: nameof(ModuleVersionState.Published) } row)
            return null;
        return published.GetOrAdd((moduleId, version), row.ToDomain().Content);
    }

    private async Task<string> KnownAsync(CancellationToken ct) => string.Join(", ", (await ChoicesAsync(ct)).Select(c => c.Id));
}
