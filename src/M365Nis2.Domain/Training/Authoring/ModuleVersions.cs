namespace M365Nis2.Domain.Training.Authoring;

public enum ModuleVersionState
{
    Draft = 0,
    Published,
}

/// <summary>One version of an authored module. A published version never changes again; campaigns pin (id, version).</summary>
public sealed record ModuleVersion(string ModuleId, int Version, ModuleVersionState State, ModuleContent Content, string EditedBy,
    DateTimeOffset EditedAt, string? PublishedBy = null, DateTimeOffset? PublishedAt = null)
{
    public bool IsPublished => State == ModuleVersionState.Published;
}

/// <summary>What a save or publish did: the version to write, or why nothing may change (problems name fields; a conflict is a state rule).</summary>
/// <param name="Unchanged">Nothing to write: the content is the published version's own (no empty new version).</param>
public sealed record ModuleChange(ModuleVersion? Version, bool IsNewVersion, IReadOnlyList<ModuleProblem> Problems, string? Conflict, bool Unchanged = false)
{
    public bool Applied => Version is not null;

    public static ModuleChange Refused(string conflict) => new(null, false, [], conflict);

    public static ModuleChange Invalid(IReadOnlyList<ModuleProblem> problems) => new(null, false, problems, null);
}

/// <summary>
/// The version rules of an authored module: at most one draft, always the newest version; saving edits the draft or,
/// when the newest version is published, starts draft N+1 from the new content; publishing turns the draft into an
/// immutable version. So the text behind a campaign result is the text of the version the campaign pinned, forever.
/// </summary>
public static class ModuleVersions
{
    public static ModuleVersion? Latest(IEnumerable<ModuleVersion> versions) => versions.MaxBy(v => v.Version);

    public static ModuleVersion? LatestPublished(IEnumerable<ModuleVersion> versions) => versions.Where(v => v.IsPublished).MaxBy(v => v.Version);

    public static ModuleVersion? Draft(IEnumerable<ModuleVersion> versions) => Latest(versions) is { IsPublished: false } draft ? draft : null;

    /// <summary>
    /// Saves <paramref name="content"/> as the module's draft: the same version while it is a draft, a new one after a
    /// publish, and nothing at all when the content is the published version's own.
    /// </summary>
    public static ModuleChange SaveDraft(string moduleId, IReadOnlyList<ModuleVersion> versions, ModuleContent content, string actor, DateTimeOffset now)
    {
        if (content.CheckLimits() is { Count: > 0 } problems)
            return ModuleChange.Invalid(problems);
        return Latest(versions) switch
        {
            null => new(new(moduleId, 1, ModuleVersionState.Draft, content, actor, now), true, [], null),
            { IsPublished: false } draft => new(draft with { Content = content, EditedBy = actor, EditedAt = now }, false, [], null),
            var published when published.Content.SameAs(content) => new(published, false, [], null, Unchanged: true),
            var published => new(new(moduleId, published.Version + 1, ModuleVersionState.Draft, content, actor, now), true, [], null),
        };
    }

    /// <summary>
    /// Publishes draft <paramref name="version"/>. Naming the version makes the CISO publish what they previewed; a
    /// published version is refused (it cannot change), and an incomplete draft gets its problems, field by field.
    /// </summary>
    public static ModuleChange Publish(IReadOnlyList<ModuleVersion> versions, int version, string actor, DateTimeOffset now)
    {
        if (versions.FirstOrDefault(v => v.Version == version) is not { } target)
            return ModuleChange.Refused($"Version {version} does not exist.");
        if (target.IsPublished)
            return ModuleChange.Refused($"Version {version} is published and cannot be changed; edit the module to start version {Latest(versions)!.Version + 1}.");
        if (target.Content.Validate() is { Count: > 0 } problems)
            return ModuleChange.Invalid(problems);
        return new(target with { State = ModuleVersionState.Published, PublishedBy = actor, PublishedAt = now }, false, [], null);
    }

    /// <summary>A published version may not be edited in place; the answer a caller gets when it tries.</summary>
    public static string? RefuseEdit(ModuleVersion version) =>
        version.IsPublished ? $"Version {version.Version} is published and cannot be changed; saving starts a new draft version." : null;
}

/// <summary>Ids of authored modules: readable (from the English title) and unique (a random suffix), never a built-in id.</summary>
public static class ModuleIds
{
    public const int MaxSlug = 32;

    /// <summary>"Sikker brug af USB-nøgler!" → "sikker-brug-af-usb-noegler-3fa9".</summary>
    public static string New(string? englishTitle, string suffix)
    {
        var slug = new System.Text.StringBuilder();
        foreach (var c in (englishTitle ?? "").ToLowerInvariant())
        {
            var mapped = c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => "-",
            };
            if (mapped == "-" && (slug.Length == 0 || slug[^1] == '-'))
                continue;
            slug.Append(mapped);
        }
        var text = slug.ToString().TrimEnd('-');
        text = text.Length > MaxSlug ? text[..MaxSlug].TrimEnd('-') : text;
        return $"{(text.Length == 0 ? "module" : text)}-{suffix}";
    }

    /// <summary>Lower-case letters, digits and '-' or '_', 1–64 characters: what a module id may be.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');
}
