using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// The "Artefacts" table: one row per artefact (PartitionKey = id, RowKey "artefact") and one copy per control
/// (PartitionKey "control:&lt;controlId&gt;", RowKey = id) so listing a control's evidence is one partition query.
/// Rows are only ever added (first write wins), so re-puts and retries are harmless.
/// </summary>
public sealed class ArtefactIndex(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Artefacts";
    private const string MainRowKey = "artefact";
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, TableName, ct);

    public static string ControlPartition(string controlId) => "control:" + controlId;

    public async Task<ArtefactRecord?> FindAsync(string id, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(id, MainRowKey, cancellationToken: ct);
        return row.HasValue ? FromEntity(row.Value!, id) : null;
    }

    public async Task<IReadOnlyList<ArtefactRecord>> ListByControlAsync(string controlId, CancellationToken ct)
    {
        var partition = ControlPartition(controlId);
        var list = new List<ArtefactRecord>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: ct))
        {
            list.Add(FromEntity(row, row.RowKey));
        }
        return [.. list.OrderBy(r => r.LedgerSequence)];
    }

    public async Task AddAsync(ArtefactRecord record, CancellationToken ct)
    {
        var t = await TableAsync(ct);
        foreach (var (partition, rowKey) in record.ControlIds.Select(c => (ControlPartition(c), record.Id)).Prepend((record.Id, MainRowKey)))
        {
            try
            {
                await t.AddEntityAsync(ToEntity(record, partition, rowKey), ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // Already indexed by an earlier (or concurrent) put of the same content.
            }
        }
    }

    /// <summary>Adds the controls the record does not name yet: their partition rows, then the main row's list (ETag-merged).</summary>
    public async Task LinkAsync(ArtefactRecord record, IReadOnlyCollection<string> controlIds, CancellationToken ct)
    {
        var added = controlIds.Where(c => !record.ControlIds.Contains(c, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        if (added.Count == 0)
        {
            return;
        }
        var t = await TableAsync(ct);
        foreach (var control in added)
        {
            try
            {
                await t.AddEntityAsync(ToEntity(record with { ControlIds = [.. record.ControlIds, control] }, ControlPartition(control), record.Id), ct);
            }
            catch (RequestFailedException ex) when (ex.Status == 409)
            {
                // linked concurrently
            }
        }
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var main = await t.GetEntityAsync<TableEntity>(record.Id, MainRowKey, cancellationToken: ct);
            var current = (main.Value.GetString("ControlIds") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
            var merged = current.Union(added, StringComparer.Ordinal).ToList();
            if (merged.Count == current.Length)
            {
                return;
            }
            try
            {
                await t.UpdateEntityAsync(new TableEntity(record.Id, MainRowKey) { ["ControlIds"] = string.Join(',', merged) }, main.Value.ETag, TableUpdateMode.Merge, ct);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // another link won the race: re-read and merge again
            }
        }
    }

    private static TableEntity ToEntity(ArtefactRecord r, string partition, string rowKey) => new(partition, rowKey)
    {
        ["Kind"] = r.Kind,
        ["ContentType"] = r.ContentType,
        ["Size"] = r.Size,
        ["ControlIds"] = string.Join(',', r.ControlIds),
        ["CreatedAt"] = r.CreatedAt,
        ["Actor"] = r.Actor,
        ["MetadataJson"] = JsonSerializer.Serialize(r.Metadata),
        ["LedgerSequence"] = r.LedgerSequence,
    };

    private static ArtefactRecord FromEntity(TableEntity e, string id) => new(
        id,
        e.GetString("Kind") ?? "",
        e.GetString("ContentType") ?? "application/octet-stream",
        e.GetInt64("Size") ?? 0,
        (e.GetString("ControlIds") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries),
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetString("Actor") ?? "",
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("MetadataJson") ?? "{}") ?? [],
        e.GetInt64("LedgerSequence") ?? 0);
}
