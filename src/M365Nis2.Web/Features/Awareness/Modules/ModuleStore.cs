using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>One version of an authored module: PK module id, RK "v0001" (so versions sort), the content as JSON in chunks.</summary>
public sealed class ModuleVersionRow : ITableEntity
{
    /// <summary>A Table string property holds 32K UTF-16 characters; a full module in two languages can exceed one.</summary>
    private const int ChunkChars = 30_000;

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Version { get; set; }

    public string State { get; set; } = nameof(ModuleVersionState.Draft);

    public string Content0 { get; set; } = "";

    public string? Content1 { get; set; }

    public string? Content2 { get; set; }

    public string EditedBy { get; set; } = "";

    public DateTimeOffset EditedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The signed vault artefact of the published text (what an auditor opens to see what staff were taught).</summary>
    public string? ArtefactId { get; set; }

    public static string KeyOf(int version) => $"v{version:D4}";

    public static ModuleVersionRow From(ModuleVersion v)
    {
        var json = JsonSerializer.Serialize(v.Content, ModuleJson.Options);
        var chunks = json.Chunk(ChunkChars).Select(c => new string(c)).ToList();
        if (chunks.Count > 3)
            throw new InvalidOperationException($"Module {v.ModuleId} v{v.Version} is {json.Length} characters as JSON; the content limits should keep it under {3 * ChunkChars}.");
        return new ModuleVersionRow
        {
            PartitionKey = v.ModuleId,
            RowKey = KeyOf(v.Version),
            Version = v.Version,
            State = v.State.ToString(),
            Content0 = chunks[0],
            Content1 = chunks.ElementAtOrDefault(1),
            Content2 = chunks.ElementAtOrDefault(2),
            EditedBy = v.EditedBy,
            EditedAt = v.EditedAt,
            PublishedBy = v.PublishedBy,
            PublishedAt = v.PublishedAt,
        };
    }

    public ModuleVersion ToDomain() => new(PartitionKey, Version, Enum.Parse<ModuleVersionState>(State),
        JsonSerializer.Deserialize<ModuleContent>(Content0 + Content1 + Content2, ModuleJson.Options)!, EditedBy, EditedAt, PublishedBy, PublishedAt);
}

/// <summary>A module's own state beside its versions (PK module id, RK "state"): whether it is retired, by whom, when.</summary>
public sealed class ModuleStateRow : ITableEntity
{
    public const string Key = "state";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = Key;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public bool Retired { get; set; }

    public string? ChangedBy { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }
}

internal static class ModuleJson
{
    /// <summary>Web names; Danish letters stored as themselves (the default \u00e6 escaping would triple the stored size).</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Authored module versions in the AwarenessModules table. Writes are conditional, so two editors never overwrite each other unseen.</summary>
public sealed class ModuleStore(TableServiceClient tables, StorageNames names)
{
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "AwarenessModules", ct);

    public async Task<IReadOnlyList<ModuleVersionRow>> VersionsAsync(string moduleId, CancellationToken ct)
    {
        if (!TableKeys.IsValid(moduleId))
            return [];
        var list = new List<ModuleVersionRow>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<ModuleVersionRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {moduleId} and RowKey ge {"v"} and RowKey lt {"w"}"), cancellationToken: ct))
            list.Add(row);
        return list;
    }

    public async Task<ModuleVersionRow?> FindAsync(string moduleId, int version, CancellationToken ct)
    {
        if (!TableKeys.IsValid(moduleId) || version < 1)
            return null;
        var found = await (await TableAsync(ct)).GetEntityIfExistsAsync<ModuleVersionRow>(moduleId, ModuleVersionRow.KeyOf(version), cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<ModuleVersionRow>> AllAsync(CancellationToken ct)
    {
        var list = new List<ModuleVersionRow>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<ModuleVersionRow>(TableClient.CreateQueryFilter($"RowKey ge {"v"} and RowKey lt {"w"}"), cancellationToken: ct))
            list.Add(row);
        return list;
    }

    /// <summary>The ids of retired modules (no longer offered to new campaigns).</summary>
    public async Task<IReadOnlySet<string>> RetiredAsync(CancellationToken ct)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in (await TableAsync(ct)).QueryAsync<ModuleStateRow>(
            TableClient.CreateQueryFilter($"RowKey eq {ModuleStateRow.Key} and Retired eq {true}"), cancellationToken: ct))
            ids.Add(row.PartitionKey);
        return ids;
    }

    public async Task<bool> IsRetiredAsync(string moduleId, CancellationToken ct) =>
        TableKeys.IsValid(moduleId)
        && (await (await TableAsync(ct)).GetEntityIfExistsAsync<ModuleStateRow>(moduleId, ModuleStateRow.Key, cancellationToken: ct)) is { HasValue: true } found
        && found.Value!.Retired;

    /// <summary>Retires a module or offers it again (last writer wins: both ask for the same end state).</summary>
    public async Task SetRetiredAsync(string moduleId, bool retired, string actor, DateTimeOffset now, CancellationToken ct) =>
        await (await TableAsync(ct)).UpsertEntityAsync(new ModuleStateRow { PartitionKey = moduleId, Retired = retired, ChangedBy = actor, ChangedAt = now },
            TableUpdateMode.Replace, ct);

    /// <summary>Deletes a draft if its ETag still matches; false when someone saved or published it meanwhile.</summary>
    public async Task<bool> TryDeleteAsync(ModuleVersionRow row, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Adds a new version; false when that version exists already (someone else started it first).</summary>
    public async Task<bool> TryAddAsync(ModuleVersionRow row, CancellationToken ct)
    {
        try
        {
            var response = await (await TableAsync(ct)).AddEntityAsync(row, ct);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces the row if its ETag still matches; false when someone changed it meanwhile.</summary>
    public async Task<bool> TryReplaceAsync(ModuleVersionRow row, CancellationToken ct)
    {
        try
        {
            var response = await (await TableAsync(ct)).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
