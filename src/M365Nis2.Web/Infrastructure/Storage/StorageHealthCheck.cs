using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>Healthy when both the table and the blob endpoint answer an authenticated request.</summary>
public sealed class StorageHealthCheck(TableServiceClient tables, BlobServiceClient blobs) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }
            await foreach (var _ in blobs.GetBlobContainersAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }
            return HealthCheckResult.Healthy("storage reachable");
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException or TaskCanceledException)
        {
            return HealthCheckResult.Unhealthy("storage unreachable: " + ex.Message);
        }
    }
}
