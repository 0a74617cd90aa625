using Azure.Monitor.OpenTelemetry.AspNetCore;
using M365Nis2.Teams;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace M365Nis2.Web.Platform;

public static class TelemetryExtensions
{
    /// <summary>Configuration key (and the environment variable App Service sets from the Bicep).</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// With an Application Insights connection string: OpenTelemetry traces, metrics and logs through the Azure Monitor
    /// distro (ASP.NET Core, HttpClient — Graph, the Bot Connector, storage — and Azure SDK spans) plus the app's own
    /// sources and meters (<see cref="AppTelemetry"/>, <see cref="TeamsTelemetry"/>). Without one: nothing is registered,
    /// so no listener, no exporter and no background thread exist and the instruments stay free.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
            return builder;
        builder.Services.AddOpenTelemetry()
            .UseAzureMonitor(o => o.ConnectionString = connectionString)
            .WithTracing(t => t.AddSource(AppTelemetry.Name, TeamsTelemetry.Name))
            .WithMetrics(m => m.AddMeter(AppTelemetry.Name, TeamsTelemetry.Name));
        return builder;
    }
}
