using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using M365Nis2.Web.Features.Tab;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>POST /api/controls/{id}/evidence on the real host: signed manifest + document in the vault, bad input refused with nothing stored.</summary>
public sealed class ManualEvidenceApiTests : IDisposable
{
    private readonly TestApp app = new();
    private readonly HttpClient ciso;

    public ManualEvidenceApiTests() => ciso = app.Http(DemoDirectory.CisoUpn);

    public void Dispose()
    {
        ciso.Dispose();
        app.Dispose();
    }

    internal static MultipartFormDataContent Form(string? fileName = "restore-test.txt", byte[]? content = null, string? note = "Quarterly restore test",
        string? validUntil = null)
    {
        var form = new MultipartFormDataContent();
        if (fileName is not null)
        {
            var file = new ByteArrayContent(content ?? Encoding.UTF8.GetBytes("Restore of the historian backup: OK in 42 minutes."));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "document", fileName);
        }
        if (note is not null)
        {
            form.Add(new StringContent(note), "note");
        }
        form.Add(new StringContent(validUntil ?? DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "validUntil");
        return form;
    }

    private async Task<ControlEvidenceDetail> DetailAsync(string id) =>
        (await ciso.GetFromJsonAsync<ControlEvidenceDetail>($"/api/tab/controls/{id}"))!;

    [Fact]
    public async Task Upload_stores_the_document_and_a_signed_manifest_with_note_and_validity_that_the_control_lists()
    {
        using var response = await ciso.PostAsync("/api/controls/art21.2.c/evidence", Form(validUntil: "2027-06-30"));
        var stored = await response.Content.ReadFromJsonAsync<ManualEvidenceUpload.Result>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var detail = await DetailAsync("art21.2.c");
        var item = Assert.Single(detail.ManualEvidence);
        Assert.Equal((stored!.ManifestId, stored.DocumentId, "restore-test.txt", "Quarterly restore test", new DateOnly(2027, 6, 30), "Mette Holm"),
            (item.ManifestId, item.DocumentId, item.FileName, item.Note, item.ValidUntil, item.UploadedByName));
        Assert.Equal("evidenced", detail.Control.Status);
        Assert.All(detail.Artefacts, a => Assert.Equal("valid", a.Signature));
        Assert.Equal(["evidence.manual", "evidence.manual.document"], detail.Artefacts.Select(a => a.Kind));
        var manifest = JsonDocument.Parse(await ciso.GetByteArrayAsync($"/api/artefacts/{stored.ManifestId}")).RootElement;
        Assert.Equal(stored.DocumentId, manifest.GetProperty("documentId").GetString());
        Assert.Equal("Quarterly restore test", manifest.GetProperty("note").GetString());
        Assert.Equal("2027-06-30", manifest.GetProperty("validUntil").GetString());
        Assert.Equal("Restore of the historian backup: OK in 42 minutes.", await ciso.GetStringAsync($"/api/artefacts/{stored.DocumentId}"));
    }

    [Theory]
    [InlineData(null, "note text", "document")]
    [InlineData("malware.exe", "note text", "document")]
    [InlineData("evidence.pdf", null, "note")]
    [InlineData("evidence.pdf", "note text", "validUntil", "2020-01-01")]
    [InlineData("evidence.pdf", "note text", "validUntil", "31/12/2027")]
    public async Task Bad_input_is_refused_with_400_naming_the_field_and_nothing_is_stored(string? fileName, string? note, string field, string? validUntil = null)
    {
        using var response = await ciso.PostAsync("/api/controls/art21.2.h/evidence", Form(fileName, note: note, validUntil: validUntil));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty((await DetailAsync("art21.2.h")).Artefacts);
    }

    [Fact]
    public async Task Document_over_10_MB_is_refused_and_nothing_is_stored()
    {
        using var response = await ciso.PostAsync("/api/controls/art21.2.h/evidence", Form("big.pdf", new byte[ManualEvidenceUpload.MaxBytes + 1]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await DetailAsync("art21.2.h")).Artefacts);
    }

    [Fact]
    public async Task Unknown_control_is_404_and_a_non_form_body_is_400()
    {
        using var unknown = await ciso.PostAsync("/api/controls/art99.9/evidence", Form());
        using var json = await ciso.PostAsJsonAsync("/api/controls/art21.2.h/evidence", new { note = "x" });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
    }

    [Fact]
    public async Task Overview_lists_every_control_of_the_catalogue_with_its_iso_mapping()
    {
        var controls = (await ciso.GetFromJsonAsync<List<ControlEvidenceSummary>>("/api/tab/controls"))!;

        Assert.Equal(13, controls.Count);
        Assert.Equal(10, controls.Count(c => c.Kind == "Measure"));
        Assert.Equal(["A.5.15", "A.5.30"], controls.Single(c => c.Id == "art21.2.j").Iso27001);
        Assert.All(controls, c => Assert.Equal("noEvidence", c.Status));
    }
}
