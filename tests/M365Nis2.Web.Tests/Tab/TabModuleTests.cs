using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// The CISO's own awareness module, clicked through: written in English and Danish with its quiz, previewed as the tab
/// and the Teams card show it, published, launched in a campaign beside the built-ins; an employee reads it in Danish in
/// the tab, answers, and the campaign counts the result. axe on every page.
/// </summary>
public sealed class TabModuleTests(TabModuleTests.Host host) : IClassFixture<TabModuleTests.Host>
{
    /// <summary>No fan-out: the employee answers in the tab, so nothing races the test (the card path is the same grading).</summary>
    public sealed class Host : TabHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings) { ["Awareness:FanoutEnabled"] = "false" };
    }

    private static readonly DemoUser Employee = new DemoDirectory().Users.First(u => u.Kind == DemoUserKind.Employee);

    private static async Task FillAsync(IPage page, string field, string text) => await page.FillAsync($"[data-field='{field}']", text);

    [Fact]
    public async Task Ciso_authors_previews_publishes_and_launches_a_module_and_an_employee_completes_it_in_Danish()
    {
        var ciso = await host.OpenAsync(DemoDirectory.CisoUpn);
        await ciso.GotoAsync("/tab/");
        await ciso.ClickAsync("#nav a[href='/tab/modules']");
        await ciso.Locator("[data-testid=modules] tr[data-module=phishing]").WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);
        await ciso.ClickAsync("[data-testid=new-module]");

        await FillAsync(ciso, "en.title", "USB sticks");
        await FillAsync(ciso, "en.intro", "Found a USB stick?");
        await FillAsync(ciso, "en.body", "Do not plug it in.\n\nHand it to IT.");
        await FillAsync(ciso, "da.title", "USB-nøgler");
        await FillAsync(ciso, "da.intro", "Fundet en USB-nøgle?");
        await FillAsync(ciso, "da.body", "Sæt den ikke i.\n\nAflevér den til IT.");
        await FillAsync(ciso, "questions[0].en", "You find a USB stick. What do you do?");
        await FillAsync(ciso, "questions[0].da", "Du finder en USB-nøgle. Hvad gør du?");
        await FillAsync(ciso, "questions[0].options[0].en", "Plug it in");
        await FillAsync(ciso, "questions[0].options[0].da", "Sætter den i");
        await FillAsync(ciso, "questions[0].options[1].en", "Hand it to IT");
        await ciso.ClickAsync("[data-testid=preview-module]");
        await ciso.Locator("[data-testid=module-preview] .message-warning").WaitForAsync();
        Assert.Contains("questions[0].options[1].da is required.", await ciso.InnerTextAsync("[data-testid=module-form]"), StringComparison.Ordinal);

        await FillAsync(ciso, "questions[0].options[1].da", "Afleverer den til IT");
        await ciso.CheckAsync("[data-field='questions[0].options[1].correct']");
        await ciso.ClickAsync("[data-testid=preview-module]");
        await ciso.Locator("[data-testid=module-preview] .message-success").WaitForAsync();
        Assert.Contains("USB-nøgler", await ciso.InnerTextAsync("[data-testid=preview-da]"), StringComparison.Ordinal);
        Assert.Contains("Afleverer den til IT", await ciso.InnerTextAsync("[data-testid=card-preview-da]"), StringComparison.Ordinal);
        Assert.Contains("Hand it to IT", await ciso.InnerTextAsync("[data-testid=card-preview-en]"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);

        await ciso.ClickAsync("[data-testid=publish-module]");
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=module-status]");
        Assert.Equal("Published v1", await ciso.InnerTextAsync("[data-testid=module-state]"));
        Assert.Equal("Published", await ciso.GetAttributeAsync("[data-testid=module-versions] tr[data-version='1']", "data-state"));
        var moduleId = Uri.UnescapeDataString(new Uri(ciso.Url).AbsolutePath.Split('/').Last());
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);

        await ciso.ClickAsync("#nav a[href='/tab/campaigns']");
        var launch = ciso.Locator("[data-testid=campaign-form] select");
        await ciso.Locator($"[data-testid=campaign-form] option[value='{moduleId}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal("USB sticks (v1)", (await ciso.Locator($"[data-testid=campaign-form] option[value='{moduleId}']").InnerTextAsync()).Trim());
        Assert.Equal(1, await ciso.Locator("[data-testid=campaign-form] option[value=phishing]").CountAsync());
        await launch.SelectOptionAsync(moduleId);
        await ciso.ClickAsync("[data-testid=campaign-form] button[type=submit]");
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=campaign-status]");

        var employee = await host.OpenAsync(Employee.UserPrincipalName, "da-DK");
        await employee.GotoAsync("/tab/training");
        var row = employee.Locator($"[data-testid=my-modules] tr[data-module='{moduleId}']");
        Assert.Equal("USB-nøgler", (await row.Locator("a[data-testid=open-module]").InnerTextAsync()).Trim());
        await row.Locator("a[data-testid=open-module]").ClickAsync();
        await employee.Locator("[data-testid=quiz-form]").WaitForAsync();
        Assert.Contains("Sæt den ikke i.", await employee.InnerTextAsync("[data-testid=quiz-form]"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(employee);
        await employee.Locator("[data-testid=quiz-form] label", new() { HasText = "Afleverer den til IT" }).ClickAsync();
        await employee.ClickAsync("[data-testid=quiz-submit]");
        await TabStatus.ExpectSuccessAsync(employee, "[data-testid=quiz-status]");
        Assert.Contains("Bestået: 1 af 1 rigtige", await employee.InnerTextAsync("[data-page]"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(employee);

        await ciso.ReloadAsync();
        var campaign = ciso.Locator("[data-testid=campaigns] tr[data-campaign]", new() { HasText = "USB sticks (v1)" });
        await campaign.WaitForAsync();
        Assert.StartsWith("1 (", (await campaign.Locator("td").Nth(3).InnerTextAsync()).Trim(), StringComparison.Ordinal);
    }
}
