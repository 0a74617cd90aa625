using System.Security.Cryptography.X509Certificates;
using M365Nis2.Domain.Vault;
using M365Nis2.Web.Infrastructure.Signing;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// The ONE verification routine, used by GET /api/ledger/verify (blobs) and by the offline verify command (folder):
/// chain rules from the Domain, then per entry: content present and hashing to its id, signature valid and trusted.
/// </summary>
public static class VaultVerifier
{
    public static async Task<VerificationReport> VerifyAsync(IReadOnlyList<LedgerEntry> entries, long? expectedCount, IArtefactSource source,
        X509Certificate2 trusted, CancellationToken ct)
    {
        var problems = new List<VaultProblem>(LedgerChain.Verify(entries, expectedCount));
        foreach (var entry in entries)
        {
            var content = await source.ReadContentAsync(entry.ArtefactId, ct);
            if (LedgerChain.CheckContent(entry, content ?? [], content is not null) is { } contentProblem)
            {
                problems.Add(contentProblem);
            }
            if (content is not null && CmsSignatures.Check(entry, content, await source.ReadSignatureAsync(entry.ArtefactId, ct), trusted) is { } signatureProblem)
            {
                problems.Add(signatureProblem);
            }
        }
        return new VerificationReport(entries.Count, [.. problems.OrderBy(p => p.Sequence).ThenBy(p => p.Kind)]);
    }
}
