using System.Net.Http.Json;
using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Evidence;

/// <summary>The host on the demo tenant (its own loopback Graph server, so faults can be injected), no scheduled runs.</summary>
public sealed class EvidenceTestApp : IDisposable
{
    public const string Ciso = "mette.holm@nordlysenergi.onmicrosoft.com";
    public const string Board = "anders.kjaer@nordlysenergi.onmicrosoft.com";
    public const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";
    public const string Registrations = "/reports/authenticationMethods/userRegistrationDetails";

    private readonly string signingFolder = Directory.CreateTempSubdirectory("m365nis2-signing-").FullName;

    public EvidenceTestApp(int employees = 40, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Signing:LocalFolder"] = signingFolder,
            ["Graph:Demo:Employees"] = employees.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Evidence:Enabled"] = "false",
            // Tests do not wait out the real reports throttle (bench/ does); the pacer logic itself is still in the path.
            ["Evidence:ReportsRequestLimit"] = "100",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }
        App = new TestApp(all, configureServices: configureServices);
    }

    public TestApp App { get; }

    public DemoGraphServer Graph => App.Services.GetRequiredService<DemoGraphHost>().Server;

    public HttpClient Http(string user = Ciso) => App.Http(user);

    /// <summary>POST /api/evidence/collect as the CISO, then polls the run until it is no longer running.</summary>
    public async Task<JsonElement> CollectAndWaitAsync()
    {
        using var http = Http();
        using var response = await http.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        return await WaitForRunAsync(runId);
    }

    public async Task<JsonElement> WaitForRunAsync(string runId)
    {
        using var http = Http();
        for (var i = 0; i < 600; i++)
        {
            var run = await http.GetFromJsonAsync<JsonElement>($"/api/evidence/runs/{runId}");
            if (run.GetProperty("status").GetString() != "running")
            {
                return run;
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"Run {runId} still running after 60 s.");
    }

    public async Task<JsonElement> GetJsonAsync(string path, string user = Ciso)
    {
        using var http = Http(user);
        return await http.GetFromJsonAsync<JsonElement>(path);
    }

    public void Dispose()
    {
        App.Dispose();
        try
        {
            Directory.Delete(signingFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
