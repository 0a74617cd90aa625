using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using M365Nis2.Domain.Vault;
using M365Nis2.Web.Infrastructure.Signing;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// The audit pack: artefacts/&lt;id&gt; (+ .p7s, + .json metadata), ledger.json (+ ledger.json.p7s, so a truncated or
/// edited ledger is caught), signing-certificate.pem and README.txt with the openssl commands.
/// </summary>
public static class VaultExport
{
    public const string ArtefactsFolder = "artefacts";
    public const string LedgerFile = "ledger.json";
    public const string CertificateFile = "signing-certificate.pem";

    public static async Task<ExportSummary> WriteAsync(string targetFolder, IReadOnlyList<LedgerEntry> entries, IEvidenceVault vault,
        X509Certificate2 certificate, DateTimeOffset now, CancellationToken ct)
    {
        var folder = Path.GetFullPath(targetFolder);
        var artefacts = Directory.CreateDirectory(Path.Combine(folder, ArtefactsFolder)).FullName;
        var written = 0;
        foreach (var entry in entries.Where(e => ArtefactIds.IsWellFormed(e.ArtefactId)))
        {
            var path = Path.Combine(artefacts, entry.ArtefactId);
            if (await vault.GetContentAsync(entry.ArtefactId, ct) is { } content)
            {
                await File.WriteAllBytesAsync(path, content.Content, ct);
                written++;
            }
            if (await vault.GetSignatureAsync(entry.ArtefactId, ct) is { } signature)
            {
                await File.WriteAllBytesAsync(path + ".p7s", signature, ct);
            }
            if (await vault.FindAsync(entry.ArtefactId, ct) is { } record)
            {
                await File.WriteAllTextAsync(path + ".json", JsonSerializer.Serialize(record, ExportedLedger.Json), ct);
            }
        }
        var ledgerBytes = JsonSerializer.SerializeToUtf8Bytes(ExportedLedger.From(entries, now), ExportedLedger.Json);
        await File.WriteAllBytesAsync(Path.Combine(folder, LedgerFile), ledgerBytes, ct);
        await File.WriteAllBytesAsync(Path.Combine(folder, LedgerFile + ".p7s"), CmsSignatures.Sign(ledgerBytes, certificate, now), ct);
        await File.WriteAllTextAsync(Path.Combine(folder, CertificateFile), certificate.ExportCertificatePem() + "\n", ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "README.txt"), Readme(certificate), ct);
        return new ExportSummary(folder, entries.Count, written);
    }

    public static string Fingerprint(X509Certificate2 certificate) =>
        Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256));

    private static string Readme(X509Certificate2 certificate) => $$"""
        M365Nis2 evidence export
        ========================
        Signing certificate: {{certificate.Subject}}
        SHA-256 fingerprint: {{Fingerprint(certificate)}}
        First compare this fingerprint with the one the organisation published to you (out of band):
          openssl x509 -in signing-certificate.pem -noout -fingerprint -sha256

        1. Every artefact is named by the SHA-256 of its content:
             sha256sum artefacts/<id>          (the printed hash must equal <id>)
        2. Every artefact has a detached CMS (PKCS#7) signature, DER encoded:
             openssl cms -verify -binary -inform DER -in artefacts/<id>.p7s -content artefacts/<id> -CAfile signing-certificate.pem -purpose any -out /dev/null
           It prints "CMS Verification successful". All at once:
             for f in artefacts/*.p7s; do openssl cms -verify -binary -inform DER -in "$f" -content "${f%.p7s}" -CAfile signing-certificate.pem -purpose any -out /dev/null || echo "FAILED: $f"; done
        3. ledger.json is the hash chain (format m365nis2-ledger-v1) and is itself signed (ledger.json.p7s, same command).
           entryHash = sha256 of these lines, each ending in LF:
             m365nis2-ledger-v1
             sequence=<sequence>
             artefact=<artefactId>
             kind=<kind>
             time=<time>
             actor=<actor>
             previous=<previousHash>
           e.g.: printf 'm365nis2-ledger-v1\nsequence=%s\nartefact=%s\nkind=%s\ntime=%s\nactor=%s\nprevious=%s\n' 1 <id> <kind> <time> <actor> <prev> | sha256sum
           previousHash of sequence 1 is 64 zeros; of every other entry, the entryHash of the entry before it.
        4. Or run all checks at once with the application:
             dotnet run --project src/M365Nis2.Web -- verify <this folder>
           (exit code 0 only when everything verifies).
        """;
}
