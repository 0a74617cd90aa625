using System.Net;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Tests.Graph;

/// <summary>The demo tenant's counting endpoints answer like Graph v1.0, and its shortcut facts agree with its rows.</summary>
public class DemoGraphCountsTests
{
    [Fact]
    public async Task Users_count_is_an_advanced_query_refused_without_ConsistencyLevel_and_answered_as_text()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 100 });
        using var http = new HttpClient();
        var url = new Uri(server.BaseUrl + "/users/$count?$filter=" + Uri.EscapeDataString("userType eq 'Member' and accountEnabled eq true"));

        using var refused = await http.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "ConsistencyLevel", "eventual" } } };
        using var answered = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("$count is not currently supported", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/plain", answered.Content.Headers.ContentType?.MediaType);
        Assert.Equal("111", await answered.Content.ReadAsStringAsync()); // 100 employees + 11 fixed members (3 guests are not)
    }

    [Fact]
    public async Task The_real_sdk_reads_the_counts_and_the_report_summary()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 1_000, UnregisteredEvery = 20 });
        var graph = GraphClients.Create(server.BaseUrl);

        var guests = await graph.Users.Count.GetAsync(r =>
        {
            r.QueryParameters.Filter = "userType eq 'Guest' and accountEnabled eq true";
            r.Headers.Add("ConsistencyLevel", "eventual");
        });
        var summary = await graph.Reports.AuthenticationMethods.UsersRegisteredByFeature.GetAsync();

        Assert.Equal(3, guests);
        Assert.Equal(server.Directory.Users.Count, summary!.TotalUserCount);
        var mfaCapable = summary.UserRegistrationFeatureCounts!.Single(c => c.Feature == Microsoft.Graph.Models.AuthenticationMethodFeature.MfaCapable);
        Assert.Equal(1_000 - 50 + 9, mfaCapable.UserCount); // every 20th employee not registered; 9 of 14 fixed accounts registered
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(20)]
    public void Shortcut_facts_agree_with_the_generated_rows(int unregisteredEvery)
    {
        var directory = new DemoDirectory(200, unregisteredEvery);
        for (var i = 0; i < directory.Users.Count; i++)
        {
            var user = directory.Users[i];
            var facts = DemoUserFacts.At(directory, i);
            Assert.Equal(DemoUserFacts.Of(user), facts);
            var row = DemoGraphJson.RegistrationDetails(user);
            foreach (var (key, value) in facts.RegistrationItem())
                Assert.Equal(row[key], value);
            var json = DemoGraphJson.User(user);
            foreach (var (key, value) in facts.UserItem())
                Assert.Equal(json[key], value);
            Assert.Equal(row["isPasswordlessCapable"], facts.Passwordless);
        }
    }
}
