using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>The signed copy of the whole register (kind supplier.register): who may sign and read it, what it holds, and that
/// the daily pass signs it only when the register changed. SupplierEvidenceTests verifies it with openssl in the audit pack.</summary>
public sealed class SupplierRegisterSnapshotTests : IDisposable
{
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    [Fact]
    public async Task Only_the_ciso_signs_the_register_the_board_reads_the_latest_and_it_holds_every_supplier()
    {
        const string Path = "/api/suppliers/register-snapshot";
        Assert.Null((await LatestAsync(Ciso))["latest"]);
        await t.CreateAsync(Msp());
        await t.CreateAsync(new { name = "Lønservice ApS", country = "DK", services = new[] { "facilities" }, access = "none" });

        foreach (var (upn, expected) in new[] { (Board, HttpStatusCode.Forbidden), (Employee, HttpStatusCode.Forbidden), (Guest, HttpStatusCode.Forbidden), ((string?)null, HttpStatusCode.Unauthorized) })
        {
            using var http = t.As(upn);
            Assert.Equal(expected, (await http.PostAsync(Path, null)).StatusCode);
        }
        using (var employee = t.As(Employee))
            Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(Path)).StatusCode);
        using (var anonymous = t.As(null))
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Path)).StatusCode);

        using var ciso = t.As(Ciso);
        var signed = await ciso.PostAsync(Path, null);
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        var snapshot = (await signed.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = snapshot["artefactId"]!.GetValue<string>();
        Assert.Equal(2, snapshot["suppliers"]!.GetValue<int>());
        Assert.Equal(id, (await LatestAsync(Board))["latest"]!["artefactId"]!.GetValue<string>());

        var record = (await ciso.GetFromJsonAsync<JsonObject>($"/api/artefacts/{id}"))!;
        Assert.Equal(SupplierRegisterSnapshots.Kind, record["type"]!.GetValue<string>());
        var entries = record["register"]!.AsArray();
        Assert.Equal(["Lønservice ApS", "NordIT Drift A/S"], entries.Select(e => e!["supplier"]!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var msp = entries.Single(e => e!["supplier"]!["name"]!.GetValue<string>() == "NordIT Drift A/S")!;
        Assert.Equal(Employee, msp["supplier"]!["owner"]!["upn"]!.GetValue<string>());
        Assert.Equal(1, msp["supplier"]!["tier"]!.GetValue<int>());
        Assert.Contains("confidentiality", msp["contract"]!["clauses"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.NotEmpty(msp["contract"]!["missingClauses"]!.AsArray());
    }

    [Fact]
    public async Task The_daily_pass_signs_the_register_when_it_changed_and_not_again_when_it_did_not()
    {
        var job = t.App.Services.GetRequiredService<SupplierJob>();
        var first = await t.CreateAsync(Msp());
        var signed = (await job.RunOnceAsync(CancellationToken.None))!.Snapshot;
        Assert.NotNull(signed);
        Assert.Equal(1, signed.Suppliers);
        Assert.Null((await job.RunOnceAsync(CancellationToken.None))!.Snapshot);

        // An edit is a change: the tier decided by the CISO.
        using (var ciso = t.As(Ciso))
        {
            var body = (JsonObject)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Msp()))!;
            body["tier"] = 2;
            var updated = await ciso.PutAsJsonAsync($"/api/suppliers/{first["id"]!.GetValue<string>()}", body);
            Assert.True(updated.IsSuccessStatusCode, await updated.Content.ReadAsStringAsync());
        }
        var second = (await job.RunOnceAsync(CancellationToken.None))!.Snapshot;
        Assert.NotNull(second);
        Assert.NotEqual(signed.RegisterSha256, second.RegisterSha256);
        var artefacts = (await t.App.Services.GetRequiredService<IEvidenceVault>().ListByControlAsync("art21.2.d")).Where(a => a.Kind == SupplierRegisterSnapshots.Kind);
        Assert.Equal([signed.ArtefactId, second.ArtefactId], artefacts.Select(a => a.Id));
    }

    private async Task<JsonObject> LatestAsync(string upn)
    {
        using var http = t.As(upn);
        return (await http.GetFromJsonAsync<JsonObject>("/api/suppliers/register-snapshot"))!;
    }
}
