using System.Net;
using System.Text;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// docs/security.md's role table, checked row by row against the running app as each role: CISO, board member,
/// employee, guest (signed in, no role) and anonymous. Every mapped route must have a row, so a new route without a
/// role answer fails here.
/// </summary>
public sealed class RoleTableTests(RoleTableTests.Host host) : IClassFixture<RoleTableTests.Host>
{
    public sealed class Host : IDisposable
    {
        public TestApp App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    private static readonly DemoDirectory Demo = new();

    private static readonly Dictionary<string, string?> Users = new()
    {
        ["CISO"] = DemoDirectory.CisoUpn,
        ["Board"] = Demo.BoardMembers[0].UserPrincipalName,
        ["Employee"] = Demo.Users.First(u => u.Kind == DemoUserKind.Employee).UserPrincipalName,
        ["Guest"] = Demo.Guests[0].UserPrincipalName,
        ["Anonymous"] = null,
    };

    public static TheoryData<string> RouteRows => [.. RoleTable.Rows.Where(r => !r.IsBotCommand).Select(r => r.Subject)];

    [Fact]
    public void Every_route_has_a_row_and_every_row_a_route()
    {
        var mapped = ApiEndpoints.AllRoutes(host.App).Select(r => r.ToString()).ToHashSet(StringComparer.Ordinal);
        var documented = RoleTable.Rows.Where(r => !r.IsBotCommand).Select(r => r.Subject).ToHashSet(StringComparer.Ordinal);

        Assert.True(mapped.SetEquals(documented),
            $"routes without a row in docs/security.md: {string.Join(", ", mapped.Except(documented))}; rows without a route: {string.Join(", ", documented.Except(mapped))}");
    }

    [Theory]
    [MemberData(nameof(RouteRows))]
    public async Task Route_answers_each_role_as_the_table_says(string subject)
    {
        var row = RoleTable.Rows.Single(r => r.Subject == subject);
        foreach (var role in RoleTable.Roles)
        {
            using var http = host.App.Http(Users[role]);
            using var request = new HttpRequestMessage(new HttpMethod(row.Method), PathOf(row.Path));
            if (row.Method is "POST" or "PUT")
            {
                request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            }
            using var response = await http.SendAsync(request);
            var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
            var expected = row.Answers[role];
            if (expected == "no")
            {
                var wanted = role == "Anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                Assert.True(response.StatusCode == wanted, $"{subject} as {role}: expected {wanted}, got {response.StatusCode}");
            }
            else
            {
                Assert.False(refused, $"{subject} as {role}: expected access ({expected}), got {response.StatusCode}");
            }
        }
    }

    /// <summary>Route parameters get harmless well-formed values (a 404 for an unknown id still shows access was granted).</summary>
    private static string PathOf(string pattern) => pattern
        .Replace("{id}", "art21.2.j", StringComparison.Ordinal)
        .Replace("{stage}", "early-warning", StringComparison.Ordinal)
        .Replace("{version}", "1", StringComparison.Ordinal)
        .Replace("{key}", "information-security-policy", StringComparison.Ordinal)
        .Replace("{**page:tabpage}", "training", StringComparison.Ordinal);
}

/// <summary>The table's bot rows, through the real Bot Framework token check (fake issuer) and the fake connector.</summary>
public sealed class BotRoleTableTests(Bot.BotAuthFixture f) : IClassFixture<Bot.BotAuthFixture>
{
    private static readonly DemoDirectory Demo = new();

    private static readonly Dictionary<string, string?> ObjectIds = new()
    {
        ["CISO"] = Demo.Ciso.Id,
        ["Board"] = Demo.BoardMembers[0].Id,
        ["Employee"] = Demo.Users.First(u => u.Kind == DemoUserKind.Employee).Id,
        ["Guest"] = Demo.Guests[0].Id,
        ["Anonymous"] = null,
    };

    public static TheoryData<string> BotRows => [.. RoleTable.Rows.Where(r => r.IsBotCommand).Select(r => r.Subject)];

    [Fact]
    public void Every_bot_command_has_a_row()
    {
        var registered = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetServices<M365Nis2.Teams.Routing.BotCommandRegistration>(f.App.Services).Select(c => "bot " + c.Name).Append("bot help").ToHashSet();
        var documented = RoleTable.Rows.Where(r => r.IsBotCommand).Select(r => r.Subject).ToHashSet();

        Assert.True(registered.SetEquals(documented),
            $"commands without a row: {string.Join(", ", registered.Except(documented))}; rows without a command: {string.Join(", ", documented.Except(registered))}");
    }

    [Theory]
    [MemberData(nameof(BotRows))]
    public async Task Bot_command_answers_each_role_as_the_table_says(string subject)
    {
        var row = RoleTable.Rows.Single(r => r.Subject == subject);
        var command = subject["bot ".Length..];
        foreach (var role in RoleTable.Roles)
        {
            var activity = Bot.BotActivities.Message(f.Connector.ServiceUrl, command).Unique(out _, out var conversationId);
            activity["from"]!["aadObjectId"] = ObjectIds[role];
            var token = role == "Anonymous" ? null : f.Issuer.CreateToken(f.Connector.ServiceUrl.ToString());
            using var response = await f.App.PostActivityAsync(activity, token);
            var replies = f.Connector.SentActivities.Where(a => a.ConversationId == conversationId).Select(a => a.Activity).ToList();
            var card = replies.Any(r => r["attachments"]?.AsArray().Count > 0);
            if (role == "Anonymous")
            {
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized == (row.Answers[role] == "no"), $"{subject} as {role}: {response.StatusCode}");
                continue;
            }
            Assert.True(response.IsSuccessStatusCode, $"{subject} as {role}: {response.StatusCode}");
            Assert.True(card == (row.Answers[role] != "no"), $"{subject} as {role}: expected {row.Answers[role]}, card sent: {card}");
        }
    }
}
