using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using M365Nis2.Domain.Vault;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// Content and signature blobs in the "artefacts" container (WORM in Azure). Every upload is If-None-Match: *, so an
/// existing blob is never overwritten; "already there" is reported, not treated as an error.
/// </summary>
public sealed class ArtefactBlobStore(BlobServiceClient blobs, StorageNames names) : IArtefactSource
{
    public const string ContainerName = "artefacts";
    private BlobContainerClient? container;

    public async Task<BlobContainerClient> ContainerAsync(CancellationToken ct)
    {
        if (container is null)
        {
            var c = blobs.GetBlobContainerClient(names.Container(ContainerName));
            await c.CreateIfNotExistsAsync(cancellationToken: ct);
            container = c;
        }
        return container;
    }

    /// <summary>True when this call created the blob; false when it already existed (its bytes are untouched).</summary>
    public async Task<bool> CreateIfMissingAsync(string blobName, byte[] content, string contentType, IDictionary<string, string>? metadata, CancellationToken ct)
    {
        var blob = (await ContainerAsync(ct)).GetBlobClient(blobName);
        try
        {
            await blob.UploadAsync(new BinaryData(content), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Metadata = metadata,
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<bool> ExistsAsync(string blobName, CancellationToken ct) =>
        await (await ContainerAsync(ct)).GetBlobClient(blobName).ExistsAsync(ct);

    public async Task<(byte[] Content, string ContentType)?> ReadAsync(string blobName, CancellationToken ct)
    {
        try
        {
            var result = await (await ContainerAsync(ct)).GetBlobClient(blobName).DownloadContentAsync(ct);
            return (result.Value.Content.ToArray(), result.Value.Details.ContentType ?? "application/octet-stream");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<byte[]?> ReadContentAsync(string id, CancellationToken ct) =>
        ArtefactIds.IsWellFormed(id) ? (await ReadAsync(ArtefactIds.BlobName(id), ct))?.Content : null;

    public async Task<byte[]?> ReadSignatureAsync(string id, CancellationToken ct) =>
        ArtefactIds.IsWellFormed(id) ? (await ReadAsync(ArtefactIds.SignatureBlobName(id), ct))?.Content : null;
}
