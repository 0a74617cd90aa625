using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;

namespace M365Nis2.Web.Tests.Approvals;

public sealed class PolicyUploadFixture : IDisposable
{
    public TestApp App { get; } = new(new Dictionary<string, string?> { ["Approvals:MaxDocumentBytes"] = "4096" });

    public void Dispose() => App.Dispose();
}

public class PolicyUploadTests(PolicyUploadFixture f) : IClassFixture<PolicyUploadFixture>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"u8];
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00];
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private async Task<JsonArray> PoliciesAsync()
    {
        using var http = f.App.Http("mads.nielsen001@nordlysenergi.onmicrosoft.com");
        return (await http.GetFromJsonAsync<JsonArray>(new Uri("/api/policies", UriKind.Relative)))!;
    }

    [Fact]
    public async Task Pdf_docx_and_markdown_are_accepted_and_versions_increment_per_policy()
    {
        var key = "Access control policy " + Guid.NewGuid().ToString("N")[..6];
        using var v1 = await UploadAsync(f.App, key, Pdf, "application/pdf", "acp.pdf");
        using var v2 = await UploadAsync(f.App, key, Docx, DocxType, "acp.docx");
        using var v3 = await UploadAsync(f.App, key, Markdown("Access control"), "text/markdown; charset=utf-8", "acp.md");

        Assert.True(v1.StatusCode == HttpStatusCode.Created, await v1.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);
        Assert.Equal(HttpStatusCode.Created, v3.StatusCode);
        var third = JsonNode.Parse(await v3.Content.ReadAsStringAsync())!;
        Assert.Equal(3, third["version"]!["version"]!.GetValue<int>());
        var policy = (await PoliciesAsync()).Single(p => p!["title"]!.GetValue<string>() == key)!;
        Assert.Equal(3, policy["latest"]!["version"]!.GetValue<int>());
        Assert.Equal("text/markdown", policy["latest"]!["contentType"]!.GetValue<string>());
        Assert.Equal("NeverApproved", policy["status"]!.GetValue<string>());
        Assert.Equal(64, policy["latest"]!["sha256"]!.GetValue<string>().Length);
    }

    [Theory]
    [InlineData("image/png", "logo.png", "not accepted")]
    [InlineData("application/pdf", "fake.pdf", "%PDF-")]
    [InlineData(DocxType, "fake.docx", "ZIP")]
    public async Task Wrong_type_or_magic_bytes_are_refused_and_nothing_is_stored(string contentType, string fileName, string expected)
    {
        var key = "Bad upload " + Guid.NewGuid().ToString("N")[..6];
        using var response = await UploadAsync(f.App, key, "just some text"u8.ToArray(), contentType, fileName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await PoliciesAsync(), p => p!["title"]!.GetValue<string>() == key);
    }

    [Fact]
    public async Task A_refused_upload_and_a_refused_round_read_in_danish_too_with_the_english_unchanged()
    {
        using var upload = await UploadAsync(f.App, "Bad controls " + Guid.NewGuid().ToString("N")[..6], "x"u8.ToArray(), "image/png", "logo.png", controlIds: "A.5.1");
        var uploadBody = JsonNode.Parse(await upload.Content.ReadAsStringAsync())!;
        var (start, startBody) = await StartAsync(f.App, new JsonObject
        {
            ["policyId"] = "no-such-policy", ["version"] = 1, ["dueAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"), ["quorum"] = "most",
        });

        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Equal(["'controlIds' must list NIS2 controls such as 'art21.2.a,art21.2.b'.",
            "Content type 'image/png' is not accepted: upload a PDF (application/pdf), a DOCX (application/vnd.openxmlformats-officedocument.wordprocessingml.document) or Markdown (text/markdown)."],
            Strings(uploadBody["problems"]));
        Assert.Equal(["'controlIds' skal angive NIS2-kontroller som fx 'art21.2.a,art21.2.b'.",
            "Indholdstypen 'image/png' accepteres ikke: upload en PDF (application/pdf), en DOCX (application/vnd.openxmlformats-officedocument.wordprocessingml.document) eller Markdown (text/markdown)."],
            Strings(uploadBody["problemsDa"]));
        Assert.Equal(string.Join(" ", Strings(uploadBody["problems"])), uploadBody["detail"]!.GetValue<string>());
        Assert.Equal(string.Join(" ", Strings(uploadBody["problemsDa"])), uploadBody["detailDa"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.BadRequest, start.StatusCode);
        Assert.Equal(["'quorum' must be \"majority\", \"all\" or {\"n\": <number of approvals needed>}.",
            "'dueAt' is required and must be in the future (ISO 8601 with offset, e.g. 2026-04-01T16:00:00+02:00).",
            "'policyId' must name a policy in the register (got 'no-such-policy')."], Strings(startBody!["problems"]));
        Assert.Equal(["'quorum' skal være \"majority\", \"all\" eller {\"n\": <antal nødvendige godkendelser>}.",
            "'dueAt' skal angives og ligge i fremtiden (ISO 8601 med tidszone, fx 2026-04-01T16:00:00+02:00).",
            "'policyId' skal angive en politik i registret (modtaget: 'no-such-policy')."], Strings(startBody["problemsDa"]));
        Assert.Equal(("Invalid request", "Ugyldig anmodning"), (startBody["title"]!.GetValue<string>(), startBody["titleDa"]!.GetValue<string>()));
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(p => p!.GetValue<string>())];

    [Fact]
    public async Task Markdown_that_is_not_utf8_text_is_refused()
    {
        var key = "Binary markdown " + Guid.NewGuid().ToString("N")[..6];
        using var response = await UploadAsync(f.App, key, [0x23, 0x20, 0xC3, 0x28, 0xFF], "text/markdown", "x.md");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await PoliciesAsync(), p => p!["title"]!.GetValue<string>() == key);
    }

    [Fact]
    public async Task Oversize_document_is_refused_and_nothing_is_stored()
    {
        var key = "Huge policy " + Guid.NewGuid().ToString("N")[..6];
        var big = Markdown(new string('x', 5000));
        using var response = await UploadAsync(f.App, key, big);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Approvals:MaxDocumentBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await PoliciesAsync(), p => p!["title"]!.GetValue<string>() == key);
    }

    [Fact]
    public async Task Only_the_CISO_uploads_and_templates_list_the_standard_NIS2_policies()
    {
        using var refused = await UploadAsync(f.App, "Sneaky policy", Markdown("x"), user: "mads.nielsen001@nordlysenergi.onmicrosoft.com");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var http = f.App.Http("anders.kjaer@nordlysenergi.onmicrosoft.com");
        var templates = (await http.GetFromJsonAsync<JsonArray>(new Uri("/api/policies/templates", UriKind.Relative)))!;
        Assert.Equal(7, templates.Count);
        Assert.Contains(templates, t => t!["title"]!.GetValue<string>() == "Incident response plan");
    }
}
