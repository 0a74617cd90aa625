using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Tests.Auth;

/// <summary>Roles resolved through the Graph SDK against the demo tenant, exactly as against a real tenant.</summary>
public sealed class GraphRolesTests : IAsyncLifetime
{
    private DemoGraphServer server = null!;
    private GraphUserDirectory directory = null!;

    public async Task InitializeAsync()
    {
        server = await DemoGraphServer.StartAsync();
        directory = new GraphUserDirectory(GraphClients.Create(server.BaseUrl), new MemoryCache(new MemoryCacheOptions()),
            Options.Create(new RolesOptions { CisoUserIds = [server.Directory.Ciso.Id], BoardGroupId = DemoDirectory.BoardGroupId }));
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("mette.holm@nordlysenergi.onmicrosoft.com", new[] { "CISO", "Employee" })]
    [InlineData("anders.kjaer@nordlysenergi.onmicrosoft.com", new[] { "Board", "Employee" })]
    [InlineData("emma.thompson@nordlysenergi.onmicrosoft.com", new[] { "Board", "Employee" })]
    [InlineData("mads.nielsen001@nordlysenergi.onmicrosoft.com", new[] { "Employee" })]
    [InlineData("jonas.berg@nordlysenergi.onmicrosoft.com", new[] { "Employee" })]
    [InlineData("henrik.vestergaard_revisionpartner.dk#EXT#@nordlysenergi.onmicrosoft.com", new string[0])]
    public async Task Roles_of_demo_users_come_from_the_tenant(string upn, string[] expected)
    {
        var user = await directory.FindByUpnAsync(upn);

        var roles = await directory.RolesOfAsync(user!.ObjectId);

        Assert.Equal(expected, roles);
    }

    [Fact]
    public async Task Unknown_user_has_no_roles_and_is_not_found()
    {
        Assert.Null(await directory.FindByUpnAsync("nobody@nordlysenergi.onmicrosoft.com"));
        Assert.Empty(await directory.RolesOfAsync(Guid.NewGuid().ToString()));
    }

    [Fact]
    public async Task Ciso_group_makes_its_members_CISO()
    {
        var byGroup = new GraphUserDirectory(GraphClients.Create(server.BaseUrl), new MemoryCache(new MemoryCacheOptions()),
            Options.Create(new RolesOptions { CisoGroupId = DemoDirectory.SecurityTeamGroupId }));

        var roles = await byGroup.RolesOfAsync(server.Directory.ItAdmins[0].Id);

        Assert.Equal(["CISO", "Employee"], roles);
    }

    [Fact]
    public async Task Board_members_are_read_from_the_board_group_with_their_language()
    {
        var board = await directory.GetBoardMembersAsync();

        Assert.Equal(server.Directory.BoardMembers.Select(b => b.Id), board.Select(b => b.ObjectId));
        Assert.Contains(board, b => b.UserPrincipalName == "david.miller@nordlysenergi.onmicrosoft.com" && b.PreferredLanguage == "en-GB");
        Assert.Contains(board, b => b.DisplayName == "Anders Kjær" && b.PreferredLanguage == "da-DK");
    }

    [Fact]
    public async Task Group_members_are_paged_through_the_sdk()
    {
        await using var big = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 2_100 });
        var groups = new GraphUserDirectory(GraphClients.Create(big.BaseUrl), new MemoryCache(new MemoryCacheOptions()), Options.Create(new RolesOptions()));

        var staff = await groups.GetMembersAsync(DemoDirectory.AllStaffGroupId);

        Assert.Equal(2_100 + 1 + 5 + 2, staff.Count);
        Assert.Equal(staff.Count, staff.Select(s => s.ObjectId).Distinct().Count());
        Assert.True(big.RequestCount("/groups/") >= 3);
    }

    [Fact]
    public async Task Board_lookup_without_a_board_group_says_which_setting_is_missing()
    {
        var unconfigured = new GraphUserDirectory(GraphClients.Create(server.BaseUrl), new MemoryCache(new MemoryCacheOptions()), Options.Create(new RolesOptions()));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => unconfigured.GetBoardMembersAsync());

        Assert.Contains("Roles:BoardGroupId", error.Message, StringComparison.Ordinal);
    }
}
