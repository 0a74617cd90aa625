using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using M365Nis2.Web.Features.Tab;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Vault;

namespace M365Nis2.Web.Tests.Tab;

public class AuditPackTests
{
    [Fact]
    public async Task Audit_pack_zip_verifies_offline_with_the_verify_command_and_openssl_and_indexes_each_control()
    {
        // A work folder of its own: other tests build packs in parallel, so the system temp folder proves nothing.
        var workFolder = Directory.CreateTempSubdirectory("m365nis2-auditpack-work-").FullName;
        using var app = new TestApp(new Dictionary<string, string?> { ["AuditPack:WorkFolder"] = workFolder });
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        using var upload = await ciso.PostAsync("/api/controls/art21.2.c/evidence", ManualEvidenceApiTests.Form("restore-test.txt"));
        var stored = (await upload.Content.ReadFromJsonAsync<ManualEvidenceUpload.Result>())!;

        using var response = await ciso.GetAsync("/api/audit-pack");
        var folder = Directory.CreateTempSubdirectory("m365nis2-auditpack-test-").FullName;
        await using (var zip = await response.Content.ReadAsStreamAsync())
        {
            await ZipFile.ExtractToDirectoryAsync(zip, folder);
        }
        var (exit, output) = await VerifyCli.RunAsync(folder);
        var openssl = OpenSslSignatureTests.OpenSslVerify(Path.Combine(folder, "artefacts", stored.ManifestId),
            Path.Combine(folder, "artefacts", stored.ManifestId + ".p7s"), Path.Combine(folder, "signing-certificate.pem"));
        var index = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
        var page = await File.ReadAllTextAsync(Path.Combine(folder, "controls", "art21.2.c.html"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("m365nis2-audit-pack-", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        Assert.True(exit == 0, output);
        Assert.Contains("VERIFIED: 2 entries", output, StringComparison.Ordinal);
        Assert.True(openssl.ExitCode == 0, openssl.Output);
        Assert.Equal(13, Directory.GetFiles(Path.Combine(folder, "controls"), "*.html").Length);
        Assert.Contains("controls/art21.2.j.html", index, StringComparison.Ordinal);
        Assert.Contains(stored.ManifestId, page, StringComparison.Ordinal);
        Assert.Contains(stored.DocumentId, page, StringComparison.Ordinal);
        Assert.Contains("openssl cms -verify", page, StringComparison.Ordinal);
        Assert.Contains("verify", page, StringComparison.Ordinal);
        Assert.True(Directory.GetFileSystemEntries(workFolder).Length == 0, "the staging folder and the ZIP are deleted once streamed: "
            + string.Join(", ", Directory.GetFileSystemEntries(workFolder)));
    }

    [Fact]
    public async Task Audit_pack_of_an_empty_vault_still_verifies_and_lists_every_control()
    {
        using var app = new TestApp();
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        using var response = await ciso.GetAsync("/api/audit-pack");
        var folder = Directory.CreateTempSubdirectory("m365nis2-auditpack-test-").FullName;
        await using (var zip = await response.Content.ReadAsStreamAsync())
        {
            await ZipFile.ExtractToDirectoryAsync(zip, folder);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(folder, "ledger.json")));
        Assert.Contains("No artefacts are recorded", await File.ReadAllTextAsync(Path.Combine(folder, "controls", "art21.2.a.html")), StringComparison.Ordinal);
    }
}
