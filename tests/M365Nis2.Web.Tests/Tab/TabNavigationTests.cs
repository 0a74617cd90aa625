using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>What each role sees in the navigation, where "/" leads, and axe on every page in both languages and themes.</summary>
public sealed class TabNavigationTests(TabHost host) : IClassFixture<TabHost>
{
    private const string Ciso = DemoDirectory.CisoUpn;
    private const string Board = "anders.kjaer@nordlysenergi.onmicrosoft.com";
    private const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";

    public static TheoryData<string, string[]> NavigationByRole => new()
    {
        { Ciso, ["/tab/", "/tab/board-summary", "/tab/approvals", "/tab/my-approvals", "/tab/risks", "/tab/assets", "/tab/soa", "/tab/scope", "/tab/registration", "/tab/training", "/tab/board-training", "/tab/campaigns", "/tab/modules", "/tab/incidents", "/tab/suppliers", "/tab/tasks", "/tab/my-policies", "/tab/wheel", "/tab/exercises", "/tab/acknowledgements", "/tab/evidence-runs"] },
        { Board, ["/tab/", "/tab/board-summary", "/tab/approvals", "/tab/my-approvals", "/tab/risks", "/tab/assets", "/tab/soa", "/tab/scope", "/tab/registration", "/tab/training", "/tab/incidents", "/tab/suppliers", "/tab/tasks", "/tab/my-policies", "/tab/wheel", "/tab/exercises", "/tab/acknowledgements"] },
        { Employee, ["/tab/training", "/tab/incidents", "/tab/suppliers", "/tab/tasks", "/tab/my-policies"] },
    };

    [Theory]
    [MemberData(nameof(NavigationByRole))]
    public async Task Navigation_shows_only_the_pages_the_role_may_use(string upn, string[] expected)
    {
        var page = await host.OpenAsync(upn);

        await page.GotoAsync("/");
        await page.Locator("#nav a").First.WaitForAsync();
        var links = await page.Locator("#nav a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");

        Assert.Equal(expected, links);
        Assert.Equal(expected[0], new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task A_guest_gets_no_navigation_and_no_data()
    {
        var guest = new DemoDirectory().Guests[0].UserPrincipalName;
        var page = await host.OpenAsync(guest);

        await page.GotoAsync("/tab/approvals");
        await page.Locator("#view h1").WaitForAsync();

        Assert.Equal(0, await page.Locator("#nav a").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=policies]").CountAsync());
    }

    [Fact]
    public async Task The_accessibility_check_fails_on_a_page_with_a_serious_violation()
    {
        var page = await host.OpenAsync(Ciso);
        await page.GotoAsync("/tab/tasks");
        await page.WaitForFunctionAsync("() => !document.querySelector('#view > [data-page] > p.muted:only-child')");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // A button with no name: a screen reader announces just "button" (axe: button-name, critical).
        await page.EvaluateAsync("() => document.querySelector('#view').append(document.createElement('button'))");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Accessibility.AssertNoSeriousViolationsAsync(page));
        Assert.Contains("button-name", failure.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, bool> Looks => new()
    {
        // Each page of the CISO (who sees every page) in both languages and both themes; board and employee views once.
        { Ciso, "en-GB", false }, { Ciso, "da-DK", true }, { Board, "en-GB", true }, { Employee, "da-DK", false },
    };

    /// <summary>
    /// Every page in the role's navigation plus its detail pages, checked with axe after it has rendered. The tab is
    /// loaded once and then navigated as a user does (a click on the navigation, back/forward for the detail pages),
    /// so each check pays for the page's own render and not for a fresh start of the tab.
    /// </summary>
    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Every_page_of_the_role_has_no_serious_accessibility_violations(string upn, string locale, bool dark)
    {
        await Approvals.ApprovalHarness.UploadOkAsync(host.App, "Access control policy");
        var page = await host.OpenAsync(upn, locale, dark);
        await page.AddInitScriptAsync(CountFetches);
        await page.GotoAsync("/tab/training");
        await page.Locator("#nav a").First.WaitForAsync();
        var paths = await page.Locator("#nav a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        if (paths.Contains("/tab/"))
        {
            paths = [.. paths, "/tab/control/art21.2.j", "/tab/policies/access-control-policy/1", "/tab/suppliers/discovered"];
        }

        foreach (var path in paths)
        {
            var inNavigation = page.Locator($"#nav a[href='{path}']");
            if (await inNavigation.CountAsync() == 1)
            {
                await inNavigation.ClickAsync();
            }
            else
            {
                await page.EvaluateAsync("p => { history.pushState(null, '', p); dispatchEvent(new PopStateEvent('popstate')); }", path);
            }
            Assert.Equal(path, new Uri(page.Url).AbsolutePath);
            // "Loading…" is gone and no request the page made is still out.
            await page.WaitForFunctionAsync("() => !document.querySelector('#view > [data-page] > p.muted:only-child') && window.__fetchesOut === 0");
            Assert.Equal(dark ? "dark" : "default", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
            Assert.Equal(locale[..2], await page.EvaluateAsync<string>("() => document.documentElement.lang"));
            Assert.Equal(0, await page.Locator("#view .message-error").CountAsync());
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        }
    }

    /// <summary>How many of the page's fetches have not answered yet: the page has rendered when none are.</summary>
    private const string CountFetches = """
        window.__fetchesOut = 0;
        const fetchAsBefore = window.fetch;
        window.fetch = (...args) => {
          window.__fetchesOut++;
          return fetchAsBefore(...args).finally(() => window.__fetchesOut--);
        };
        """;
}
