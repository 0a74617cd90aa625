using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using M365Nis2.Web.Tests.Support;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// One host (Kestrel, Azurite, demo tenant) and one Chromium per browser test class (xunit class fixture), so a class
/// pays the start-up once. Tests in a class share storage: they must not count things another test may have added.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public class TabHost : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public HeadlessChromium Chromium { get; private set; } = null!;

    /// <summary>Settings of this class's host; subclasses add their own.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        // No scheduled runs; collections start from the tab. Tests do not wait out the real reports throttle.
        ["Evidence:Enabled"] = "false",
        ["Evidence:ReportsRequestLimit"] = "100",
        // The demo tenant installs the app for whoever a round or campaign targets; the card then follows after this.
        // Pages are read right after a click, so what they show (e.g. who is not reached yet) must not change under them.
        ["AppInstall:RetryAfter"] = "00:10:00",
    };

    public async Task InitializeAsync()
    {
        App = new TestApp(Settings);
        Chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await App.DisposeAsync();
    }

    /// <summary>A page as <paramref name="upn"/>; Danish with <c>da-DK</c>, and the dark theme when <paramref name="dark"/>.</summary>
    public async Task<IPage> OpenAsync(string? upn, string locale = "en-GB", bool dark = false)
    {
        var page = await Chromium.OpenAsync(App.BaseAddress, upn, locale);
        if (dark)
        {
            await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        }
        return page;
    }
}

/// <summary>Form results in the tab: a status element shows a success or an error message.</summary>
public static class TabStatus
{
    /// <summary>Waits for the status's message and fails with the error's text (the server's reason) when it is not a success.</summary>
    public static async Task ExpectSuccessAsync(IPage page, string status)
    {
        var shown = page.Locator($"{status} .message-success, {status} .message-error").First;
        await shown.WaitForAsync();
        var kind = await shown.GetAttributeAsync("class") ?? "";
        Assert.True(kind.Contains("message-success", StringComparison.Ordinal), $"{status}: {await shown.InnerTextAsync()}");
    }
}

/// <summary>axe-core (Deque) on the page as rendered: serious and critical violations fail the test with what and where.</summary>
public static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // axe runs in the page itself ("legacy mode"). The default mode runs axe per frame and then merges the results in
        // a fresh browser page, which keeps a cross-origin iframe from tampering with them. It opened and closed a page
        // per check: 2.6 s against 0.5 s here, most of the suite's accessibility time. The tab has no iframes, so there is
        // nothing to isolate from; the rules and their results are the same.
        // Only violations are read, so only violations come back (axe otherwise returns every passing node too).
#pragma warning disable CS0618 // Deque marks legacy mode obsolete ("use with caution") because of the iframe case above.
        var result = await page.Locator("html").RunAxeLegacy(new AxeRunOptions { ResultTypes = [ResultType.Violations] });
#pragma warning restore CS0618
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, $"axe on {page.Url}:\n" + string.Join("\n", bad.Select(Describe)));
    }

    private static string Describe(AxeResultItem v) =>
        $"{v.Impact} {v.Id}: {v.Help} — " + string.Join(" | ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}"));
}
