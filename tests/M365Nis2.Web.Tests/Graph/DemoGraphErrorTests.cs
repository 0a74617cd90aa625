using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Tests.Graph;

public class DemoGraphErrorTests
{
    [Fact]
    public async Task Missing_permission_surfaces_as_a_typed_error_naming_the_Graph_code()
    {
        await using var server = await DemoGraphServer.StartAsync();
        var graph = GraphClients.Create(server.BaseUrl);
        server.Faults.Inject("/identity/conditionalAccess/policies", DemoGraphFault.Forbidden());

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Identity.ConditionalAccess.Policies.GetAsync());

        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("Authorization_RequestDenied", error.Error?.Code);
        Assert.Equal(GraphFailureKind.PermissionMissing, GraphFailure.Classify(error));
    }

    [Fact]
    public async Task Missing_premium_licence_for_reports_is_told_apart_from_a_missing_permission()
    {
        await using var server = await DemoGraphServer.StartAsync();
        var graph = GraphClients.Create(server.BaseUrl);
        server.Faults.Inject("/reports/", DemoGraphFault.LicenceRequired());

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync());

        Assert.Equal(GraphFailureKind.LicenceMissing, GraphFailure.Classify(error));
        Assert.Contains("P1 or P2", GraphFailure.Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_policies_read_through_the_sdk_show_the_findings_the_demo_is_built_around()
    {
        await using var server = await DemoGraphServer.StartAsync();
        var graph = GraphClients.Create(server.BaseUrl);

        var policies = (await graph.Identity.ConditionalAccess.Policies.GetAsync())!.Value!;
        var defaults = await graph.Policies.IdentitySecurityDefaultsEnforcementPolicy.GetAsync();
        var methods = await graph.Policies.AuthenticationMethodsPolicy.GetAsync();
        var roles = (await graph.RoleManagement.Directory.RoleAssignments.GetAsync(r => r.QueryParameters.Expand = ["principal"]))!.Value!;
        var organisation = (await graph.Organization.GetAsync())!.Value!.Single();

        var mfaForAll = policies.Single(p => p.DisplayName == "CA001: Require MFA for all users");
        Assert.Equal(Microsoft.Graph.Models.ConditionalAccessPolicyState.Enabled, mfaForAll.State);
        Assert.Contains(DemoDirectory.LegacyPrinterExclusionGroupId, mfaForAll.Conditions!.Users!.ExcludeGroups!);
        Assert.Equal(Microsoft.Graph.Models.ConditionalAccessPolicyState.EnabledForReportingButNotEnforced,
            policies.Single(p => p.DisplayName == "CA003: Block legacy authentication").State);
        Assert.Equal("00000000-0000-0000-0000-000000000004",
            policies.Single(p => p.DisplayName!.StartsWith("CA002", StringComparison.Ordinal)).GrantControls!.AuthenticationStrength!.Id);
        Assert.False(defaults!.IsEnabled);
        Assert.Contains(methods!.AuthenticationMethodConfigurations!, m => m.Id == "Sms" && m.State == Microsoft.Graph.Models.AuthenticationMethodState.Enabled);
        Assert.Equal(3, roles.Count(r => r.RoleDefinitionId == DemoRoles.GlobalAdministrator));
        Assert.Contains(roles, r => r.Principal is Microsoft.Graph.Models.User { UserPrincipalName: DemoDirectory.BreakGlassUpn });
        Assert.Equal("Nordlys Energi A/S (demo)", organisation.DisplayName);
    }
}
