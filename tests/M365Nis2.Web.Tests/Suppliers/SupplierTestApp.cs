using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>The real host with the demo tenant and a fake clock, acting as demo users through X-Dev-User.</summary>
internal sealed class SupplierTestApp : IDisposable
{
    public const string Ciso = DemoDirectory.CisoUpn;
    public const string Board = "anders.kjaer@nordlysenergi.onmicrosoft.com";
    public const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";
    public static readonly string Guest = new DemoDirectory().Guests[0].UserPrincipalName;

    public SupplierTestApp(DateTimeOffset? start = null, IDictionary<string, string?>? settings = null)
    {
        Clock = new FakeTimeProvider(start ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        App = new TestApp(settings, configureServices: s => s.AddSingleton<TimeProvider>(Clock));
    }

    public FakeTimeProvider Clock { get; }

    public TestApp App { get; }

    public DemoGraphServer Graph => App.Services.GetRequiredService<DemoGraphHost>().Server;

    public HttpClient As(string? upn) => App.Http(upn);

    public async Task<JsonObject> CreateAsync(object body)
    {
        using var ciso = As(Ciso);
        var response = await ciso.PostAsJsonAsync("/api/suppliers", body);
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(response.IsSuccessStatusCode, json.ToJsonString());
        return json;
    }

    public async Task<JsonObject> GetAsync(string id, string upn = Ciso)
    {
        using var http = As(upn);
        return (await http.GetFromJsonAsync<JsonObject>($"/api/suppliers/{id}"))!;
    }

    public async Task<JsonObject> DiscoverAsync()
    {
        using var ciso = As(Ciso);
        var response = await ciso.PostAsync("/api/suppliers/discovered/run", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static object Msp(string name = "NordIT Drift A/S", string? owner = Employee) => new
    {
        name,
        vatNumber = "DK25313763",
        country = "DK",
        services = new[] { "managed-it" },
        data = new[] { "personal", "credentials" },
        access = "privileged",
        owner,
        contractStart = "2024-01-01",
        clauses = new[] { "confidentiality", "incident-notification" },
    };

    public void Dispose() => App.Dispose();
}
