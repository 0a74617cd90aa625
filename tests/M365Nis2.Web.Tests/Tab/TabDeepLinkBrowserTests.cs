using System.Text.Json;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Acknowledgements;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// A card's deep link opened in Teams: Teams starts the tab at its home page with the card's page as subPageId, and the
/// shell goes there. Teams itself is a stand-in for window.microsoftTeams (as in TabBrowserTests); the API calls it makes
/// carry the owner's dev identity instead of the SSO token (the real token needs Entra).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public sealed class TabDeepLinkBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DemoUser Owner = new DemoDirectory().ItAdmins[0];
    private TestApp app = null!;
    private HeadlessChromium chromium = null!;

    public async Task InitializeAsync()
    {
        app = new TestApp(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" });
        chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in chromium.Log)
            output.WriteLine(line);
        await chromium.DisposeAsync();
        app.Dispose();
    }

    [Fact]
    public async Task The_task_cards_link_opens_the_task_page_in_the_tab_in_the_owners_language()
    {
        var opened = await app.Services.GetRequiredService<IFollowUpTasks>().OpenAsync(new(Owner.Id, "Remove the shared admin account",
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)), ["art21.2.i"], new(TaskSourceKind.Manual, "deep-link-" + Guid.NewGuid().ToString("N")),
            TitleDa: "Fjern den delte admin-konto"), default);
        await using var connector = await FakeConnector.StartAsync();
        var card = (await AckHarness.ExecuteAsync(app, connector.ServiceUrl, Owner, "task.refresh", new() { ["taskId"] = opened.TaskId }, "da-DK"))["value"]!;
        var link = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
        var subPage = $"/tab/tasks/{opened.TaskId}";
        Assert.Equal("Fjern den delte admin-konto", TabDeepLink.AssertOpens(link, subPage));

        var page = await InTeamsAsync(subPage);
        await page.GotoAsync("/tab/?inTeams=1");

        await page.WaitForFunctionAsync($"() => location.pathname === {JsonSerializer.Serialize(subPage)}");
        await page.Locator("[data-testid=task-title]").WaitForAsync();
        Assert.Equal("Fjern den delte admin-konto", await page.InnerTextAsync("[data-testid=task-title]"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("https://evil.example/tab/tasks/x")]
    [InlineData("/api/me")]
    [InlineData("/tab/../api/me")]
    [InlineData("/tab/%2e%2e/api/me")]
    public async Task A_sub_page_that_is_not_a_tab_page_is_ignored_and_the_start_page_opens(string subPage)
    {
        var page = await InTeamsAsync(subPage);
        await page.GotoAsync("/tab/?inTeams=1");

        // The owner is an employee, whose start page is their training (TabBrowserTests): the start page, not the sub page.
        await page.WaitForFunctionAsync("() => location.pathname === '/tab/training'");
        await page.Locator("h1").WaitForAsync();
        Assert.Equal("/tab/training", new Uri(page.Url).AbsolutePath);
    }

    /// <summary>A page inside the Teams stand-in: locale da-DK, the tab opened with <paramref name="subPage"/>.</summary>
    private async Task<IPage> InTeamsAsync(string subPage)
    {
        var context = JsonSerializer.Serialize(new { app = new { locale = "da-DK", theme = "default" }, page = new { id = "evidence", subPageId = subPage } });
        var stub = $$"""
            Object.defineProperty(window, 'microsoftTeams', { configurable: false, get: () => ({
              app: { initialize: () => Promise.resolve(), getContext: () => Promise.resolve({{context}}), registerOnThemeChangeHandler: () => {} },
              authentication: { getAuthToken: () => Promise.resolve('stand-in') } }) });
            """;
        var page = await chromium.OpenAsync(app.BaseAddress, locale: "da-DK", initScript: stub);
        await page.RouteAsync("**/api/**", async route =>
        {
            var headers = route.Request.Headers.Where(h => h.Key != "authorization").ToDictionary(h => h.Key, h => h.Value);
            headers["x-dev-user"] = Owner.UserPrincipalName;
            await route.ContinueAsync(new() { Headers = headers });
        });
        return page;
    }
}
