using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace M365Nis2.Web.Tests.Platform;

/// <summary>The app's own logs at Information; per-call HttpClient and per-request ASP.NET Core lines only from Warning, unless configured.</summary>
public class LoggingDefaultsTests
{
    [Fact]
    public void Per_call_http_and_per_request_lines_are_quiet_by_default_while_the_apps_own_information_is_kept()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.True(loggers.CreateLogger("M365Nis2.Web.Features.Awareness.QuizCompletion").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("System.Net.Http.HttpClient.BotConnector.ClientHandler").IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("System.Net.Http.HttpClient.BotConnector.ClientHandler").IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void An_operator_setting_still_wins_over_the_defaults()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Information" });

        var http = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("System.Net.Http.HttpClient.BotConnector.ClientHandler");

        Assert.True(http.IsEnabled(LogLevel.Information));
    }
}
