using Azure.Data.Tables;

namespace M365Nis2.Web.Infrastructure.Storage;

public static class TableExtensions
{
    /// <summary>
    /// A table client for a logical name, creating the table on first use. Creation is idempotent, so racing
    /// callers are harmless; callers should cache the returned client.
    /// </summary>
    public static async Task<TableClient> GetReadyTableAsync(this TableServiceClient service, StorageNames names, string logicalName, CancellationToken ct = default)
    {
        var table = service.GetTableClient(names.Table(logicalName));
        await table.CreateIfNotExistsAsync(ct);
        return table;
    }
}
