using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using M365Nis2.Domain.Vault;
using M365Nis2.Web.Infrastructure.Signing;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// `dotnet run --project src/M365Nis2.Web -- verify &lt;folder&gt;`: verifies an exported pack offline (no storage, no
/// host) with the same <see cref="VaultVerifier"/> as the API. Exit code 0 only when everything verifies; 1 when
/// something does not; 2 when the folder is not a readable export.
/// </summary>
public static class VerifyCommand
{
    public static int Run(string[] args) => RunAsync(args, Console.Out).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Length != 2)
        {
            await output.WriteLineAsync("usage: verify <export folder>");
            return 2;
        }
        var folder = Path.GetFullPath(args[1]);
        ExportedLedger? ledger;
        X509Certificate2 certificate;
        byte[] ledgerBytes;
        try
        {
            ledgerBytes = await File.ReadAllBytesAsync(Path.Combine(folder, VaultExport.LedgerFile));
            ledger = JsonSerializer.Deserialize<ExportedLedger>(ledgerBytes, ExportedLedger.Json);
            certificate = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(Path.Combine(folder, VaultExport.CertificateFile)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or CryptographicException)
        {
            await output.WriteLineAsync($"Cannot read the export in {folder}: {ex.Message}");
            return 2;
        }
        if (ledger?.Entries is null)
        {
            await output.WriteLineAsync($"{VaultExport.LedgerFile} in {folder} has no entries array.");
            return 2;
        }

        using (certificate)
        {
            await output.WriteLineAsync($"Signing certificate: {certificate.Subject}, SHA-256 fingerprint {VaultExport.Fingerprint(certificate)}");
            var entries = ledger.Entries.Select(e => e.ToEntry()).ToList();
            var report = await VaultVerifier.VerifyAsync(entries, null, new FolderArtefactSource(folder), certificate, CancellationToken.None);
            var problems = report.Problems.ToList();
            var ledgerSignature = ReadIfExists(Path.Combine(folder, VaultExport.LedgerFile + ".p7s"));
            var ledgerAsEntry = new LedgerEntry(0, "ledger.json", "ledger", DateTimeOffset.MinValue, "export", "", "");
            if (CmsSignatures.Check(ledgerAsEntry, ledgerBytes, ledgerSignature, certificate) is { } ledgerProblem)
            {
                problems.Insert(0, ledgerProblem with { Kind = VaultProblemKind.LedgerSignatureInvalid, ArtefactId = null });
            }
            await PrintAsync(output, entries, problems);
            return problems.Count == 0 ? 0 : 1;
        }
    }

    private static async Task PrintAsync(TextWriter output, List<LedgerEntry> entries, List<VaultProblem> problems)
    {
        foreach (var p in problems.Where(p => p.Sequence == 0))
        {
            await output.WriteLineAsync($"ledger.json  FAIL {p.Kind}: {p.Detail}");
        }
        foreach (var entry in entries)
        {
            var own = problems.Where(p => p.Sequence == entry.Sequence && p.ArtefactId == entry.ArtefactId).ToList();
            await output.WriteLineAsync(own.Count == 0
                ? $"#{entry.Sequence} {entry.ArtefactId} {entry.Kind}  OK"
                : $"#{entry.Sequence} {entry.ArtefactId} {entry.Kind}  FAIL " + string.Join("; ", own.Select(p => $"{p.Kind}: {p.Detail}")));
        }
        foreach (var p in problems.Where(p => p.Sequence > 0 && p.ArtefactId is null))
        {
            await output.WriteLineAsync($"#{p.Sequence}  FAIL {p.Kind}: {p.Detail}");
        }
        await output.WriteLineAsync(problems.Count == 0
            ? $"VERIFIED: {entries.Count} entries, chain intact, every content hash and signature valid."
            : $"NOT VERIFIED: {entries.Count} entries, {problems.Count} problem(s).");
    }

    private static byte[]? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllBytes(path) : null;
}
