using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>
/// Section <c>Roles</c>: who the app treats as CISO and board when the token carries no app roles. With the demo tenant
/// and nothing configured, the demo CISO and the demo board group are used.
/// </summary>
public sealed class RolesOptions
{
    public const string Section = "Roles";

    /// <summary>Entra object ids of the CISO(s).</summary>
    public List<string> CisoUserIds { get; set; } = [];

    /// <summary>Entra group whose (transitive) members are CISOs.</summary>
    public string? CisoGroupId { get; set; }

    /// <summary>Entra group of the board; approvals and board training resolve their people from it.</summary>
    public string? BoardGroupId { get; set; }

    /// <summary>How long looked-up users and roles are reused: role changes in Entra show up after at most this.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);
}

internal sealed class DemoRolesDefaults(IOptions<GraphOptions> graph) : IPostConfigureOptions<RolesOptions>
{
    public void PostConfigure(string? name, RolesOptions options)
    {
        if (graph.Value.EffectiveAuth != GraphAuthMode.Demo)
        {
            return;
        }
        if (options.CisoUserIds.Count == 0 && options.CisoGroupId is null)
        {
            options.CisoUserIds.Add(new DemoDirectory(0).Ciso.Id);
        }
        options.BoardGroupId ??= DemoDirectory.BoardGroupId;
    }
}
