using System.Net;
using System.Net.Http.Headers;

using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Tab;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// The browser session cookie: a same-site page cannot make the CISO's browser post (CSRF), sign-out is a POST,
/// returnUrl stays on this site by the framework's rule, and roles come from the directory, not the 8-hour cookie.
/// </summary>
public sealed class BrowserSessionHardeningTests : IDisposable
{
    private readonly EntraTestIssuer issuer = new();
    private readonly DemoDirectory demo = new();

    public void Dispose() => issuer.Dispose();

    private static HttpRequestMessage Post(string path, string? origin, bool header, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        if (header)
        {
            request.Headers.Add(SessionCsrfGuard.HeaderName, SessionCsrfGuard.HeaderValue);
        }
        return request;
    }

    [Fact]
    public async Task Unsafe_requests_under_the_session_cookie_need_the_header_and_this_site_as_origin()
    {
        using var app = BrowserSession.StartApp(issuer);
        using var browser = await BrowserSession.SignInAsync(app, issuer, demo.Ciso);
        var self = app.BaseAddress.GetLeftPart(UriPartial.Authority);

        // What a same-site page (another app on the same parent domain) could make the CISO's browser send.
        using var bodyless = await browser.SendAsync(Post("/api/training/snapshot", null, header: false));
        using var forgedForm = await browser.SendAsync(Post("/api/controls/art21.2.j/evidence", "https://intranet.example", header: false,
            ManualEvidenceApiTests.Form()));
        using var foreignOrigin = await browser.SendAsync(Post("/api/training/snapshot", "https://intranet.example", header: true));
        // What the tab's own fetch sends.
        using var fromTab = await browser.SendAsync(Post("/api/training/snapshot", self, header: true));

        Assert.Equal(HttpStatusCode.Forbidden, bodyless.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgedForm.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromTab.StatusCode);
    }

    [Fact]
    public async Task Bearer_token_callers_need_no_header()
    {
        using var app = BrowserSession.StartApp(issuer);
        using var http = app.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issuer.Token(demo.Ciso.Id));

        using var response = await http.PostAsync(new Uri("/api/training/snapshot", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Sign_out_is_a_POST_from_this_site()
    {
        using var app = BrowserSession.StartApp(issuer);
        using var browser = await BrowserSession.SignInAsync(app, issuer, demo.Ciso);
        var self = app.BaseAddress.GetLeftPart(UriPartial.Authority);

        using var get = await browser.GetAsync(new Uri("/signout", UriKind.Relative));
        using var stillIn = await browser.GetAsync(new Uri("/api/me", UriKind.Relative));
        using var crossSite = await browser.SendAsync(Post("/signout", "https://evil.example", header: false));
        using var post = await browser.SendAsync(Post("/signout", self, header: false));
        using var after = await browser.GetAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, post.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public void Return_url_uses_the_framework_local_url_rule(string requested) =>
        Assert.Equal("/tab/", BrowserSignIn.LocalOnly(Uri.UnescapeDataString(requested)));

    [Fact]
    public async Task Roles_in_the_ID_token_do_not_outlive_the_directory()
    {
        // The ID token says CISO (an app role assigned once); the directory says this person is an employee now.
        using var app = BrowserSession.StartApp(issuer);
        var employee = demo.Users.First(u => u.Kind == DemoUserKind.Employee);
        using var browser = await BrowserSession.SignInAsync(app, issuer, employee, "CISO");

        using var ciso = await browser.GetAsync(new Uri("/api/ledger/verify", UriKind.Relative));
        var me = await browser.GetStringAsync(new Uri("/api/me", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, ciso.StatusCode);
        Assert.DoesNotContain("CISO", me, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dev_user_needs_a_loopback_host_header_as_well_as_a_loopback_peer()
    {
        using var app = new Support.TestApp();
        using var http = app.Http(DemoDirectory.CisoUpn);
        using var tunnelled = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        tunnelled.Headers.Host = "m365nis2.example.ngrok.app";
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/me");

        using var viaTunnel = await http.SendAsync(tunnelled);
        using var direct = await http.SendAsync(local);
        using var devUsers = new HttpRequestMessage(HttpMethod.Get, "/api/dev/users");
        devUsers.Headers.Host = "evil.example";
        using var list = await http.SendAsync(devUsers);

        Assert.Equal(HttpStatusCode.Unauthorized, viaTunnel.StatusCode);
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

}
