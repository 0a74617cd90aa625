using System.ComponentModel.DataAnnotations;
using M365Nis2.Domain.Reach;

namespace M365Nis2.Web.Features.Bot;

/// <summary>
/// Section <c>AppInstall</c>: proactive installation of the app for people without a 1:1 chat with the bot ("reach
/// everyone", Graph permission TeamsAppInstallation.ReadWriteSelfForUser.All).
/// </summary>
public sealed class AppInstallOptions
{
    public const string Section = "AppInstall";

    /// <summary>Off: people without the app stay "not reached" with a reason saying so.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The app's id in the organisation's Teams catalogue (teamsApp id, not the manifest id). When empty it is looked up
    /// once by <see cref="ManifestAppId"/> (<c>GET /appCatalogs/teamsApps?$filter=externalId eq …</c>, AppCatalog.Read.All).
    /// </summary>
    public string? CatalogAppId { get; set; }

    /// <summary>The manifest's <c>id</c> (azd output TEAMS_APP_ID); the demo tenant's app when empty there.</summary>
    public string? ManifestAppId { get; set; }

    /// <summary>How soon a sender looks again after asking for an installation (Teams' event normally takes seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00", ErrorMessage = "AppInstall:RetryAfter must be between 50 ms and 1 hour.")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the installation event is awaited before the installation is asked for again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "AppInstall:EventTimeout must be between 1 second and 1 day.")]
    public TimeSpan EventTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a refusal (permission, licence) stands before Graph is asked again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00", ErrorMessage = "AppInstall:RefusalKeptFor must be between 0 and 7 days.")]
    public TimeSpan RefusalKeptFor { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Installation requests per second to Graph (Teams' own limits are per app and tenant; bulk campaigns stay well under).</summary>
    [Range(1, 50, ErrorMessage = "AppInstall:RequestsPerSecond must be between 1 and 50.")]
    public int RequestsPerSecond { get; set; } = 5;

    /// <summary>How often each instance looks for notices kept until an installation (sent once, claimed by ETag).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00", ErrorMessage = "AppInstall:NoticeCheckInterval must be between 50 ms and 1 hour.")]
    public TimeSpan NoticeCheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A kept notice older than this is dropped with a warning (its news is stale by then).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "AppInstall:NoticeKeptFor must be between 1 second and 7 days.")]
    public TimeSpan NoticeKeptFor { get; set; } = TimeSpan.FromDays(1);

    public AppInstallRules ToRules() => new(RetryAfter, EventTimeout, RefusalKeptFor);
}
