using System.Reflection;
using System.Runtime.Serialization;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Maps the Graph SDK's models to the pure rule records, keeping Graph's own string values.</summary>
internal static class GraphMfaMapping
{
    public static UserRegistration Registration(Graph.UserRegistrationDetails d) => new(
        d.Id ?? "",
        d.UserPrincipalName,
        d.UserDisplayName,
        d.IsAdmin ?? false,
        d.IsMfaRegistered ?? false,
        d.UserType == Graph.SignInUserType.Guest ? UserKind.Guest : UserKind.Member);

    public static RoleAssignment Role(Graph.UnifiedRoleAssignment a) =>
        new(a.RoleDefinitionId ?? "", a.PrincipalId ?? "", PrincipalName(a.Principal));

    public static string? PrincipalName(Graph.DirectoryObject? principal) => principal switch
    {
        Graph.User u when !string.IsNullOrEmpty(u.UserPrincipalName) => $"{u.DisplayName} ({u.UserPrincipalName})",
        Graph.User u => u.DisplayName,
        Graph.Group g => $"group {g.DisplayName}",
        Graph.ServicePrincipal s => $"service principal {s.DisplayName}",
        _ => null,
    };

    public static ConditionalAccessPolicy Policy(Graph.ConditionalAccessPolicy p)
    {
        var users = p.Conditions?.Users;
        var apps = p.Conditions?.Applications;
        var grant = p.GrantControls;
        var strength = grant?.AuthenticationStrength;
        return new ConditionalAccessPolicy(
            p.Id ?? "",
            p.DisplayName ?? "(unnamed)",
            p.State switch
            {
                Graph.ConditionalAccessPolicyState.Enabled => PolicyState.Enabled,
                Graph.ConditionalAccessPolicyState.EnabledForReportingButNotEnforced => PolicyState.ReportOnly,
                _ => PolicyState.Disabled,
            },
            new PolicyUsers(L(users?.IncludeUsers), L(users?.ExcludeUsers), L(users?.IncludeGroups), L(users?.ExcludeGroups),
                L(users?.IncludeRoles), L(users?.ExcludeRoles)),
            new PolicyApplications(L(apps?.IncludeApplications), L(apps?.ExcludeApplications)),
            grant is null ? null : new PolicyGrant(
                string.Equals(grant.Operator, "OR", StringComparison.OrdinalIgnoreCase) ? GrantOperator.Or : GrantOperator.And,
                [.. (grant.BuiltInControls ?? []).Where(c => c is not null).Select(c => GraphName(c!.Value))],
                strength is null ? null : new AuthenticationStrength(
                    strength.Id ?? "",
                    strength.DisplayName,
                    [.. (strength.AllowedCombinations ?? []).Where(c => c is not null).Select(c => GraphName(c!.Value))],
                    strength.RequirementsSatisfied is { } satisfied ? GraphName(satisfied) : null)),
            [.. (p.Conditions?.ClientAppTypes ?? []).Where(c => c is not null).Select(c => GraphName(c!.Value))],
            new PolicyNarrowing(
                L(p.Conditions?.Locations?.IncludeLocations),
                L(p.Conditions?.Locations?.ExcludeLocations),
                [.. (p.Conditions?.Platforms?.IncludePlatforms ?? []).Where(c => c is not null).Select(c => GraphName(c!.Value))],
                [.. (p.Conditions?.SignInRiskLevels ?? []).Where(c => c is not null).Select(c => GraphName(c!.Value))],
                [.. (p.Conditions?.UserRiskLevels ?? []).Where(c => c is not null).Select(c => GraphName(c!.Value))]));
    }

    public static AuthenticationMethodsSummary Methods(Graph.AuthenticationMethodsPolicy policy) => new(
        [.. (policy.AuthenticationMethodConfigurations ?? [])
            .Where(m => m.State == Graph.AuthenticationMethodState.Enabled && m.Id is not null)
            .Select(m => m.Id!)],
        policy.RegistrationEnforcement?.AuthenticationMethodsRegistrationCampaign?.State switch
        {
            Graph.AdvancedConfigState.Enabled => true,
            Graph.AdvancedConfigState.Disabled => false,
            _ => null,
        });

    /// <summary>Graph's wire value of an SDK enum (its EnumMember value, e.g. <c>exchangeActiveSync</c>).</summary>
    public static string GraphName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var member = typeof(TEnum).GetField(name)?.GetCustomAttribute<EnumMemberAttribute>();
        return member?.Value ?? char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static CollectionStatus Status(GraphFailureSource source, Exception error) => error switch
    {
        Microsoft.Graph.Models.ODataErrors.ODataError e => Infrastructure.Graph.GraphFailure.Classify(e) switch
        {
            Infrastructure.Graph.GraphFailureKind.PermissionMissing => CollectionStatus.Forbidden(source.Permission),
            Infrastructure.Graph.GraphFailureKind.LicenceMissing => CollectionStatus.LicenceRequired(source.Licence),
            _ => CollectionStatus.Failed(Infrastructure.Graph.GraphFailure.Describe(e)),
        },
        _ => CollectionStatus.Failed($"{error.GetType().Name}: {error.Message}"),
    };

    private static List<string> L(List<string>? values) => values ?? [];
}

/// <summary>What a source needs, so a refusal is reported as the permission or licence to fix.</summary>
internal sealed record GraphFailureSource(string Name, string Permission, string Licence = "Microsoft Entra ID P1 or P2")
{
    public static readonly GraphFailureSource Registrations = new("userRegistrationDetails", "AuditLog.Read.All");
    public static readonly GraphFailureSource ConditionalAccess = new("conditionalAccessPolicies", "Policy.Read.All");
    public static readonly GraphFailureSource SecurityDefaults = new("identitySecurityDefaultsEnforcementPolicy", "Policy.Read.All");
    public static readonly GraphFailureSource AuthenticationMethods = new("authenticationMethodsPolicy", "Policy.Read.AuthenticationMethod");
    public static readonly GraphFailureSource RoleAssignments = new("roleAssignments", "RoleManagement.Read.Directory");
}
