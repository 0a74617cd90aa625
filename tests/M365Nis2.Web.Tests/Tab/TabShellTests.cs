using System.Net;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>Every URL the manifest or the client router uses loads the app shell; the static parts are served without sign-in.</summary>
public sealed class TabShellTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/tab")]
    [InlineData("/tab/")]
    [InlineData("/tab/control/art21.2.j")]
    [InlineData("/tab/configure")]
    [InlineData("/tab/board-summary")]
    [InlineData("/tab/approvals")]
    [InlineData("/tab/training")]
    [InlineData("/tab/policies/infosec/3")]
    [InlineData("/tab/a-page-added-later/with/params")]
    public async Task Tab_route_serves_the_app_shell_frameable_by_Teams_only(string path)
    {
        using var http = app.Http();

        using var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/tab/js/app.js", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_redirects_to_the_tab_and_a_missing_tab_asset_stays_a_404()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        using var root = await http.GetAsync("/");
        using var missing = await http.GetAsync("/tab/js/no-such-module.js");
        using var asset = await http.GetAsync("/tab/js/pages.js");

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/tab/", root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/privacy", "Privacy statement")]
    [InlineData("/terms", "Terms of use")]
    [InlineData("/lib/teams-js/MicrosoftTeams.min.js", "microsoftTeams")]
    [InlineData("/tab/i18n/da.json", "Ledelsesoverblik")]
    [InlineData("/api/catalogue", "art21.2.j")]
    public async Task Public_part_is_served_without_sign_in(string path, string expected)
    {
        using var http = app.Http();

        var body = await http.GetStringAsync(path);

        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task English_and_Danish_strings_have_the_same_keys()
    {
        using var http = app.Http();

        var en = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/tab/i18n/en.json")).RootElement.EnumerateObject().Select(p => p.Name).Order();
        var da = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/tab/i18n/da.json")).RootElement.EnumerateObject().Select(p => p.Name).Order();

        Assert.Equal(en, da);
    }

    [Fact]
    public async Task Every_reason_for_a_suggested_supplier_tier_has_a_label()
    {
        using var http = app.Http();
        var keys = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/tab/i18n/en.json")).RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();

        Assert.All(M365Nis2.Domain.Suppliers.TierRules.ReasonCodes, code => Assert.Contains($"suppliers.reason.{code}", keys));
    }
}
