using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using M365Nis2.Web.Features.AuditPack;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Infrastructure.Signing;
using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Vault;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>Vault and download hardening: links, key file mode, download headers, size limits, paging, audit pack.</summary>
public sealed class VaultHardeningTests
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Identical_bytes_filed_for_a_second_control_are_linked_to_it()
    {
        using var v = new VaultTestApp();
        var first = await v.PutTextAsync("{\"restore\":\"ok\"}", "evidence.test", "art21.2.c");
        var second = await v.PutTextAsync("{\"restore\":\"ok\"}", "evidence.test", "art21.2.h");

        var forH = await v.Vault.ListByControlAsync("art21.2.h");
        var record = await v.Vault.FindAsync(first.Id);

        Assert.Equal(first.Id, second.Id);
        Assert.False(second.Created);
        Assert.Contains(forH, r => r.Id == first.Id);
        Assert.Equal(["art21.2.c", "art21.2.h"], record!.ControlIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Local_signing_key_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // file modes are a Unix notion; App Service Linux and developers' machines are Unix
        }
        using var v = new VaultTestApp();
        await v.App.Services.GetRequiredService<ISigningCertificateProvider>().GetAsync();

        var mode = File.GetUnixFileMode(Path.Combine(v.SigningFolder, LocalSigningCertificateProvider.PfxFileName));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public async Task Artefact_downloads_are_attachments_with_nosniff_and_a_sandbox_policy()
    {
        using var v = new VaultTestApp();
        var receipt = await v.Vault.PutAsync(Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "text/plain", "evidence.test", ["art21.2.c"], null, "oid:test");
        using var ciso = v.App.Http(VaultTestApp.Ciso);

        foreach (var path in new[] { $"/api/artefacts/{receipt.Id}", $"/api/artefacts/{receipt.Id}/signature" })
        {
            using var response = await ciso.GetAsync(U(path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("sandbox", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }
    }

    [Fact]
    public async Task Uploads_over_their_limit_are_refused_before_the_body_is_read()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Approvals:MaxDocumentBytes"] = "1000", ["Training:MaxCertificateBytes"] = "1000" });
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var big = new byte[200 * 1024];
        // Expect: 100-continue: the client sends the body only once the server starts reading it, so a 413 here proves
        // the limit was applied before a single body byte was read.
        async Task<HttpResponseMessage> PostAsync(string path, HttpContent content)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
            request.Headers.ExpectContinue = true;
            return await ciso.SendAsync(request);
        }

        using var policy = await PostAsync("/api/policies", Multipart("file", big, "text/markdown"));
        using var certificate = await PostAsync("/api/training/attendance", Multipart("certificate", big, "application/pdf"));
        using var evidence = await PostAsync("/api/controls/art21.2.c/evidence",
            Tab.ManualEvidenceApiTests.Form(content: new byte[11 * 1024 * 1024], validUntil: DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        using var json = await PostAsync("/api/incidents", new StringContent("{\"description\":\"" + new string('x', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, policy.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, certificate.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, evidence.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, json.StatusCode);
    }

    [Fact]
    public async Task Lists_answer_one_page_with_a_link_to_the_next()
    {
        using var v = new VaultTestApp();
        for (var i = 0; i < 3; i++)
        {
            await v.PutTextAsync($"{{\"n\":{i}}}", "evidence.test", "art21.2.c");
        }
        using var ciso = v.App.Http(VaultTestApp.Ciso);

        using var first = await ciso.GetAsync(U("/api/artefacts?control=art21.2.c&limit=2"));
        var next = first.Headers.GetValues("Link").Single();
        var nextUrl = next[(next.IndexOf('<') + 1)..next.IndexOf('>')];
        using var second = await ciso.GetAsync(U(nextUrl));
        using var bad = await ciso.GetAsync(U("/api/artefacts?control=art21.2.c&limit=100000"));

        Assert.Equal("3", first.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<List<object>>())!.Count);
        Assert.Single((await second.Content.ReadFromJsonAsync<List<object>>())!);
        Assert.False(second.Headers.Contains("Link"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Audit_pack_is_built_once_at_a_time_per_instance()
    {
        using var app = new TestApp();
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var builder = app.Services.GetRequiredService<AuditPackBuilder>();

        HttpStatusCode whileBusy;
        using (builder.TryHold())
        {
            using var response = await ciso.GetAsync(U("/api/audit-pack"));
            whileBusy = response.StatusCode;
            Assert.NotNull(response.Headers.RetryAfter);
        }
        using var after = await ciso.GetAsync(U("/api/audit-pack"));

        Assert.Equal(HttpStatusCode.TooManyRequests, whileBusy);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static MultipartFormDataContent Multipart(string name, byte[] content, string type)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        form.Add(file, name, "file.pdf");
        form.Add(new StringContent("course-1"), "courseId");
        form.Add(new StringContent(new DemoDirectory().BoardMembers[0].Id), "memberObjectId");
        return form;
    }
}
