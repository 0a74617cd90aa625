using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Vault;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>The supplier's report upload and what an auditor gets: every supplier record signed, in the audit pack, verified by openssl.</summary>
public sealed class SupplierEvidenceTests : IDisposable
{
    private static readonly DemoDirectory Demo = new();
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    private static MultipartFormDataContent Report(string name = "nordit-iso27001-2026.pdf")
    {
        var file = new ByteArrayContent("%PDF-1.7 ISO/IEC 27001 certificate, NordIT Drift A/S"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [Fact]
    public async Task The_owner_or_the_ciso_uploads_the_report_and_answers_report_and_discovery_verify_in_the_audit_pack()
    {
        var id = (await t.CreateAsync(Msp()))["id"]!.GetValue<string>();
        using var ciso = t.As(Ciso);
        var assessmentId = (await (await ciso.PostAsync($"/api/suppliers/{id}/assessments", null)).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var owner = Demo.FindByUpn(Employee)!;
        var answers = Questionnaires.ForTier(SupplierTier.Tier1).Questions.Select(q => new QuestionAnswer(q.Id, Answer.Yes, null)).ToList();
        Assert.Null((await t.App.Services.GetRequiredService<AssessmentService>().SubmitAsync(id, assessmentId, owner.Id, owner.DisplayName, answers,
            CancellationToken.None)).Refusal);
        var path = $"/api/suppliers/{id}/assessments/{assessmentId}/report";

        // Who may upload: the owner and the CISO; the board reads (403), any other employee does not see the supplier (404).
        var other = Demo.ItAdmins[0]; // an employee, not the owner
        using (var board = t.As(Board))
            Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsync(path, Report())).StatusCode);
        using (var stranger = t.As(other.UserPrincipalName))
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync(path, Report())).StatusCode);
        using (var anonymous = t.As(null))
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(path, Report())).StatusCode);
        using var employee = t.As(Employee);
        var noFile = await employee.PostAsync(path, new MultipartFormDataContent { { new StringContent("x"), "notes" } });
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Contains("'file'", await noFile.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var uploaded = await employee.PostAsync(path, Report());
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var reportId = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["artefactId"]!.GetValue<string>();
        var page = await t.GetAsync(id);
        Assert.Equal([reportId], page["assessments"]![0]!["reports"]!.AsArray().Select(r => r!.GetValue<string>()));
        var answersId = page["assessments"]![0]!["answersArtefactId"]!.GetValue<string>();
        var discoveryId = (await t.DiscoverAsync())["latestRun"]!["artefactId"]!.GetValue<string>();
        var registerId = (await (await ciso.PostAsync(new Uri("/api/suppliers/register-snapshot", UriKind.Relative), null)).Content
            .ReadFromJsonAsync<JsonObject>())!["artefactId"]!.GetValue<string>();

        using var pack = await ciso.GetAsync(new Uri("/api/audit-pack", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        var folder = Directory.CreateTempSubdirectory("m365nis2-supplierpack-").FullName;
        try
        {
            await using (var zip = await pack.Content.ReadAsStreamAsync())
                await ZipFile.ExtractToDirectoryAsync(zip, folder);
            foreach (var artefact in new[] { answersId, reportId, discoveryId, registerId })
            {
                var file = Path.Combine(folder, "artefacts", artefact);
                var openssl = OpenSslSignatureTests.OpenSslVerify(file, file + ".p7s", Path.Combine(folder, "signing-certificate.pem"));
                Assert.True(openssl.ExitCode == 0, openssl.Output);
            }
            Assert.StartsWith("%PDF-1.7 ISO/IEC 27001", await File.ReadAllTextAsync(Path.Combine(folder, "artefacts", reportId)), StringComparison.Ordinal);
            var control = await File.ReadAllTextAsync(Path.Combine(folder, "controls", SupplyChainRule.ControlId + ".html"));
            Assert.All(new[] { answersId, reportId, discoveryId }, a => Assert.Contains(a, control, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
