using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// The "RiskGovernance" table: numbered versions of the method ("method"), the yearly assessments ("assessment") and the
/// Statement of Applicability ("soa"), one partition each, RowKey = the number zero-padded so rows sort. A new number is
/// an insert, so two instances cannot both create version n; a decision on a version is an ETag-guarded replace.
/// </summary>
public sealed class GovernanceStore(TableServiceClient tables, StorageNames names)
{
    public const string Methods = "method";
    public const string Assessments = "assessment";
    public const string Soas = "soa";
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "RiskGovernance", ct);

    public async Task<IReadOnlyList<T>> ListAsync<T>(string kind, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.PartitionKey == kind, cancellationToken: ct))
            list.Add(RiskJson.Read<T>(row.GetString("Json")!));
        return list;
    }

    public async Task<(T Value, ETag ETag)?> FindAsync<T>(string kind, int number, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(kind, Key(number), cancellationToken: ct);
        return row.HasValue ? (RiskJson.Read<T>(row.Value!.GetString("Json")!), row.Value!.ETag) : null;
    }

    /// <summary>Adds version <paramref name="number"/>; false if it exists (someone else took the number).</summary>
    public async Task<bool> TryAddAsync<T>(string kind, int number, T value, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).AddEntityAsync(new TableEntity(kind, Key(number)) { ["Json"] = RiskJson.Write(value) }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Reads, changes and replaces version <paramref name="number"/> until no one else wrote in between.</summary>
    public async Task<T?> UpdateAsync<T>(string kind, int number, Func<T, T> change, CancellationToken ct) where T : class
    {
        var t = await TableAsync(ct);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (await FindAsync<T>(kind, number, ct) is not { } found)
                return null;
            var next = change(found.Value);
            try
            {
                await t.UpdateEntityAsync(new TableEntity(kind, Key(number)) { ["Json"] = RiskJson.Write(next) }, found.ETag, TableUpdateMode.Replace, ct);
                return next;
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // changed in between: read again
            }
        }
        throw new InvalidOperationException($"{kind} {number} could not be updated after 20 attempts.");
    }

    private static string Key(int number) => number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
