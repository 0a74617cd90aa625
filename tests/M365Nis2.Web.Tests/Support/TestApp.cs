using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Support;

/// <summary>
/// The real host on real Kestrel (127.0.0.1, free port) against the shared Azurite, with its own storage prefix.
/// Real sockets matter here: the Agents Playground calls the bot over HTTP and the dev-user rule checks the peer address.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;
    private readonly Action<IServiceCollection>? configureServices;

    public TestApp(IDictionary<string, string?>? settings = null, string environment = "Development", string? storagePrefix = null,
        Action<IServiceCollection>? configureServices = null)
    {
        StoragePrefix = storagePrefix ?? AzuriteServer.NewPrefix();
        this.environment = environment;
        this.configureServices = configureServices;
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Storage"] = AzuriteServer.Shared.ConnectionString,
            ["Storage:Prefix"] = StoragePrefix,
            ["Logging:LogLevel:Default"] = "Warning",
            // Scheduled jobs stay off unless a test turns them on: a fake clock moved by one test must not start an
            // unrelated collection or snapshot that changes what the test counts.
            ["Evidence:Enabled"] = "false",
            // The card's Refresh waits for the collection; under a loaded test machine 8 s is not always enough.
            ["Evidence:RefreshWait"] = "00:01:00",
            ["Training:DailyJobEnabled"] = "false",
            ["Suppliers:JobsEnabled"] = "false",
            // The annual wheel opens its tasks at start and sends the owner (the demo CISO) a card; with no tenant known yet
            // the app installs itself for them through the demo tenant, whose installation event then names the demo's own
            // connector for the tenant, and a test's fake connector stops getting the sends it counts.
            ["Tasks:JobEnabled"] = "false",
        };
        if (environment != "Development")
        {
            // Local bot mode is refused outside Development; a production-like host gets a (test) bot identity.
            this.settings["Bot:AppId"] = "00000000-0000-0000-0000-00000000b07a";
            this.settings["Bot:TenantId"] = "3c1a8e2d-7b4f-4c9a-a1e6-2d5f8b0c9e11";
            this.settings["Bot:AppSecret"] = "test-only-not-a-secret";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            this.settings[key] = value;
        }
        UseKestrel(0);
        try
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            // When the host fails to start (e.g. options validation), WebApplicationFactory's Kestrel path sometimes asks
            // the already disposed host for its address (ObjectDisposedException), or finds the stopped server with no
            // address at all ("Sequence contains no elements"), hiding the real error. Start the same configuration
            // in-process to surface the real one; if that starts, the original error stands.
            using var probe = new StartupProbe(this);
            _ = probe.Services;
            throw;
        }
    }

    public string StoragePrefix { get; }

    public Uri BaseAddress { get; }

    /// <summary>An HttpClient on a real socket, optionally acting as a demo user through X-Dev-User.</summary>
    public HttpClient Http(string? devUserUpn = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (devUserUpn is not null)
        {
            client.DefaultRequestHeaders.Add("X-Dev-User", devUserUpn);
        }
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.UseSetting("urls", "http://127.0.0.1:0");
        if (configureServices is not null)
        {
            // WebApplicationFactory hooks every host built in the process until the app's host is built, and the app's
            // start builds one of its own (the demo Graph server) while that hook may still be in place. A test's
            // services (an exporter, a fake clock) are for the app's host only: the second TracerProvider this gave the
            // demo server now and then exported every span of a telemetry test twice.
            builder.ConfigureServices(services =>
            {
                if (services.Any(d => d.ServiceType == typeof(M365Nis2.Web.Infrastructure.Graph.DemoTenant.DemoGraphHost)))
                {
                    configureServices(services);
                }
            });
        }
    }

    /// <summary>The same host configuration on the in-memory test server, only to reproduce a start-up error.</summary>
    private sealed class StartupProbe(TestApp parent) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => parent.ConfigureWebHost(builder);
    }
}
