using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Tab;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.DemoStory;

/// <summary>
/// The README's "first ten minutes" pictures, taken from the seeded demo as a first-time user sees it. Each run checks
/// that every pictured page renders its content; scripts/screenshots.sh sets M365NIS2_SCREENSHOTS_TO=docs/images to
/// also replace the PNGs in the repository (otherwise they go to the test output only).
/// </summary>
[Collection(SeededDemo.Name)]
public sealed class ReadmeScreenshotTests(SeededTabHost host)
{
    /// <summary>
    /// File, user, page, a link to follow first (or null), what must show, and whether the picture starts there (scrolled
    /// to it) or at the top: each picture shows what the README's step describes, not just the top of the page.
    /// </summary>
    private static readonly (string File, string User, string Path, string? Click, string Ready, bool ScrollTo)[] Shots =
    [
        ("first-look-overview.png", DemoDirectory.CisoUpn, "/tab/", null, "[data-control]", false),
        ("first-look-approvals.png", DemoDirectory.CisoUpn, "/tab/approvals", null, "[data-testid=policies]", false),
        ("first-look-incidents.png", DemoDirectory.CisoUpn, "/tab/incidents", null, "[data-testid=incidents]", true),
        ("first-look-board-summary.png", "anders.kjaer@nordlysenergi.onmicrosoft.com", "/tab/board-summary", null, "[data-testid=board-kpis]", true),
        ("first-look-evidence-run.png", DemoDirectory.CisoUpn, "/tab/evidence-runs", "[data-testid=runs] tr[data-run] a", "[data-testid=run-measures]", false),
    ];

    [Fact]
    public async Task Every_pictured_page_of_the_first_ten_minutes_renders_from_the_seeded_demo()
    {
        await host.SeededAsync();
        var target = Environment.GetEnvironmentVariable("M365NIS2_SCREENSHOTS_TO") is { Length: > 0 } to
            ? Directory.CreateDirectory(to).FullName : HeadlessChromium.ScreenshotFolder;
        foreach (var (file, user, path, click, ready, scrollTo) in Shots)
        {
            var page = await host.OpenAsync(user);
            await page.SetViewportSizeAsync(1100, 720);
            await page.GotoAsync(path, new() { Timeout = 60_000 });
            if (click is not null)
                await page.Locator(click).First.ClickAsync();
            await page.Locator(ready).First.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // The dev-user picker is for developers; the pictures show what a user sees in Teams.
            await page.EvaluateAsync("document.getElementById('dev-picker').hidden = true");
            if (scrollTo)
                await page.EvaluateAsync($"document.querySelector('{ready}').scrollIntoView()");
            var png = await page.ScreenshotAsync(new() { Path = Path.Combine(target, file), Type = ScreenshotType.Png });
            Assert.True(png.Length is > 10_000 and < 400_000, $"{file}: {png.Length} bytes");
            await page.Context.CloseAsync();
        }
    }
}
