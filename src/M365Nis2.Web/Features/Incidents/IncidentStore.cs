using System.Collections.Immutable;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>A stored value with the ETag to update it with.</summary>
public sealed record Versioned<T>(T Value, ETag ETag);

/// <summary>
/// The "Incidents" table. One partition per incident: RowKey "incident" (the register row), "draft-&lt;stage&gt;" (one
/// row per report draft, each field its own property so 10 000-character fields fit) and "reminders" (sent markers).
/// Separate rows keep the reminder job and the CISO's edits from contending for one ETag.
/// </summary>
public sealed class IncidentStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Incidents";
    private const string IncidentRow = "incident";
    private const string RemindersRow = "reminders";
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, TableName, ct);

    /// <summary>Adds the incident; when its id exists already (a retried create), returns the stored one with Created = false.</summary>
    public async Task<(Incident Incident, bool Created)> AddAsync(Incident incident, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).AddEntityAsync(IncidentRows.ToEntity(incident, IncidentRow), ct);
            return (incident, true);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var existing = await FindAsync(incident.Id, ct) ?? throw new InvalidOperationException($"Incident {incident.Id} conflicted but is not there.");
            return (existing.Value, false);
        }
    }

    public async Task<Versioned<Incident>?> FindAsync(string id, CancellationToken ct)
    {
        if (!TableKeys.IsValid(id))
        {
            return null;
        }
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(id, IncidentRow, cancellationToken: ct);
        return row.HasValue ? new(IncidentRows.FromEntity(row.Value!), row.Value!.ETag) : null;
    }

    public async Task<IReadOnlyList<Incident>> ListAsync(CancellationToken ct)
    {
        var list = new List<Incident>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.RowKey == IncidentRow, cancellationToken: ct))
        {
            list.Add(IncidentRows.FromEntity(row));
        }
        return list;
    }

    /// <summary>Replaces the register row if it is unchanged since read; false when someone else changed it first.</summary>
    public async Task<bool> TryReplaceAsync(Incident incident, ETag etag, CancellationToken ct) =>
        await TryAsync(async t => await t.UpdateEntityAsync(IncidentRows.ToEntity(incident, IncidentRow), etag, TableUpdateMode.Replace, ct), ct);

    public async Task<Versioned<ReportDraft>?> FindDraftAsync(string id, IncidentStage stage, CancellationToken ct)
    {
        if (!TableKeys.IsValid(id))
        {
            return null;
        }
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(id, DraftRow(stage), cancellationToken: ct);
        if (!row.HasValue)
        {
            return null;
        }
        var draft = new ReportDraft(stage);
        foreach (var field in draft.Fields)
        {
            draft = draft.With(field.Id, row.Value!.GetString(field.Id));
        }
        return new(draft, row.Value!.ETag);
    }

    /// <summary>Saves a draft: added when <paramref name="etag"/> is null, else replaced if unchanged since read.</summary>
    public async Task<bool> TrySaveDraftAsync(string id, ReportDraft draft, ETag? etag, CancellationToken ct)
    {
        var entity = new TableEntity(id, DraftRow(draft.Stage));
        foreach (var (field, value) in draft.Values)
        {
            entity[field] = value;
        }
        return await TryAsync(t => etag is { } e
            ? t.UpdateEntityAsync(entity, e, TableUpdateMode.Replace, ct)
            : t.AddEntityAsync(entity, ct), ct);
    }

    /// <summary>The reminder markers already sent (or claimed) for the incident; ETag null when none yet.</summary>
    public async Task<(IReadOnlySet<string> Markers, ETag? ETag)> GetMarkersAsync(string id, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(id, RemindersRow, cancellationToken: ct);
        if (!row.HasValue)
        {
            return (ImmutableHashSet<string>.Empty, null);
        }
        var markers = JsonSerializer.Deserialize<string[]>(row.Value!.GetString("Markers") ?? "[]") ?? [];
        return (markers.ToImmutableHashSet(StringComparer.Ordinal), row.Value!.ETag);
    }

    public async Task<bool> TrySaveMarkersAsync(string id, IEnumerable<string> markers, ETag? etag, CancellationToken ct)
    {
        var entity = new TableEntity(id, RemindersRow) { ["Markers"] = JsonSerializer.Serialize(markers.Order(StringComparer.Ordinal).ToArray()) };
        return await TryAsync(t => etag is { } e
            ? t.UpdateEntityAsync(entity, e, TableUpdateMode.Replace, ct)
            : t.AddEntityAsync(entity, ct), ct);
    }

    private static string DraftRow(IncidentStage stage) => "draft-" + stage.Id();

    private async Task<bool> TryAsync(Func<TableClient, Task<Response>> write, CancellationToken ct)
    {
        try
        {
            await write(await TableAsync(ct));
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}
