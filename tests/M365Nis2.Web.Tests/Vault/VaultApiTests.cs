using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Tests.Vault;

public class VaultApiTests
{
    private static Uri U(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task Put_artefact_is_served_with_its_content_type_and_a_detached_signature()
    {
        using var v = new VaultTestApp();
        var receipt = await v.PutTextAsync("{\"mfa\":true}", "evidence.mfa", "art21.2.j");
        using var ciso = v.App.Http(VaultTestApp.Ciso);

        var content = await ciso.GetAsync(U($"/api/artefacts/{receipt.Id}"));
        var signature = await ciso.GetAsync(U($"/api/artefacts/{receipt.Id}/signature"));

        Assert.Equal(HttpStatusCode.OK, content.StatusCode);
        Assert.Equal("application/json", content.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"mfa\":true}", await content.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, signature.StatusCode);
        Assert.Equal("application/pkcs7-signature", signature.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)0x30, (await signature.Content.ReadAsByteArrayAsync())[0]);
        Assert.True(receipt.Created);
        Assert.Equal(1, receipt.LedgerSequence);
    }

    [Fact]
    public async Task Board_member_may_read_an_artefact()
    {
        using var v = new VaultTestApp();
        var receipt = await v.PutTextAsync("board can read");
        using var board = v.App.Http(VaultTestApp.Board);

        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync(U($"/api/artefacts/{receipt.Id}"))).StatusCode);
    }

    [Fact]
    public async Task Unknown_id_is_404_and_malformed_id_is_400()
    {
        using var v = new VaultTestApp();
        using var ciso = v.App.Http(VaultTestApp.Ciso);

        Assert.Equal(HttpStatusCode.NotFound, (await ciso.GetAsync(U("/api/artefacts/" + new string('a', 64)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.GetAsync(U("/api/artefacts/" + new string('a', 64) + "/signature"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.GetAsync(U("/api/artefacts/not-a-hash"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.GetAsync(U("/api/artefacts/" + new string('A', 64)))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.GetAsync(U("/api/artefacts?control=bad/control"))).StatusCode);
    }

    [Fact]
    public async Task Verify_is_for_the_CISO_only_and_needs_authentication()
    {
        using var v = new VaultTestApp();
        using var board = v.App.Http(VaultTestApp.Board);
        using var employee = v.App.Http(VaultTestApp.Employee);
        using var anonymous = v.App.Http();

        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync(U("/api/ledger/verify"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(U("/api/ledger/verify"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(U("/api/ledger/verify"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(U("/api/signing/certificate"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(U("/api/artefacts/" + new string('a', 64)))).StatusCode);
    }

    [Fact]
    public async Task Artefacts_are_listed_per_control_in_ledger_order()
    {
        using var v = new VaultTestApp();
        var first = await v.PutTextAsync("one", "evidence.mfa", "art21.2.j", "art21.2.i");
        var second = await v.PutTextAsync("two", "evidence.ca", "art21.2.j");
        await v.PutTextAsync("three", "training.record", "art20.2");
        using var employee = v.App.Http(VaultTestApp.Employee);

        var list = await employee.GetFromJsonAsync<List<ArtefactRecord>>(U("/api/artefacts?control=art21.2.j"));

        Assert.Equal([first.Id, second.Id], list!.Select(a => a.Id));
        Assert.Equal(["art21.2.j", "art21.2.i"], list![0].ControlIds);
        Assert.Equal("test", list[0].Metadata["source"]);
        Assert.Equal(3, list[0].Size);
    }

    [Fact]
    public async Task Signing_certificate_is_served_as_PEM_to_members()
    {
        using var v = new VaultTestApp();
        using var employee = v.App.Http(VaultTestApp.Employee);

        var response = await employee.GetAsync(U("/api/signing/certificate"));
        using var certificate = X509Certificate2.CreateFromPem(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/x-pem-file", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("CN=M365Nis2 local evidence signing (demo)", certificate.Subject);
        Assert.False(certificate.HasPrivateKey);
    }

    [Fact]
    public async Task Intact_vault_verifies_ok()
    {
        using var v = new VaultTestApp();
        await v.PutTextAsync("a");
        await v.PutTextAsync("b");
        using var ciso = v.App.Http(VaultTestApp.Ciso);

        var result = await ciso.GetFromJsonAsync<VerifyResponse>(U("/api/ledger/verify"));

        Assert.True(result!.Ok, string.Join("; ", result.Problems));
        Assert.Equal(2, result.Entries);
    }

    [Fact]
    public async Task Bad_put_input_is_refused_and_nothing_is_stored()
    {
        using var v = new VaultTestApp();

        await Assert.ThrowsAsync<ArgumentException>(() => v.Vault.PutAsync([], "text/plain", "k", [], null, "a"));
        await Assert.ThrowsAsync<ArgumentException>(() => v.Vault.PutAsync(Encoding.UTF8.GetBytes("x"), "text/plain", "k\n", [], null, "a"));
        await Assert.ThrowsAsync<ArgumentException>(() => v.Vault.PutAsync(Encoding.UTF8.GetBytes("x"), "text/plain", "k", ["a/b"], null, "a"));
        await Assert.ThrowsAsync<ArgumentException>(() => v.Vault.PutAsync(Encoding.UTF8.GetBytes("x"), "", "k", [], null, "a"));

        Assert.Equal(0, (await v.Vault.VerifyAsync()).Entries);
    }
}
