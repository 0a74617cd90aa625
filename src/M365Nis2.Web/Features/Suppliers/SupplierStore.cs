using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>A stored value with the ETag to replace it with.</summary>
public sealed record Stored<T>(T Value, ETag ETag);

/// <summary>
/// The "Suppliers" table. One partition per supplier: RowKey "supplier" (the register row as JSON), "assessment-&lt;id&gt;"
/// (one per assessment), "change-&lt;ticks&gt;" (the change history) and "reminders" (sent reminder markers), so the
/// reminder job and the CISO's edits never contend for one ETag.
/// </summary>
public sealed class SupplierStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "Suppliers";
    private const string SupplierRow = "supplier";
    private const string RemindersRow = "reminders";
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, TableName, ct);

    public async Task<IReadOnlyList<Supplier>> ListAsync(CancellationToken ct)
    {
        var list = new List<Supplier>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.RowKey == SupplierRow, cancellationToken: ct))
            list.Add(Read<Supplier>(row));
        return [.. list.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<Stored<Supplier>?> FindAsync(string id, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(id, SupplierRow, cancellationToken: ct);
        return row.HasValue ? new(Read<Supplier>(row.Value!), row.Value!.ETag) : null;
    }

    /// <summary>Adds every supplier in one batch per 100 rows; the import is all-or-nothing because each supplier is its own partition,
    /// so rows are added first and removed again if a later one fails.</summary>
    public async Task AddAllAsync(IReadOnlyList<Supplier> suppliers, CodedText change, CancellationToken ct)
    {
        var t = await TableAsync(ct);
        var added = new List<Supplier>();
        try
        {
            foreach (var s in suppliers)
            {
                await t.AddEntityAsync(Entity(s.Id, SupplierRow, s), ct);
                added.Add(s);
                await AddChangeAsync(s, change, ct);
            }
        }
        catch
        {
            foreach (var s in added)
                await t.DeleteEntityAsync(s.Id, SupplierRow, ETag.All, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Replaces the supplier if unchanged since read; false when someone else changed it first.</summary>
    public async Task<bool> TryReplaceAsync(Supplier supplier, ETag etag, CodedText change, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).UpdateEntityAsync(Entity(supplier.Id, SupplierRow, supplier), etag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
        await AddChangeAsync(supplier, change, ct);
        return true;
    }

    public async Task<IReadOnlyList<SupplierChange>> HistoryAsync(string id, CancellationToken ct)
    {
        var list = new List<SupplierChange>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.PartitionKey == id && e.RowKey.CompareTo("change-") >= 0 && e.RowKey.CompareTo("change.") < 0, cancellationToken: ct))
            list.Add(new SupplierChange(row.GetDateTimeOffset("At") ?? default, row.GetString("By") ?? "", row.GetString("What") ?? "", row.GetString("Code"), row.GetString("WhatDa")));
        return [.. list.OrderByDescending(c => c.At)];
    }

    public async Task<Stored<Assessment>?> FindAssessmentAsync(string supplierId, string assessmentId, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(supplierId, "assessment-" + assessmentId, cancellationToken: ct);
        return row.HasValue ? new(Read<Assessment>(row.Value!), row.Value!.ETag) : null;
    }

    public async Task<IReadOnlyList<Assessment>> AssessmentsAsync(string supplierId, CancellationToken ct)
    {
        var list = new List<Assessment>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.PartitionKey == supplierId && e.RowKey.CompareTo("assessment-") >= 0 && e.RowKey.CompareTo("assessment.") < 0, cancellationToken: ct))
            list.Add(Read<Assessment>(row));
        return [.. list.OrderByDescending(a => a.SentAt)];
    }

    public async Task AddAssessmentAsync(Assessment assessment, CancellationToken ct) =>
        await (await TableAsync(ct)).AddEntityAsync(Entity(assessment.SupplierId, "assessment-" + assessment.Id, assessment), ct);

    public async Task<bool> TryReplaceAssessmentAsync(Assessment assessment, ETag etag, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).UpdateEntityAsync(Entity(assessment.SupplierId, "assessment-" + assessment.Id, assessment), etag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Reminder markers already claimed for the supplier; ETag null when none yet.</summary>
    public async Task<(HashSet<string> Markers, ETag? ETag)> MarkersAsync(string id, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(id, RemindersRow, cancellationToken: ct);
        return row.HasValue
            ? ([.. JsonSerializer.Deserialize<string[]>(row.Value!.GetString("Markers") ?? "[]") ?? []], row.Value!.ETag)
            : ([], null);
    }

    /// <summary>Claims markers (conditional insert or ETag replace), so two instances never send the same reminder.</summary>
    public async Task<bool> TryClaimMarkersAsync(string id, IEnumerable<string> markers, ETag? etag, CancellationToken ct)
    {
        var entity = new TableEntity(id, RemindersRow) { ["Markers"] = JsonSerializer.Serialize(markers.Order(StringComparer.Ordinal).ToArray()) };
        try
        {
            var t = await TableAsync(ct);
            await (etag is { } e ? t.UpdateEntityAsync(entity, e, TableUpdateMode.Replace, ct) : t.AddEntityAsync(entity, ct));
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    // The English stays in "What" (what older builds and rows carry); the Danish is rendered once here, beside it, with its code.
    private async Task AddChangeAsync(Supplier s, CodedText what, CancellationToken ct)
    {
        var key = $"change-{s.UpdatedAt.UtcTicks:D19}-{Guid.NewGuid():N}";
        await (await TableAsync(ct)).AddEntityAsync(new TableEntity(s.Id, key)
        {
            ["At"] = s.UpdatedAt, ["By"] = s.UpdatedBy, ["What"] = what.English, ["Code"] = what.Code, ["WhatDa"] = what.Danish,
        }, ct);
    }

    private static TableEntity Entity<T>(string pk, string rk, T value) =>
        new(pk, rk) { ["Json"] = JsonSerializer.Serialize(value, SupplierJson.Options) };

    private static T Read<T>(TableEntity row) =>
        JsonSerializer.Deserialize<T>(row.GetString("Json") ?? "null", SupplierJson.Options) ?? throw new InvalidDataException($"Row {row.PartitionKey}/{row.RowKey} is empty.");
}

/// <summary>One line of a supplier's change history.</summary>
/// <param name="WhatDa">The Danish of the line (with its <paramref name="Code"/>); null on rows written before lines were coded.</param>
public sealed record SupplierChange(DateTimeOffset At, string By, string What, string? Code = null, string? WhatDa = null);
