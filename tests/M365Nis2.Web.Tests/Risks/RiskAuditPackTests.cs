using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Vault;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

public class RiskAuditPackTests
{
    [Fact]
    public async Task The_audit_pack_holds_the_signed_register_snapshot_and_the_SoA_and_both_verify_with_openssl()
    {
        using var app = new TestApp();
        var asset = await AssetAsync(app);
        var riskId = await RiskAsync(app, Risk(asset));
        var (_, soa) = await SendAsync(app, HttpMethod.Get, "/api/soa");
        var entries = new JsonArray([.. soa!["rows"]!.AsArray().Select(r =>
        {
            var entry = r!["entry"]!.DeepClone();
            entry["justification"] = "Required by the risk assessment";
            if (entry["controlId"]!.GetValue<string>() == "A.8.13")
                entry["riskIds"] = new JsonArray(riskId);
            return entry;
        })]);
        var (saved, savedBody) = await SendAsync(app, HttpMethod.Put, "/api/soa", new JsonObject { ["entries"] = entries });
        var (assessment, assessmentBody) = await SendAsync(app, HttpMethod.Post, "/api/risks/assessments");
        Assert.True(saved.StatusCode == HttpStatusCode.OK, savedBody?.ToJsonString());
        Assert.True(assessment.StatusCode == HttpStatusCode.Created, assessmentBody?.ToJsonString());
        var soaId = savedBody!["artefactId"]!.GetValue<string>();
        var snapshotId = assessmentBody!["snapshotArtefactId"]!.GetValue<string>();

        using var http = app.Http(Ciso);
        using var pack = await http.GetAsync(new Uri("/api/audit-pack", UriKind.Relative));
        var folder = Directory.CreateTempSubdirectory("m365nis2-riskpack-").FullName;
        await using (var zip = await pack.Content.ReadAsStreamAsync())
            await ZipFile.ExtractToDirectoryAsync(zip, folder);

        foreach (var id in new[] { soaId, snapshotId })
        {
            var path = Path.Combine(folder, "artefacts", id);
            var openssl = OpenSslSignatureTests.OpenSslVerify(path, path + ".p7s", Path.Combine(folder, "signing-certificate.pem"));
            Assert.True(openssl.ExitCode == 0, openssl.Output);
        }
        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "artefacts", snapshotId)))!;
        Assert.Equal(riskId, snapshot["risks"]![0]!["risk"]!["id"]!.GetValue<string>());
        Assert.Equal(1, snapshot["method"]!["version"]!.GetValue<int>());
        var statement = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "artefacts", soaId)))!;
        Assert.Equal(93, statement["entries"]!.AsArray().Count);
        var page = await File.ReadAllTextAsync(Path.Combine(folder, "controls", "art21.2.a.html"));
        Assert.Contains(snapshotId, page, StringComparison.Ordinal);
        Assert.Contains(soaId, page, StringComparison.Ordinal);
    }
}
