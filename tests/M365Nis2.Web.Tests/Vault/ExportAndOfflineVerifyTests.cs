using M365Nis2.Web.Tests.Support;
using System.Diagnostics;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Tests.Vault;

public class ExportAndOfflineVerifyTests
{
    private static async Task<(string Folder, List<ArtefactReceipt> Receipts)> ExportThreeAsync()
    {
        using var v = new VaultTestApp();
        var receipts = new List<ArtefactReceipt>
        {
            await v.PutTextAsync("{\"mfa\":0.97}", "evidence.mfa", "art21.2.j"),
            await v.PutTextAsync("{\"approval\":\"policy v3\"}", "approval.round", "art20.1"),
            await v.PutTextAsync("{\"course\":\"NIS2 for boards\"}", "training.attendance", "art20.2"),
        };
        var folder = Path.Combine(Directory.CreateTempSubdirectory("m365nis2-export-").FullName, "pack");
        var summary = await v.Vault.ExportAsync(folder);
        Assert.Equal((3, 3), (summary.Entries, summary.Artefacts));
        return (folder, receipts);
    }

    private static async Task<(int ExitCode, string Output)> VerifyInProcessAsync(string folder)
    {
        using var output = new StringWriter();
        var exit = await VerifyCommand.RunAsync(["verify", folder], output);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Exported_pack_verifies_offline_with_the_verify_command_and_openssl()
    {
        var (folder, receipts) = await ExportThreeAsync();

        var (exit, output) = await VerifyCli.RunAsync(folder);
        var openssl = OpenSslSignatureTests.OpenSslVerify(
            Path.Combine(folder, "artefacts", receipts[0].Id), Path.Combine(folder, "artefacts", receipts[0].Id + ".p7s"), Path.Combine(folder, "signing-certificate.pem"));

        Assert.True(exit == 0, output);
        Assert.Contains("VERIFIED: 3 entries", output, StringComparison.Ordinal);
        Assert.Contains($"#2 {receipts[1].Id} approval.round  OK", output, StringComparison.Ordinal);
        Assert.True(openssl.ExitCode == 0, openssl.Output);
        Assert.True(File.Exists(Path.Combine(folder, "artefacts", receipts[0].Id + ".json")));
        Assert.Contains("openssl cms -verify -binary -inform DER", await File.ReadAllTextAsync(Path.Combine(folder, "README.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Altered_exported_artefact_fails_verification_and_names_the_entry()
    {
        var (folder, receipts) = await ExportThreeAsync();
        var path = Path.Combine(folder, "artefacts", receipts[1].Id);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[3] ^= 0x20;
        await File.WriteAllBytesAsync(path, bytes);

        var (exit, output) = await VerifyCli.RunAsync(folder);

        Assert.Equal(1, exit);
        Assert.Contains($"#2 {receipts[1].Id} approval.round  FAIL ContentHashMismatch", output, StringComparison.Ordinal);
        Assert.Contains($"#1 {receipts[0].Id} evidence.mfa  OK", output, StringComparison.Ordinal);
        Assert.Contains("NOT VERIFIED", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edited_exported_ledger_fails_verification_and_names_the_entry()
    {
        var (folder, receipts) = await ExportThreeAsync();
        var ledgerPath = Path.Combine(folder, "ledger.json");
        var ledger = JsonNode.Parse(await File.ReadAllTextAsync(ledgerPath))!;
        ledger["entries"]![0]!["actor"] = "oid:someone-else";
        await File.WriteAllTextAsync(ledgerPath, ledger.ToJsonString());

        var (exit, output) = await VerifyInProcessAsync(folder);

        Assert.Equal(1, exit);
        Assert.Contains($"#1 {receipts[0].Id} evidence.mfa  FAIL EntryHashMismatch", output, StringComparison.Ordinal);
        Assert.Contains("ledger.json  FAIL LedgerSignatureInvalid", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removed_exported_signature_fails_verification()
    {
        var (folder, receipts) = await ExportThreeAsync();
        File.Delete(Path.Combine(folder, "artefacts", receipts[2].Id + ".p7s"));

        var (exit, output) = await VerifyInProcessAsync(folder);

        Assert.Equal(1, exit);
        Assert.Contains($"#3 {receipts[2].Id} training.attendance  FAIL SignatureMissing", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_that_is_not_an_export_exits_with_2()
    {
        var empty = Directory.CreateTempSubdirectory("m365nis2-empty-").FullName;

        var (exit, output) = await VerifyInProcessAsync(empty);

        Assert.Equal(2, exit);
        Assert.Contains("Cannot read the export", output, StringComparison.Ordinal);
        Assert.Equal(2, (await VerifyCommand.RunAsync(["verify"], TextWriter.Null)));
    }
}
