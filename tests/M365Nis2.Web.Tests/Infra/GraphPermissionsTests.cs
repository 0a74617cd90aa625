using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Infra;

/// <summary>The Graph permissions Bicep hands to the grant script are the documented, read-only ones.</summary>
public class GraphPermissionsTests
{
    [Fact]
    public async Task Bicep_lists_every_documented_read_permission_and_nothing_that_writes()
    {
        var root = await CompiledTemplate.RootAsync();
        var permissions = ((JsonArray)root["variables"]!["graphAppPermissions"]!).Select(p => (string)p!).ToList();
        var docs = await File.ReadAllTextAsync(RepoPaths.Of("docs", "graph-permissions.md"));

        Assert.Contains("GRAPH_APP_PERMISSIONS", ((JsonObject)root["outputs"]!).Select(o => o.Key));
        Assert.All(permissions, p => Assert.DoesNotContain("Write", p, StringComparison.Ordinal));
        Assert.All(permissions, p => Assert.Contains($"**{p}**", docs, StringComparison.Ordinal));
        foreach (var needed in new[] { "SecurityEvents.Read.All", "SecurityIncident.Read.All", "SecurityAlert.Read.All", "DeviceManagementManagedDevices.Read.All",
                     "DeviceManagementConfiguration.Read.All", "AccessReview.Read.All", "BackupRestore-Configuration.Read.All", "AuditLog.Read.All",
                     "Application.Read.All", "DelegatedPermissionGrant.Read.All" })
            Assert.Contains(needed, permissions);
    }

    [Fact]
    public async Task Proactive_installation_adds_only_the_self_install_permission_and_the_catalogue_read()
    {
        var root = await CompiledTemplate.RootAsync();
        var install = ((JsonArray)root["variables"]!["graphInstallPermissions"]!).Select(p => (string)p!).ToList();
        var docs = await File.ReadAllTextAsync(RepoPaths.Of("docs", "graph-permissions.md"));
        var readme = await File.ReadAllTextAsync(RepoPaths.Of("README.md"));

        Assert.Equal(["AppCatalog.Read.All", "TeamsAppInstallation.ReadWriteSelfForUser.All"], install);
        Assert.All(install, p => Assert.Contains($"**{p}**", docs, StringComparison.Ordinal));
        Assert.All(install, p => Assert.Contains($"`{p}`", readme, StringComparison.Ordinal));
        Assert.DoesNotContain("*optional*, only to install", readme, StringComparison.Ordinal);
        var output = (string)root["outputs"]!["GRAPH_APP_PERMISSIONS"]!["value"]!;
        Assert.Contains("graphInstallPermissions", output, StringComparison.Ordinal);
        Assert.Contains("proactiveInstall", output, StringComparison.Ordinal);
    }
}
