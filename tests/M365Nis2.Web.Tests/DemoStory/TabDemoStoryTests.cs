using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Tab;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.DemoStory;

/// <summary>A host started as scripts/run.sh starts it (demo story on); the story is waited for once.</summary>
public sealed class SeededTabHost : TabHost
{
    private Task? seeded;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Demo:SeedStory"] = "true";
            return settings;
        }
    }

    public Task SeededAsync() => seeded ??= DemoStoryTests.StoryAsync(App);

    /// <summary>Opens a tab page; the first load of a freshly seeded host on a loaded machine may take longer than the default 20 s.</summary>
    public async Task<IPage> GotoAsync(string? upn, string path, string locale = "en-GB", bool dark = false)
    {
        await SeededAsync();
        var page = await OpenAsync(upn, locale, dark);
        await page.GotoAsync(path, new() { Timeout = 60_000 });
        return page;
    }
}

/// <summary>One seeded host for every class that reads the story (seeding signs a few dozen artefacts: once is enough).</summary>
[CollectionDefinition(Name)]
public sealed class SeededDemo : ICollectionFixture<SeededTabHost>
{
    public const string Name = "seeded demo story";
}

/// <summary>
/// First look at a seeded store, clicked through in Chromium as the CISO: every piece of the story is on its page, the
/// board summary answers from the app's own records, the run history verifies an artefact. English and Danish.
/// </summary>
[Collection(SeededDemo.Name)]
public sealed class TabDemoStoryTests(SeededTabHost host)
{
    [Theory]
    [InlineData("en-GB", false, "Demo story")]
    [InlineData("da-DK", true, "Demohistorie")]
    public async Task The_CISO_sees_each_piece_of_the_demo_story_in_the_tab(string locale, bool dark, string banner)
    {
        var page = await host.GotoAsync(DemoDirectory.CisoUpn, "/tab/", locale, dark);
        await Expect(page.Locator("[data-testid=demo-story]"), banner);

        await page.ClickAsync("#nav a[href='/tab/approvals']");
        var policies = page.Locator("[data-testid=policies]");
        await policies.WaitForAsync();
        Assert.Equal(3, await policies.Locator("tr[data-policy]").CountAsync());
        Assert.Contains("(demo)", await policies.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("#nav a[href='/tab/training']");
        await Expect(page.Locator("[data-testid=board-training] [data-status=notMet], [data-testid=board-training] .badge-danger").First, "");

        await page.ClickAsync("#nav a[href='/tab/incidents']");
        var incidents = page.Locator("[data-testid=incidents]");
        await incidents.WaitForAsync();
        Assert.Equal(3, await incidents.Locator("tr[data-incident]").CountAsync());
        Assert.Equal(1, await incidents.Locator("[data-incident-status=significant]").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.ClickAsync("#nav a[href='/tab/risks']");
        await page.Locator("[data-testid=risks] tr[data-risk]").First.WaitForAsync();
        Assert.Equal(2, await page.Locator("[data-testid=risks] tr[data-risk]").CountAsync());

        await page.ClickAsync("#nav a[href='/tab/tasks']");
        await page.Locator("[data-testid=tasks] tr[data-task]").First.WaitForAsync();
        Assert.True(await page.Locator("[data-testid=tasks] tr[data-task]").CountAsync() >= 3);
    }

    [Theory]
    [InlineData("en-GB", false, "3 in the period, 1 of them significant")]
    [InlineData("da-DK", true, "3 i perioden, heraf 1 væsentlige")]
    public async Task The_board_summary_answers_from_the_apps_own_records(string locale, bool dark, string incidentsAnswer)
    {
        var page = await host.GotoAsync(DemoDirectory.CisoUpn, "/tab/", locale, dark);
        await page.ClickAsync("#nav a[href='/tab/board-summary']");
        await page.Locator("[data-testid=board-kpis]").WaitForAsync();

        Assert.Equal(6, await page.Locator("[data-testid=kpi-incidents] tbody tr").CountAsync());
        Assert.StartsWith(incidentsAnswer, await page.InnerTextAsync("[data-testid=kpi-incidents-answer]"), StringComparison.Ordinal);
        Assert.Contains("1", await page.InnerTextAsync("[data-testid=kpi-deadlines]"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-testid=kpi-policies-overdue] [data-policy=access-control-policy]").CountAsync());
        Assert.StartsWith("1 ", await page.InnerTextAsync("[data-testid=kpi-rounds]"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-testid=kpi-awareness] .kpi-bar").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Theory]
    [InlineData("en-GB", false, "Verify")]
    [InlineData("da-DK", true, "Verificér")]
    public async Task The_CISO_opens_a_run_of_the_history_and_verifies_its_artefact(string locale, bool dark, string verify)
    {
        var page = await host.GotoAsync(DemoDirectory.CisoUpn, "/tab/", locale, dark);
        await page.ClickAsync("#nav a[href='/tab/evidence-runs']");
        var runs = page.Locator("[data-testid=runs] tr[data-run]");
        await runs.First.WaitForAsync();
        Assert.Equal(2, await runs.CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await runs.Nth(1).Locator("a").ClickAsync(); // the older run, a week ago
        var measures = page.Locator("[data-testid=run-measures]");
        await measures.WaitForAsync();
        var mfa = measures.Locator("tr[data-measure='art21.2.j']").First;
        Assert.Equal(verify, await mfa.Locator("[data-testid=verify]").InnerTextAsync());
        await mfa.Locator("[data-testid=verify]").ClickAsync();
        await mfa.Locator("[data-verified=true]").WaitForAsync();
        Assert.True(await measures.Locator("tr[data-measure]").CountAsync() > 1, "the sources' measures are listed beside (j)");

        var download = await page.RunAndWaitForDownloadAsync(() => mfa.Locator("button").First.ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task An_employee_sees_the_demo_label_but_neither_the_run_history_nor_the_KPIs()
    {
        const string employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";
        var page = await host.GotoAsync(employee, "/tab/");
        await Expect(page.Locator("[data-testid=demo-story]"), "Demo story");

        Assert.Equal(0, await page.Locator("#nav a[href='/tab/evidence-runs']").CountAsync());
        await page.GotoAsync("/tab/evidence-runs");
        await page.Locator(".message-error").WaitForAsync();
        using var http = host.App.Http(employee);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await http.GetAsync("/api/board/kpis")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await http.GetAsync("/api/evidence/runs")).StatusCode);
    }

    private static async Task Expect(ILocator locator, string text)
    {
        await locator.WaitForAsync();
        Assert.Contains(text, await locator.InnerTextAsync(), StringComparison.Ordinal);
    }
}
