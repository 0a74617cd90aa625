using System.Net.Http.Json;
using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>The automated sources beyond (j), and the status lines of the controls overview, as the CISO and the board see them in Chromium, in English and Danish.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public sealed class SourcesBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Ciso = DemoDirectory.CisoUpn;
    private const string Board = "anders.kjaer@nordlysenergi.onmicrosoft.com";
    private TestApp app = null!;
    private HeadlessChromium chromium = null!;

    public async Task InitializeAsync()
    {
        app = new TestApp(new Dictionary<string, string?>
        {
            ["Evidence:Enabled"] = "false",
            ["Evidence:ReportsRequestLimit"] = "100",
        });
        chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in chromium.Log)
            output.WriteLine(line);
        await chromium.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Ciso_collects_sees_which_statuses_are_automated_and_opens_a_defender_candidate_as_an_incident_with_one_click()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);
        await page.GotoAsync("/tab/");
        await page.ClickAsync("[data-testid=action-collect]");
        await page.Locator("[data-testid=action-status] .message-success").WaitForAsync(new() { Timeout = 120_000 });
        await page.Locator("[data-testid=art23-candidates]").WaitForAsync();

        var automated = 0;
        foreach (var letter in "abcdefghij")
        {
            if (await page.Locator($"[data-control='art21.2.{letter}'] [data-testid=automated]").CountAsync() == 1)
                automated++;
        }
        Assert.True(automated >= 7, $"{automated} measures show automated evidence");
        Assert.Contains("Microsoft Intune", await page.InnerTextAsync("[data-control='art21.2.h'] [data-testid=automated]"), StringComparison.Ordinal);
        Assert.Contains("collected", await page.InnerTextAsync("[data-control='art21.2.h'] [data-testid=automated]"), StringComparison.Ordinal);

        var candidate = page.Locator("[data-candidate='301']");
        Assert.Contains("Ransomware", await candidate.InnerTextAsync(), StringComparison.Ordinal);
        await candidate.Locator("[data-testid=open-incident]").ClickAsync();
        await candidate.Locator("[data-testid=candidate-status] .message-success").WaitForAsync();
        Assert.True(await candidate.Locator("[data-testid=open-incident]").IsDisabledAsync());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "art23-candidates"));

        using var http = app.Http(Ciso);
        var incidents = await http.GetFromJsonAsync<JsonElement>("/api/incidents");
        Assert.Contains("Microsoft Defender XDR incident #301", incidents.GetRawText(), StringComparison.Ordinal);

        await page.GotoAsync("/tab/control/art21.2.i");
        await page.Locator("[data-testid=automated-checks] [data-source=intune]").WaitForAsync();
        Assert.Contains("Ole Bak", await page.InnerTextAsync("[data-testid=automated-checks]"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-testid=automated-checks] [data-check='entra.guests']").CountAsync());
    }

    [Fact]
    public async Task Board_summary_in_danish_shows_attacks_per_month_and_the_automated_sources()
    {
        await CollectAsync();

        var page = await chromium.OpenAsync(app.BaseAddress, Board, locale: "da-DK");
        await page.GotoAsync("/tab/board-summary");
        await page.Locator("[data-testid=board-attacks]").WaitForAsync();

        Assert.Contains("Angreb opdaget pr. måned", await page.InnerTextAsync("[data-testid=board-summary]"), StringComparison.Ordinal);
        Assert.Contains("denne måned", await page.InnerTextAsync("[data-testid=kpi-attacks]"), StringComparison.Ordinal);
        Assert.Contains("Microsoft Defender XDR", await page.InnerTextAsync("[data-control='art21.2.b'] [data-testid=automated-sources]"), StringComparison.Ordinal);
        Assert.Equal("Kun uploads", await page.InnerTextAsync("[data-control='art21.2.a'] [data-testid=automated-sources]"));
        Assert.Equal(0, await page.Locator("[data-testid=art23-candidates]").CountAsync()); // the CISO's, not the board's
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "board-attacks-da"));
    }

    [Fact]
    public async Task Ciso_reads_a_control_page_in_danish_with_the_findings_in_danish_and_the_names_as_they_are()
    {
        await CollectAsync();

        var page = await chromium.OpenAsync(app.BaseAddress, Ciso, locale: "da-DK");
        await page.GotoAsync("/tab/control/art21.2.i");
        await page.Locator("[data-testid=automated-checks] [data-source=intune]").WaitForAsync();

        var checks = await page.InnerTextAsync("[data-testid=automated-checks]");
        Assert.Contains("aktiverede gæst(er)", checks, StringComparison.Ordinal);
        Assert.Contains("Høj", checks, StringComparison.Ordinal);
        Assert.DoesNotContain("enabled guest(s)", checks, StringComparison.Ordinal);
        Assert.DoesNotContain("device(s)", checks, StringComparison.Ordinal);
        Assert.Contains("Ole Bak", checks, StringComparison.Ordinal); // names are never translated
        Assert.Matches("sidste logon|aldrig logget på", checks); // the words around a named account are Danish too
        Assert.DoesNotContain("never signed in", checks, StringComparison.Ordinal);
        Assert.DoesNotContain("last sign-in", checks, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "control-i-da"));
    }

    // Not only the sources: the status lines of every provider and the register rules' findings (here risks for (a)).
    [Fact]
    public async Task In_Danish_the_ciso_reads_the_overview_summaries_and_the_risk_findings_in_Danish()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso, locale: "da-DK");
        await page.GotoAsync("/tab/");
        await page.Locator("[data-control='art21.2.c'] [data-testid=summary]").WaitForAsync();

        Assert.Contains("Ingen øvelse eller gendannelsestest er registreret endnu.", await page.InnerTextAsync("[data-control='art21.2.c']"),
            StringComparison.Ordinal);
        Assert.Contains("Risikoregister: ", await page.InnerTextAsync("[data-control='art21.2.a'] [data-testid=summary]"), StringComparison.Ordinal);
        var summaries = string.Join("\n", await page.Locator("[data-testid=summary]").AllInnerTextsAsync());
        foreach (var english in new[] { "No exercise", "Risk register", "policies approved", "incident(s)", "Automated checks", "No automated check" })
            Assert.DoesNotContain(english, summaries, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync("/tab/control/art21.2.a");
        var check = page.Locator("[data-check='risk.management']");
        await check.WaitForAsync();
        var text = await check.InnerTextAsync();
        Assert.Contains("Risikovurdering godkendt og risici behandlet", text, StringComparison.Ordinal);
        Assert.Contains("Ledelsesorganet har endnu ikke godkendt en risikovurdering.", text, StringComparison.Ordinal);
        Assert.Contains("Høj", text, StringComparison.Ordinal);
        Assert.DoesNotContain("management body", text, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "control-a-da"));
    }

    private async Task CollectAsync()
    {
        using var http = app.Http(Ciso);
        using var started = await http.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);
        var location = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("location").GetString()!;
        for (var i = 0; i < 600 && (await http.GetFromJsonAsync<JsonElement>(location)).GetProperty("status").GetString() == "running"; i++)
            await Task.Delay(200);
    }
}
