using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Platform;

public static class PlatformExtensions
{
    /// <summary>What every feature stands on: structured logs, storage, health.</summary>
    public static IHostApplicationBuilder AddPlatform(this IHostApplicationBuilder builder)
    {
        // Quiet defaults beneath every other configuration source (appsettings, environment, App Service settings still
        // win): at Information, HttpClient logs four lines per Bot Connector call and ASP.NET Core three per request,
        // which at a campaign's 50 calls/s cost more CPU than the sends themselves and fill Application Insights.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            },
        });
        builder.Logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        builder.AddStorage();
        builder.Services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        builder.Services.AddProblemDetails();
        // Bad input is the caller's mistake in every environment: binding failures throw (instead of an empty 400 in
        // Production and a 500 in Development) and BadRequestProblems answers 400 problem details naming the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestProblems>();
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = UploadLimit.DefaultBytes);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TabLinks>();
        // Jobs stop on the stopping token; this is the backstop that keeps SIGTERM (App Service, Ctrl-C) under 5 s even
        // if some call does not honour it.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(4));
        return builder;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseMiddleware<Infrastructure.Auth.SessionCsrfGuard>();
        app.UseAuthorization();
        app.UseMiddleware<RouteValueGuard>();
        app.MapHealthChecks("/healthz");
        return app;
    }
}
