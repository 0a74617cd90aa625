using System.Text.Json;
using System.Text.RegularExpressions;
using M365Nis2.Domain.Vault;
using M365Nis2.Web.Infrastructure.Signing;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// Put order matters for crash safety: content blob, then signature blob, then ledger, then index. A ledger entry
/// therefore always has its content and signature; a crash in between is repaired by putting the same content again.
/// </summary>
public sealed partial class EvidenceVault(ArtefactBlobStore blobs, LedgerStore ledger, ArtefactIndex index,
    ISigningCertificateProvider certificates, TimeProvider time) : IEvidenceVault
{
    private const int MaxMetadataJsonLength = 4096;

    public async Task<ArtefactReceipt> PutAsync(byte[] content, string contentType, string kind, IReadOnlyCollection<string> controlIds,
        IReadOnlyDictionary<string, string>? metadata, string actor, CancellationToken ct = default)
    {
        var metadataJson = Validate(content, contentType, kind, controlIds, metadata, actor);
        var id = ArtefactIds.Compute(content);
        if (await index.FindAsync(id, ct) is { } known)
        {
            // The same bytes filed again for another control (or as another policy) are one artefact serving both:
            // link it to the new controls, so each control's evidence list shows it.
            await index.LinkAsync(known, controlIds, ct);
            return new ArtefactReceipt(id, known.LedgerSequence, Created: false);
        }

        var now = time.GetUtcNow();
        var blobMetadata = new Dictionary<string, string>
        {
            ["kind"] = Uri.EscapeDataString(kind),
            ["actor"] = Uri.EscapeDataString(actor),
            ["controls"] = Uri.EscapeDataString(string.Join(',', controlIds)),
            ["created"] = LedgerCanonical.FormatTime(now),
            ["metadata"] = Uri.EscapeDataString(metadataJson),
        };
        await blobs.CreateIfMissingAsync(ArtefactIds.BlobName(id), content, contentType, blobMetadata, ct);
        if (!await blobs.ExistsAsync(ArtefactIds.SignatureBlobName(id), ct))
        {
            var certificate = await certificates.GetAsync(ct);
            var signature = CmsSignatures.Sign(content, certificate, now);
            await blobs.CreateIfMissingAsync(ArtefactIds.SignatureBlobName(id), signature, "application/pkcs7-signature", null, ct);
        }
        var (entry, appended) = await ledger.AppendAsync(id, kind, actor, ct);
        await index.AddAsync(new ArtefactRecord(id, kind, contentType, content.LongLength, [.. controlIds], now, actor,
            metadata ?? new Dictionary<string, string>(), entry.Sequence), ct);
        return new ArtefactReceipt(id, entry.Sequence, appended);
    }

    public Task<ArtefactRecord?> FindAsync(string id, CancellationToken ct = default) =>
        ArtefactIds.IsWellFormed(id) ? index.FindAsync(id, ct) : Task.FromResult<ArtefactRecord?>(null);

    public async Task<ArtefactContent?> GetContentAsync(string id, CancellationToken ct = default) =>
        ArtefactIds.IsWellFormed(id) && await blobs.ReadAsync(ArtefactIds.BlobName(id), ct) is { } blob
            ? new ArtefactContent(id, blob.ContentType, blob.Content)
            : null;

    public Task<byte[]?> GetSignatureAsync(string id, CancellationToken ct = default) => blobs.ReadSignatureAsync(id, ct);

    public Task<IReadOnlyList<ArtefactRecord>> ListByControlAsync(string controlId, CancellationToken ct = default) =>
        IsValidControlId(controlId)
            ? index.ListByControlAsync(controlId, ct)
            : throw new ArgumentException($"'{controlId}' is not a control id (letters, digits, '.', '_', ':', '-').", nameof(controlId));

    public async Task<VerificationReport> VerifyAsync(CancellationToken ct = default)
    {
        var (entries, head) = await ledger.ReadAllAsync(ct);
        return await VaultVerifier.VerifyAsync(entries, head, blobs, await certificates.GetAsync(ct), ct);
    }

    public async Task<ExportSummary> ExportAsync(string targetFolder, CancellationToken ct = default)
    {
        var (entries, _) = await ledger.ReadAllAsync(ct);
        return await VaultExport.WriteAsync(targetFolder, entries, this, await certificates.GetAsync(ct), time.GetUtcNow(), ct);
    }

    public static bool IsValidControlId(string? controlId) => controlId is not null && ControlIdPattern().IsMatch(controlId);

    private static string Validate(byte[] content, string contentType, string kind, IReadOnlyCollection<string> controlIds,
        IReadOnlyDictionary<string, string>? metadata, string actor)
    {
        if (content.Length == 0)
        {
            throw new ArgumentException("An artefact needs content.", nameof(content));
        }
        if (string.IsNullOrWhiteSpace(contentType) || contentType.Any(char.IsControl))
        {
            throw new ArgumentException("A content type such as application/json is required.", nameof(contentType));
        }
        if (!LedgerCanonical.IsValidField(kind))
        {
            throw new ArgumentException("Kind must be 1-256 characters without control characters.", nameof(kind));
        }
        if (!LedgerCanonical.IsValidField(actor))
        {
            throw new ArgumentException("Actor must be 1-256 characters without control characters.", nameof(actor));
        }
        if (controlIds.FirstOrDefault(c => !IsValidControlId(c)) is { } bad)
        {
            throw new ArgumentException($"'{bad}' is not a control id (letters, digits, '.', '_', ':', '-').", nameof(controlIds));
        }
        var json = JsonSerializer.Serialize(metadata ?? new Dictionary<string, string>());
        return json.Length <= MaxMetadataJsonLength
            ? json
            : throw new ArgumentException($"Metadata is {json.Length} characters of JSON; at most {MaxMetadataJsonLength}. Put large data in the content.", nameof(metadata));
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex ControlIdPattern();
}
