using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// A module's life in the tab, clicked through: copy a built-in as a new module, publish, retire and offer it again,
/// discard a draft (Danish); two editors on one draft, the later save refused in each reader's language with nothing
/// lost (English and Danish). axe on the pages.
/// </summary>
public sealed class TabModuleLifecycleTests(TabModuleLifecycleTests.Host host) : IClassFixture<TabModuleLifecycleTests.Host>
{
    public sealed class Host : TabHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Awareness:FanoutEnabled"] = "false" };
    }

    private static ILocator Row(IPage page, string id) => page.Locator($"[data-testid=modules] tr[data-module='{id}']");

    private static async Task<string> CopyPhishingAsync(IPage page, string expectedStatus)
    {
        await page.GotoAsync("/tab/modules");
        await Row(page, "phishing").Locator("[data-testid=copy-module]").ClickAsync();
        await page.Locator("[data-testid=module-status] .message-success").WaitForAsync();
        Assert.Contains(expectedStatus, await page.InnerTextAsync("[data-testid=module-status]"), StringComparison.Ordinal);
        return page.Url.Split('/')[^1];
    }

    [Fact]
    public async Task In_Danish_the_ciso_copies_a_built_in_publishes_retires_offers_it_again_and_discards_a_draft()
    {
        var page = await host.OpenAsync(DemoDirectory.CisoUpn, "da-DK");
        var id = await CopyPhishingAsync(page, "Kopieret");
        Assert.StartsWith("Kopi af ", await page.InputValueAsync("[data-field='da.title']"), StringComparison.Ordinal);
        Assert.StartsWith("Copy of ", await page.InputValueAsync("[data-field='en.title']"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ClickAsync("[data-testid=publish-module]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=module-status]");

        await page.GotoAsync("/tab/modules");
        await Row(page, id).Locator("[data-testid=retire-module]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=modules-status]");
        Assert.Contains("trukket tilbage", await page.InnerTextAsync("[data-testid=modules-status]"), StringComparison.Ordinal);
        Assert.Equal("true", await Row(page, id).GetAttributeAsync("data-retired"));
        Assert.Equal("Trukket tilbage", await Row(page, id).Locator("[data-testid=module-retired]").InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Row(page, id).Locator("[data-testid=restore-module]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=modules-status]");
        Assert.Equal("false", await Row(page, id).GetAttributeAsync("data-retired"));

        // A change starts draft v2; discarding it leaves v1 published as it was.
        await Row(page, id).Locator("a").ClickAsync();
        await page.FillAsync("[data-field='da.title']", "Phishing 2027");
        await page.ClickAsync("[data-testid=save-module]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=module-status]");
        await page.ClickAsync("[data-testid=discard-module]");
        Assert.Contains("Kassér kladde v2?", await page.InnerTextAsync("[data-testid=discard-confirm]"), StringComparison.Ordinal);
        await page.ClickAsync("[data-testid=discard-yes]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=module-status]");
        Assert.Equal("Kladde v2 er kasseret.", await page.InnerTextAsync("[data-testid=module-status]"));
        Assert.StartsWith("Kopi af ", await page.InputValueAsync("[data-field='da.title']"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=module-versions] tr[data-version='2']").CountAsync());
    }

    [Fact]
    public async Task Two_editors_on_one_draft_the_later_save_is_refused_in_its_readers_language_and_keeps_the_text()
    {
        var first = await host.OpenAsync(DemoDirectory.CisoUpn, "en-GB");
        var id = await CopyPhishingAsync(first, "Copied");
        var danish = await host.OpenAsync(DemoDirectory.CisoUpn, "da-DK");
        var english = await host.OpenAsync(DemoDirectory.CisoUpn, "en-GB");
        foreach (var page in new[] { danish, english })
        {
            await page.GotoAsync($"/tab/modules/{id}");
            await page.Locator("[data-field='en.title']").WaitForAsync();
        }

        await first.FillAsync("[data-field='en.title']", "Phishing for Nordlys staff");
        await first.ClickAsync("[data-testid=save-module]");
        await TabStatus.ExpectSuccessAsync(first, "[data-testid=module-status]");

        await danish.FillAsync("[data-field='en.title']", "Phishing (Danish editor)");
        await danish.ClickAsync("[data-testid=save-module]");
        await danish.Locator("[data-testid=module-status] .message-error").WaitForAsync();
        Assert.Contains("En anden har gemt modulet", await danish.InnerTextAsync("[data-testid=module-status]"), StringComparison.Ordinal);
        Assert.Contains("Din tekst står stadig i formularen", await danish.InnerTextAsync("[data-testid=module-status]"), StringComparison.Ordinal);
        Assert.Equal("Phishing (Danish editor)", await danish.InputValueAsync("[data-field='en.title']"));
        await Accessibility.AssertNoSeriousViolationsAsync(danish);

        await english.FillAsync("[data-field='en.title']", "Phishing (English editor)");
        await english.ClickAsync("[data-testid=publish-module]");
        await english.Locator("[data-testid=module-status] .message-error").WaitForAsync();
        Assert.Contains("Someone else saved this module", await english.InnerTextAsync("[data-testid=module-status]"), StringComparison.Ordinal);
        Assert.Equal("Phishing (English editor)", await english.InputValueAsync("[data-field='en.title']"));

        await first.ReloadAsync();
        await first.Locator("[data-field='en.title']").WaitForAsync();
        Assert.Equal("Phishing for Nordlys staff", await first.InputValueAsync("[data-field='en.title']")); // the first save stands
        Assert.Equal("Draft v1", await first.InnerTextAsync("[data-testid=module-state]")); // nothing was published over it

        // A module never published is gone once its draft is discarded.
        await first.ClickAsync("[data-testid=discard-module]");
        await first.ClickAsync("[data-testid=discard-yes]");
        await first.Locator("[data-testid=modules-status] .message-success").WaitForAsync();
        Assert.Equal(0, await Row(first, id).CountAsync());
    }
}
