using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Reach;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Platform;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Bot;

/// <summary>One person's installation record: PK "user", RK Entra object id (table AppInstalls).</summary>
public sealed class AppInstallRow : ITableEntity
{
    public const string Partition = "user";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary><see cref="AppInstallState"/> by name.</summary>
    public string State { get; set; } = nameof(AppInstallState.Requested);

    public DateTimeOffset Since { get; set; }

    public string? Reason { get; set; }

    /// <summary>The reason's code and arguments (JSON), so a refusal read back is shown in the reader's language.</summary>
    public string? ReasonCode { get; set; }

    public string? ReasonArgs { get; set; }

    public CodedText? CodedReason() => NotReachedReasons.Read(Reason, ReasonCode, ReasonArgs);

    /// <summary>How many times Graph was asked (a lost event or a refusal that expired asks again).</summary>
    public int Requests { get; set; }

    public AppInstallState? ParsedState => Enum.TryParse<AppInstallState>(State, out var s) ? s : null;
}

/// <summary>
/// The claim that makes "install the app for this person" happen once across instances: the first caller inserts the
/// row (conditional insert, 409 for everyone else) and only it calls Graph; a later repeat is claimed by ETag.
/// </summary>
public sealed class AppInstallStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "AppInstalls";
    private TableClient? table;

    private async Task<TableClient> Table(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, TableName, ct);

    public async Task<AppInstallRow?> FindAsync(string objectId, CancellationToken ct)
    {
        var found = await (await Table(ct)).GetEntityIfExistsAsync<AppInstallRow>(AppInstallRow.Partition, objectId, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>
    /// Claims the request: inserts a Requested row when there is none (<paramref name="current"/> null), or replaces
    /// <paramref name="current"/> if nobody changed it since it was read. Null: another caller has it.
    /// </summary>
    public async Task<AppInstallRow?> TryClaimAsync(string objectId, AppInstallRow? current, DateTimeOffset now, CancellationToken ct)
    {
        var row = new AppInstallRow { RowKey = objectId, State = nameof(AppInstallState.Requested), Since = now, Requests = (current?.Requests ?? 0) + 1 };
        var client = await Table(ct);
        try
        {
            var response = current is null
                ? await client.AddEntityAsync(row, ct)
                : await client.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, ct);
            row.ETag = response.Headers.ETag ?? default;
            return row;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            return null;
        }
    }

    /// <summary>Records what Graph answered for a claimed request (only the claimant writes, so the ETag is ours).</summary>
    public async Task RecordAsync(AppInstallRow claimed, AppInstallState state, CodedText? reason, DateTimeOffset now, CancellationToken ct)
    {
        claimed.State = state.ToString();
        claimed.Reason = reason?.English;
        claimed.ReasonCode = reason?.Code;
        claimed.ReasonArgs = NotReachedReasons.ArgsJson(reason);
        claimed.Since = now;
        try
        {
            await (await Table(ct)).UpdateEntityAsync(claimed, claimed.ETag, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            // Someone re-claimed an expired record meanwhile: theirs is newer.
        }
    }

    /// <summary>Gives a claim back after a transient failure (throttled, unavailable), so the next sender asks again.</summary>
    public async Task ReleaseAsync(AppInstallRow claimed, CancellationToken ct)
    {
        try
        {
            await (await Table(ct)).DeleteEntityAsync(AppInstallRow.Partition, claimed.RowKey, claimed.ETag, ct);
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
        }
    }
}
