using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// The status lines of the controls overview and the findings of the register-based providers (risks, exercises,
/// policy acknowledgements) as the CISO reads them in Danish in Chromium.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public sealed class StatusTextsBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestApp app = null!;
    private HeadlessChromium chromium = null!;

    public async Task InitializeAsync()
    {
        app = new TestApp(new Dictionary<string, string?> { ["Evidence:Enabled"] = "false" });
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
    public async Task In_Danish_the_ciso_reads_the_overview_summaries_and_the_risk_findings_in_Danish()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, DemoDirectory.CisoUpn, locale: "da-DK");
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
}
