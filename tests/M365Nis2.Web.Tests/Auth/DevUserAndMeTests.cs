using System.Net;
using System.Net.Http.Json;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Auth;

/// <summary>The X-Dev-User shortcut and /api/me on the real host (Kestrel, demo tenant through the Graph SDK).</summary>
public class DevUserAndMeTests
{
    private static readonly Uri Me = new("/api/me", UriKind.Relative);

    [Fact]
    public async Task Dev_user_from_loopback_in_Development_is_signed_in_with_roles_from_the_demo_tenant()
    {
        using var app = new TestApp();
        using var http = app.Http(Infrastructure.Graph.DemoTenant.DemoDirectory.CisoUpn);

        var me = await http.GetFromJsonAsync<MeResponse>(Me);

        Assert.Equal(["CISO", "Employee"], me!.Roles);
        Assert.Equal("Mette Holm", me.DisplayName);
        Assert.True(me.IsDemoData);
    }

    [Fact]
    public async Task Guest_is_signed_in_but_not_a_member_of_the_app()
    {
        using var app = new TestApp();
        using var http = app.Http("ole.bak_gmail.com#EXT#@nordlysenergi.onmicrosoft.com");

        var response = await http.GetAsync(Me);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dev_user_header_is_ignored_in_Production()
    {
        // Production refuses the local signing key unless explicitly allowed; this test is about the header only.
        using var app = new TestApp(new Dictionary<string, string?> { ["Signing:AllowLocalInProduction"] = "true" }, environment: "Production");
        using var http = app.Http(Infrastructure.Graph.DemoTenant.DemoDirectory.CisoUpn);

        var response = await http.GetAsync(Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>No second interface here, so a startup filter on the real Kestrel host rewrites the peer to 10.0.0.5.</summary>
    [Fact]
    public async Task Dev_user_header_is_ignored_from_a_non_loopback_peer()
    {
        using var app = new TestApp(configureServices: s => s.AddTransient<IStartupFilter, RemotePeerFilter>());
        using var http = app.Http(Infrastructure.Graph.DemoTenant.DemoDirectory.CisoUpn);

        var response = await http.GetAsync(Me);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void Graph_auth_None_with_a_non_loopback_base_url_fails_at_start_naming_the_key()
    {
        var error = Assert.ThrowsAny<Exception>(() => new TestApp(new Dictionary<string, string?>
        {
            ["Graph:Auth"] = "None",
            ["Graph:BaseUrl"] = "https://graph.microsoft.com/v1.0",
        }));

        Assert.Contains("Graph:Auth=None", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_client_secret_without_its_settings_fails_at_start_naming_each_key()
    {
        var error = Assert.ThrowsAny<Exception>(() => new TestApp(new Dictionary<string, string?> { ["Graph:Auth"] = "ClientSecret" }));

        Assert.Contains("Graph:TenantId", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Graph:ClientSecret", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class RemotePeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, nextMiddleware) =>
            {
                ctx.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
                return nextMiddleware(ctx);
            });
            next(app);
        };
    }
}
