using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// Owns the app's demo Graph server: started by <see cref="DemoGraphHostedService"/> at host start (or on first use,
/// whichever comes first, so a GraphServiceClient resolved early still gets the right URL), stopped with the host.
/// </summary>
public sealed class DemoGraphHost(IOptions<GraphOptions> options, TimeProvider time, IServiceProvider services) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private Task<DemoGraphServer>? started;

    public Task<DemoGraphServer> StartAsync()
    {
        lock (gate)
        {
            return started ??= DemoGraphServer.StartAsync(new DemoGraphServerOptions
            {
                Employees = options.Value.Demo.Employees,
                ThrottleReports = options.Value.Demo.ThrottleReports,
                Devices = options.Value.Demo.Devices,
                RefuseAppInstall = options.Value.Demo.RefuseAppInstall,
                Port = options.Value.Demo.Port,
                TimeProvider = time,
                // Resolved when an installation happens, not now: the events need the bot, which may need Graph.
                AppInstalled = user => services.GetService<IDemoTeamsEvents>()?.AppInstalledAsync(user, CancellationToken.None) ?? Task.CompletedTask,
            });
        }
    }

    /// <summary>The running server; blocks only the first time, for the few milliseconds Kestrel needs to bind.</summary>
    public DemoGraphServer Server => StartAsync().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        Task<DemoGraphServer>? running;
        lock (gate)
        {
            running = started;
            started = null;
        }
        if (running is not null)
        {
            await (await running).DisposeAsync();
        }
    }
}

/// <summary>Starts the demo server with the host when <c>Graph:Auth=Demo</c>, and stops it with the host.</summary>
internal sealed class DemoGraphHostedService(DemoGraphHost host, IOptions<GraphOptions> options, ILogger<DemoGraphHostedService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.EffectiveAuth != GraphAuthMode.Demo)
        {
            return;
        }
        var server = await host.StartAsync();
        logger.LogInformation("Graph: demo tenant '{Organisation}' (demo data, {Users} users) served at {BaseUrl}",
            DemoDirectory.OrganisationName, server.Directory.Users.Count, server.BaseUrl);
    }

    public Task StopAsync(CancellationToken cancellationToken) => host.DisposeAsync().AsTask();
}
