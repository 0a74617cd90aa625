using M365Nis2.Domain.Vault;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// The evidence vault every feature stores its proof in: content-addressed, signed (detached CMS), recorded once in a
/// hash-chained ledger, listable per NIS2 control, exportable for offline verification.
/// </summary>
[FeatureContract]
public interface IEvidenceVault
{
    /// <summary>
    /// Stores <paramref name="content"/> (id = lowercase hex sha256 of it), signs it and records it in the ledger.
    /// Identical content put again returns the same id and ledger sequence with Created = false: no second blob, no
    /// second ledger entry, and the first put's kind, controls and metadata stand. Throws ArgumentException on bad input.
    /// </summary>
    /// <param name="kind">What the artefact is, e.g. "evidence.mfa.raw"; ≤ 256 chars, no control characters.</param>
    /// <param name="controlIds">NIS2 controls it supports, e.g. "art21.2.j" (letters, digits, '.', '_', ':', '-').</param>
    /// <param name="metadata">Small descriptive key/values (≤ 4 KB as JSON); NOT signed — put what must be signed in the content.</param>
    /// <param name="actor">Who caused it: a user's object id or a job name, e.g. "job:mfa-collector".</param>
    Task<ArtefactReceipt> PutAsync(byte[] content, string contentType, string kind, IReadOnlyCollection<string> controlIds,
        IReadOnlyDictionary<string, string>? metadata, string actor, CancellationToken ct = default);

    Task<ArtefactRecord?> FindAsync(string id, CancellationToken ct = default);

    Task<ArtefactContent?> GetContentAsync(string id, CancellationToken ct = default);

    Task<byte[]?> GetSignatureAsync(string id, CancellationToken ct = default);

    /// <summary>Artefacts tagged with the control, in ledger order.</summary>
    Task<IReadOnlyList<ArtefactRecord>> ListByControlAsync(string controlId, CancellationToken ct = default);

    Task<VerificationReport> VerifyAsync(CancellationToken ct = default);

    /// <summary>Writes an offline-verifiable pack (see docs/vault.md) into <paramref name="targetFolder"/> (created if needed).</summary>
    Task<ExportSummary> ExportAsync(string targetFolder, CancellationToken ct = default);
}
