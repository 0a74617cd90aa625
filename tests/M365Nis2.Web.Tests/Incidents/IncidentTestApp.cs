using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Incidents;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Incidents;

/// <summary>The real host on a fake clock, without the background reminder loop (tests drive RunOnceAsync themselves).</summary>
public sealed class IncidentTestApp : IDisposable
{
    public const string Ciso = DemoDirectory.CisoUpn;
    public const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";
    public const string BoardMember = "anders.kjaer@nordlysenergi.onmicrosoft.com";

    public IncidentTestApp(DateTimeOffset start, IDictionary<string, string?>? settings = null, bool keepReminderJob = false)
    {
        Clock = new FakeTimeProvider(start);
        App = new TestApp(settings, configureServices: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            if (!keepReminderJob && s.SingleOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(IncidentReminderJob)) is { } job)
            {
                s.Remove(job);
            }
        });
    }

    public FakeTimeProvider Clock { get; }

    public TestApp App { get; }

    public HttpClient As(string upn) => App.Http(upn);

    public static Uri U(string path) => new(path, UriKind.Relative);

    public static JsonObject Report(string whatHappened = "Customers cannot log in to the portal", DateTimeOffset? awareAt = null) => new()
    {
        ["whatHappened"] = whatHappened,
        ["awareAt"] = awareAt?.ToString("O"),
        ["servicesAffected"] = "Customer portal",
        ["usersAffected"] = 1200,
        ["usersAffectedIsEstimate"] = true,
        ["suspectedCause"] = "malicious",
        ["crossBorder"] = "unknown",
    };

    /// <summary>Reports as <paramref name="upn"/> and returns the new incident's id.</summary>
    public async Task<string> ReportAsync(string upn, JsonObject? body = null)
    {
        using var http = As(upn);
        var response = await http.PostAsJsonAsync(U("/api/incidents"), body ?? Report());
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public async Task ClassifySignificantAsync(string id)
    {
        using var ciso = As(Ciso);
        var response = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/classify"), new JsonObject
        {
            ["operationalOrFinancial"] = "yes",
            ["harmToOthers"] = "unknown",
            ["decision"] = "significant",
            ["reason"] = "Portal down for all customers; attack suspected.",
        });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    public async Task<JsonObject> GetAsync(string id, string upn = Ciso)
    {
        using var http = As(upn);
        return (await http.GetFromJsonAsync<JsonObject>(U($"/api/incidents/{id}")))!;
    }

    public static JsonObject Stage(JsonObject incident, string stage) =>
        incident["timeline"]!.AsArray().Single(s => s!["stage"]!.GetValue<string>() == stage)!.AsObject();

    public void Dispose() => App.Dispose();
}
