using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

public sealed class SupplierDiscoveryTests : IDisposable
{
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    private static List<string> Names(JsonObject discovery) => [.. discovery["apps"]!.AsArray().Select(a => a!["name"]!.GetValue<string>())];

    private static JsonObject App(JsonObject discovery, string name) => discovery["apps"]!.AsArray().First(a => a!["name"]!.GetValue<string>() == name)!.AsObject();

    [Fact]
    public async Task Third_party_apps_holding_tenant_wide_permissions_are_found_and_ranked_by_privilege()
    {
        var result = await t.DiscoverAsync();

        Assert.Equal("Ok", result["latestRun"]!["status"]!.GetValue<string>());
        // Microsoft's own apps, our own app, a managed identity and an app with only per-user consent are not suppliers to review.
        Assert.Equal(["CloudSafe Backup for Microsoft 365", "NordIT Partner Admin", "PeopleHub HR Sync", "SignatureStudio",
            "MeetSpace Video", "PhishCoach Training", "eSign Norden"], Names(result));
        Assert.Equal(4, result["latestRun"]!["highPrivilege"]!.GetValue<int>());
        var backup = App(result, "CloudSafe Backup for Microsoft 365");
        Assert.Equal("critical", backup["level"]!.GetValue<string>());
        Assert.Contains(backup["permissions"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "full_access_as_app" && p["kind"]!.GetValue<string>() == "application");
        var meetings = App(result, "MeetSpace Video");
        Assert.All(meetings["permissions"]!.AsArray(), p => Assert.Equal("delegated", p!["kind"]!.GetValue<string>()));
        Assert.Equal("pending", meetings["decision"]!.GetValue<string>());
        Assert.NotNull(result["latestRun"]!["artefactId"]);
        // Streamed with $select: the service principal list was paged, not fetched whole.
        Assert.True(t.Graph.RequestCount("/servicePrincipals") > 7);
    }

    [Theory]
    [InlineData("/servicePrincipals", "missing permission Application.Read.All")]
    [InlineData("/oauth2PermissionGrants", "missing permission DelegatedPermissionGrant.Read.All")]
    public async Task A_403_makes_discovery_unknown_with_the_permission_to_grant_never_an_empty_list(string path, string reason)
    {
        t.Graph.Faults.Inject(path, DemoGraphFault.Forbidden());
        var result = await t.DiscoverAsync();

        Assert.Equal("Forbidden", result["latestRun"]!["status"]!.GetValue<string>());
        Assert.Equal(reason, result["latestRun"]!["reason"]!.GetValue<string>());
        Assert.Equal(reason.Replace("missing permission", "mangler tilladelsen", StringComparison.Ordinal), result["latestRun"]!["reasonDa"]!.GetValue<string>());
        Assert.Empty(result["apps"]!.AsArray());
    }

    [Fact]
    public async Task Apps_seen_before_stay_listed_with_their_decisions_when_a_later_run_is_refused()
    {
        await t.DiscoverAsync();
        using var ciso = t.As(Ciso);
        var id = App(await t.DiscoverAsync(), "eSign Norden")["id"]!.GetValue<string>();
        (await ciso.PostAsJsonAsync($"/api/suppliers/discovered/{id}/dismiss", new { reason = "Signing only; holds no data access beyond the profile." })).EnsureSuccessStatusCode();

        t.Graph.Faults.Inject("/servicePrincipals", DemoGraphFault.LicenceRequired());
        var result = await t.DiscoverAsync();

        Assert.Equal("LicenceRequired", result["latestRun"]!["status"]!.GetValue<string>());
        Assert.Equal("dismissed", App(result, "eSign Norden")["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dismissing_needs_a_reason_and_registering_links_the_app_to_a_supplier()
    {
        var discovery = await t.DiscoverAsync();
        var admin = App(discovery, "NordIT Partner Admin")["id"]!.GetValue<string>();
        using var ciso = t.As(Ciso);

        var noReason = await ciso.PostAsJsonAsync($"/api/suppliers/discovered/{admin}/dismiss", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var why = (await noReason.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("A reason of 5 to 500 characters is required to dismiss an app.", "Angiv en begrundelse på 5 til 500 tegn for at afvise en app."),
            (why["detail"]!.GetValue<string>(), why["detailDa"]!.GetValue<string>()));

        var supplier = await t.CreateAsync(new { name = "NordIT Drift A/S", country = "DK", services = new[] { "managed-it" }, access = "privileged", appIds = new[] { admin } });
        var after = await ciso.GetFromJsonAsync<JsonObject>("/api/suppliers/discovered");
        Assert.Equal(("registered", supplier["id"]!.GetValue<string>()),
            (App(after!, "NordIT Partner Admin")["decision"]!.GetValue<string>(), App(after!, "NordIT Partner Admin")["supplierId"]!.GetValue<string>()));
        var page = await t.GetAsync(supplier["id"]!.GetValue<string>());
        Assert.Equal("NordIT Partner Admin", page["apps"]![0]!["name"]!.GetValue<string>());

        var refused = await ciso.PostAsJsonAsync($"/api/suppliers/discovered/{admin}/dismiss", new { reason = "changed my mind about it" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Appen er registreret hos en leverandør; fjern tilknytningen der først.",
            (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detailDa"]!.GetValue<string>());
    }

    [Fact]
    public async Task Linking_an_app_to_an_existing_supplier_registers_it()
    {
        var discovery = await t.DiscoverAsync();
        var hr = App(discovery, "PeopleHub HR Sync")["id"]!.GetValue<string>();
        var supplier = await t.CreateAsync(new { name = "PeopleHub Software AB", country = "SE", services = new[] { "saas" }, data = new[] { "personal" } });
        using var ciso = t.As(Ciso);
        var linked = await ciso.PostAsJsonAsync($"/api/suppliers/discovered/{hr}/register", new { supplierId = supplier["id"]!.GetValue<string>() });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(1, (await linked.Content.ReadFromJsonAsync<JsonObject>())!["apps"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(Board, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Employee, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task The_board_reads_the_queue_only_the_ciso_runs_discovery(string? upn, HttpStatusCode read, HttpStatusCode run)
    {
        using var http = t.As(upn);
        Assert.Equal(read, (await http.GetAsync("/api/suppliers/discovered")).StatusCode);
        Assert.Equal(run, (await http.PostAsync("/api/suppliers/discovered/run", null)).StatusCode);
    }
}
