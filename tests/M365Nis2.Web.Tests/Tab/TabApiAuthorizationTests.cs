using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// Every endpoint the tab adds, called with Entra bearer tokens as Teams SSO sends them: no token, a token for another
/// audience, a token signed by someone else → 401; a valid token of a user without the role → 403; with the role → success.
/// </summary>
public sealed class TabApiAuthorizationTests : IDisposable
{
    private readonly EntraTestIssuer issuer = new();
    private readonly TestApp app;
    private readonly DemoDirectory demo = new();

    public TabApiAuthorizationTests() => app = new TestApp(EntraTestIssuer.Settings(), configureServices: issuer.Configure);

    public void Dispose()
    {
        app.Dispose();
        issuer.Dispose();
    }

    /// <summary>Endpoint, who may call it (C = CISO, B = board, E = employee).</summary>
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/tab/controls", "CB" },
        { "GET", "/api/tab/controls/art21.2.j", "CB" },
        { "POST", "/api/controls/art21.2.j/evidence", "C" },
        { "GET", "/api/audit-pack", "C" },
        { "GET", "/api/tab/awareness-modules", "C" },
    };

    private static HttpRequestMessage Request(string method, string path, string? token)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = ManualEvidenceApiTests.Form();
        }
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return request;
    }

    private async Task<HttpStatusCode> SendAsync(string method, string path, string? token)
    {
        using var http = app.Http();
        using var request = Request(method, path, token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Missing_token_is_401(string method, string path, string _) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(method, path, null));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Token_for_another_audience_is_401(string method, string path, string _) =>
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(method, path, issuer.Token(demo.Ciso.Id, audience: "api://someone-else/" + Guid.NewGuid())));

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Token_signed_by_another_key_is_401(string method, string path, string _)
    {
        using var other = RSA.Create(2048);
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(method, path, issuer.Token(demo.Ciso.Id, signWith: new RsaSecurityKey(other) { KeyId = "entra-test-key" })));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Caller_without_the_role_is_403_and_with_it_succeeds(string method, string path, string allowed)
    {
        var users = new Dictionary<char, string> { ['C'] = demo.Ciso.Id, ['B'] = demo.BoardMembers[0].Id, ['E'] = demo.Users.First(u => u.Kind == DemoUserKind.Employee).Id };
        foreach (var (role, objectId) in users)
        {
            var status = await SendAsync(method, path, issuer.Token(objectId));
            if (allowed.Contains(role, StringComparison.Ordinal))
            {
                Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created, $"{role}: {status}");
            }
            else
            {
                Assert.True(status == HttpStatusCode.Forbidden, $"{role}: {status}");
            }
        }
    }

    [Fact]
    public async Task Dev_user_list_is_absent_outside_Development_and_refused_from_a_non_loopback_peer()
    {
        using var production = new TestApp(new Dictionary<string, string?> { ["Signing:AllowLocalInProduction"] = "true" }, environment: "Production");
        using var http = production.Http();

        using var remote = new TestApp(configureServices: s => s.AddTransient<IStartupFilter, RemotePeerFilter>());
        using var fromRemote = remote.Http();
        using var local = app.Http();

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/dev/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fromRemote.GetAsync("/api/dev/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("/api/dev/users")).StatusCode);
    }

    /// <summary>Rewrites the peer address to 10.0.0.5 on the real Kestrel host (there is no second interface to call from).</summary>
    private sealed class RemotePeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((ctx, nextMiddleware) =>
            {
                ctx.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
                return nextMiddleware(ctx);
            });
            next(builder);
        };
    }
}
