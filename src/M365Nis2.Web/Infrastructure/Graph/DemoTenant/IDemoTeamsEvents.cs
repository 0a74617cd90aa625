namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// What Teams does after the demo tenant installed the app for someone: the bot receives the installation event. The
/// host (the bot feature) implements it; the demo server only says who got the app.
/// </summary>
public interface IDemoTeamsEvents
{
    Task AppInstalledAsync(DemoUser user, CancellationToken ct);
}
