using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Scope;

public sealed class ScopeApiTests : IDisposable
{
    private const string Ciso = DemoDirectory.CisoUpn;
    private const string Board = "anders.kjaer@nordlysenergi.onmicrosoft.com";
    private const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";
    private const string Guest = "ole.bak_gmail.com#EXT#@nordlysenergi.onmicrosoft.com";
    private static readonly Uri ScopeUri = new("/api/scope", UriKind.Relative);
    private static readonly Uri RegistrationUri = new("/api/registration", UriKind.Relative);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TestApp app;

    public ScopeApiTests() => app = new TestApp(configureServices: s => s.AddSingleton<TimeProvider>(clock));

    public void Dispose() => app.Dispose();

    internal static JsonObject Answers(int staff = 400, string type = "drinking-water.supplier") => new()
    {
        ["entityTypeIds"] = new JsonArray(type),
        ["staff"] = staff,
        ["annualTurnoverEur"] = 80_000_000,
        ["balanceSheetTotalEur"] = 60_000_000,
    };

    internal static JsonObject Record(params string[] ranges) => new()
    {
        ["legalName"] = "Nordlys Energi A/S",
        ["cvr"] = "12345678",
        ["address"] = "Havnegade 1, 8000 Aarhus C",
        ["email"] = "security@nordlysenergi.dk",
        ["phone"] = "+4587654321",
        ["contacts"] = new JsonArray(new JsonObject { ["name"] = "Mette Holm", ["role"] = "CISO", ["email"] = "mette@nordlysenergi.dk", ["phone"] = "+4520304050" }),
        ["publicIpRanges"] = new JsonArray(ranges.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
        ["entityTypeIds"] = new JsonArray("drinking-water.supplier"),
        ["memberStates"] = new JsonArray("DK"),
        ["authority"] = "Miljøstyrelsen",
    };

    [Theory]
    [InlineData(Ciso, HttpStatusCode.NoContent, HttpStatusCode.OK)]
    [InlineData(Board, HttpStatusCode.NoContent, HttpStatusCode.Forbidden)]
    [InlineData(Employee, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(Guest, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    public async Task Only_the_CISO_edits_scope_and_registration_and_only_CISO_and_board_read(string? upn, HttpStatusCode read, HttpStatusCode write)
    {
        using var http = app.Http(upn);
        Assert.Equal(read, (await http.GetAsync(ScopeUri)).StatusCode);
        Assert.Equal(read, (await http.GetAsync(RegistrationUri)).StatusCode);
        Assert.Equal(write, (await http.PutAsJsonAsync(ScopeUri, Answers())).StatusCode);
        Assert.Equal(write, (await http.PutAsJsonAsync(RegistrationUri, Record(DemoNamedLocations.HeadOfficeRange))).StatusCode);
        var submitted = await http.PostAsJsonAsync(new Uri("/api/registration/submitted", UriKind.Relative), new JsonObject());
        Assert.Equal(write == HttpStatusCode.OK ? HttpStatusCode.OK : write, submitted.StatusCode);
    }

    [Fact]
    public async Task Saved_answers_are_classified_signed_and_versioned_and_the_same_answers_are_not_a_new_version()
    {
        using var ciso = app.Http(Ciso);
        var first = await PutAsync(ciso, ScopeUri, Answers(staff: 400));
        Assert.Equal("essential", first["result"]!["category"]!.GetValue<string>());
        Assert.Equal("Miljøstyrelsen", first["result"]!["authorities"]![0]!["nameDa"]!.GetValue<string>());
        Assert.Equal(1, first["version"]!.GetValue<int>());

        var again = await PutAsync(ciso, ScopeUri, Answers(staff: 400));
        Assert.Equal(1, again["version"]!.GetValue<int>());

        var medium = Answers(staff: 120);
        medium["annualTurnoverEur"] = 30_000_000; // below the large ceilings (EUR 50 m turnover, 43 m balance sheet)
        var smaller = await PutAsync(ciso, ScopeUri, medium);
        Assert.Equal("important", smaller["result"]!["category"]!.GetValue<string>());
        Assert.Equal(2, smaller["version"]!.GetValue<int>());

        var history = await ciso.GetFromJsonAsync<JsonArray>(new Uri("/api/scope/history", UriKind.Relative));
        Assert.Equal([2, 1], history!.Select(h => h!["version"]!.GetValue<int>()));
        var vault = app.Services.GetRequiredService<IEvidenceVault>();
        var artefact = await vault.GetContentAsync(smaller["artefactId"]!.GetValue<string>());
        Assert.Contains("\"category\":\"important\"", System.Text.Encoding.UTF8.GetString(artefact!.Content), StringComparison.Ordinal);
        Assert.NotNull(await vault.GetSignatureAsync(smaller["artefactId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Bad_answers_get_400_naming_each_field_and_nothing_is_stored()
    {
        using var ciso = app.Http(Ciso);
        var bad = Answers(staff: -1);
        bad["entityTypeIds"] = new JsonArray("energy.nuclear-fusion");
        bad["designation"] = "very";
        var response = await ciso.PutAsJsonAsync(ScopeUri, bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Superset(new HashSet<string> { "staff", "entityTypeIds", "designation" }, errors.Select(e => e.Key).ToHashSet());
        Assert.Equal(HttpStatusCode.NoContent, (await ciso.GetAsync(ScopeUri)).StatusCode);
    }

    [Fact]
    public async Task A_change_starts_the_fourteen_day_duty_and_marking_it_submitted_ends_it_with_a_signed_receipt()
    {
        using var ciso = app.Http(Ciso);
        Assert.Equal(HttpStatusCode.Conflict, (await ciso.PostAsJsonAsync(new Uri("/api/registration/submitted", UriKind.Relative), new JsonObject())).StatusCode);

        var first = await PutAsync(ciso, RegistrationUri, Record(DemoNamedLocations.HeadOfficeRange));
        Assert.Equal(clock.GetUtcNow().AddDays(14), first["duty"]!["dueAt"]!.GetValue<DateTimeOffset>());

        var submitted = await PostAsync(ciso, "/api/registration/submitted");
        Assert.Null(submitted["duty"]);
        Assert.False(string.IsNullOrEmpty(submitted["submittedArtefactId"]!.GetValue<string>()));

        clock.Advance(TimeSpan.FromDays(3));
        var changedAt = clock.GetUtcNow();
        var changed = Record(DemoNamedLocations.HeadOfficeRange, DemoNamedLocations.DataCentreRange);
        var second = await PutAsync(ciso, RegistrationUri, changed);
        Assert.Equal(2, second["version"]!.GetValue<int>());
        Assert.Equal(changedAt.AddDays(14), second["duty"]!["dueAt"]!.GetValue<DateTimeOffset>());
        Assert.Contains("publicIpRanges", second["duty"]!["changedFields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.False(second["duty"]!["overdue"]!.GetValue<bool>());

        clock.Advance(TimeSpan.FromDays(15));
        var late = await ciso.GetFromJsonAsync<JsonObject>(RegistrationUri);
        Assert.True(late!["duty"]!["overdue"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_bad_registration_record_is_refused_field_by_field_and_the_stored_one_stays()
    {
        using var ciso = app.Http(Ciso);
        await PutAsync(ciso, RegistrationUri, Record(DemoNamedLocations.HeadOfficeRange));
        var bad = Record("not-a-range");
        bad["cvr"] = "123";
        bad["memberStates"] = new JsonArray("NO");
        var response = await ciso.PutAsJsonAsync(RegistrationUri, bad);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).ToHashSet();
        Assert.Superset(new HashSet<string> { "cvr", "publicIpRanges[0]", "memberStates" }, errors);
        var stored = await ciso.GetFromJsonAsync<JsonObject>(RegistrationUri);
        Assert.Equal(1, stored!["version"]!.GetValue<int>());
        Assert.Equal("12345678", stored["record"]!["cvr"]!.GetValue<string>());
    }

    [Fact]
    public async Task Drift_check_compares_registered_ranges_with_trusted_named_locations_and_says_unknown_on_403()
    {
        using var ciso = app.Http(Ciso);
        var drift = new Uri("/api/registration/drift", UriKind.Relative);
        Assert.Equal("noRecord", (await ciso.GetFromJsonAsync<JsonObject>(drift))!["status"]!.GetValue<string>());

        await PutAsync(ciso, RegistrationUri, Record(DemoNamedLocations.HeadOfficeRange, DemoNamedLocations.HeadOfficeV6Range, "192.0.2.128/25"));
        var result = (await ciso.GetFromJsonAsync<JsonObject>(drift))!;
        Assert.Equal("drift", result["status"]!.GetValue<string>());
        Assert.Equal(["192.0.2.128/25"], result["registeredNotInTenant"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal([DemoNamedLocations.DataCentreRange], result["tenantNotRegistered"]!.AsArray().Select(r => r!["range"]!.GetValue<string>()));

        await PutAsync(ciso, RegistrationUri, Record(DemoNamedLocations.HeadOfficeRange, DemoNamedLocations.HeadOfficeV6Range, DemoNamedLocations.DataCentreRange));
        Assert.Equal("ok", (await ciso.GetFromJsonAsync<JsonObject>(drift))!["status"]!.GetValue<string>());

        app.Services.GetRequiredService<DemoGraphHost>().Server.Faults.Inject("/identity/conditionalAccess/namedLocations", DemoGraphFault.Forbidden());
        var refused = (await ciso.GetFromJsonAsync<JsonObject>(drift))!;
        Assert.Equal("unknown", refused["status"]!.GetValue<string>());
        Assert.Contains("permission", refused["reason"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> PutAsync(HttpClient http, Uri uri, JsonObject body)
    {
        var response = await http.PutAsJsonAsync(uri, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task<JsonObject> PostAsync(HttpClient http, string path)
    {
        var response = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), new JsonObject());
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
