using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace M365Nis2.Web.Tests.Graph;

/// <summary>The real Graph SDK against the demo tenant on loopback: paging, retries and errors as against graph.microsoft.com.</summary>
public class DemoGraphPagingTests
{
    private const string Registrations = "/reports/authenticationMethods/userRegistrationDetails";

    [Fact]
    public async Task Sdk_pages_userRegistrationDetails_through_nextLink_and_counts_every_user_exactly_once()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 2_500 });
        var graph = GraphClients.Create(server.BaseUrl);

        var seen = await ReadAllRegistrationsAsync(graph);

        Assert.Equal(server.Directory.Users.Count, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(3, server.RequestCount(Registrations));
    }

    [Fact]
    public async Task Throttling_and_unavailability_mid_paging_are_waited_out_with_no_page_lost()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 2_500 });
        var graph = GraphClients.Create(server.BaseUrl);
        var first = await graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync(r => r.QueryParameters.Top = 999);
        server.Faults.Inject(Registrations, DemoGraphFault.TooManyRequests(TimeSpan.FromSeconds(1)));
        server.Faults.Inject(Registrations, DemoGraphFault.ServiceUnavailable(TimeSpan.FromSeconds(1)));
        var ids = new List<string>();

        await PageIterator<UserRegistrationDetails, UserRegistrationDetailsCollectionResponse>
            .CreatePageIterator(graph, first!, item => { ids.Add(item.Id!); return true; })
            .IterateAsync();

        Assert.Equal(2, server.Faults.Served);
        Assert.Equal(0, server.Faults.Pending);
        Assert.Equal(server.Directory.Users.Count, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Filter_select_and_top_are_honoured_like_graph()
    {
        await using var server = await DemoGraphServer.StartAsync();
        var graph = GraphClients.Create(server.BaseUrl);

        var unregistered = await graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync(r =>
        {
            r.QueryParameters.Filter = "isMfaRegistered eq false and userType eq 'member'";
            r.QueryParameters.Select = ["id", "userPrincipalName", "isAdmin", "isMfaRegistered"];
        });
        var admins = await graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync(r => r.QueryParameters.Filter = "isAdmin eq true");

        Assert.All(unregistered!.Value!, u => Assert.False(u.IsMfaRegistered));
        Assert.All(unregistered.Value!, u => Assert.Null(u.MethodsRegistered));
        Assert.Contains(unregistered.Value!, u => u.UserPrincipalName == "nikolaj.friis@" + DemoDirectory.Domain);
        Assert.Contains(unregistered.Value!, u => u.UserPrincipalName == "printer.aarhus@" + DemoDirectory.Domain);
        Assert.Equal(4, admins!.Value!.Count);
    }

    [Fact]
    public async Task Default_demo_tenant_has_the_documented_registration_mix()
    {
        await using var server = await DemoGraphServer.StartAsync();
        var graph = GraphClients.Create(server.BaseUrl);

        var members = (await graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync(r =>
            r.QueryParameters.Filter = "userType eq 'member'"))!.Value!;

        Assert.Equal(51, members.Count);
        Assert.Equal(43, members.Count(m => m.IsMfaRegistered == true));
        Assert.Equal(3, members.Count(m => m.IsAdmin == true && m.IsMfaRegistered == true));
    }

    [Fact]
    public async Task Reports_throttle_answers_429_with_Retry_After_beyond_five_requests_in_ten_seconds()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-11-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { ThrottleReports = true, TimeProvider = clock });
        using var http = new HttpClient();
        var url = new Uri(server.BaseUrl + Registrations);

        var statuses = new List<int>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await http.GetAsync(url);
            statuses.Add((int)response.StatusCode);
            if (i == 5)
            {
                Assert.Equal("10", response.Headers.GetValues("Retry-After").Single());
            }
        }
        clock.Advance(TimeSpan.FromSeconds(10));
        using var afterWindow = await http.GetAsync(url);

        Assert.Equal([200, 200, 200, 200, 200, 429], statuses);
        Assert.Equal(200, (int)afterWindow.StatusCode);
        Assert.Equal(1, server.ThrottledCount);
    }

    private static async Task<List<string>> ReadAllRegistrationsAsync(GraphServiceClient graph)
    {
        var first = await graph.Reports.AuthenticationMethods.UserRegistrationDetails.GetAsync(r => r.QueryParameters.Top = 999);
        var ids = new List<string>();
        await PageIterator<UserRegistrationDetails, UserRegistrationDetailsCollectionResponse>
            .CreatePageIterator(graph, first!, item => { ids.Add(item.Id!); return true; })
            .IterateAsync();
        return ids;
    }
}
