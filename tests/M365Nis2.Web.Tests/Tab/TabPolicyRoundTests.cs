using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// The CISO's first round from a template, in Danish, on a host of its own: the demo tenant installs the app for every
/// approver a round targets, so on a host shared with other rounds some board members would already have it and the
/// page would rightly show them reached.
/// </summary>
public sealed class TabPolicyRoundTests(TabHost host) : IClassFixture<TabHost>
{
    private const string Ciso = DemoDirectory.CisoUpn;

    [Fact]
    public async Task Ciso_uploads_a_template_text_in_danish_sees_the_checklist_and_starts_a_round_from_the_version()
    {
        var page = await host.OpenAsync(Ciso, "da-DK", dark: true);

        await page.GotoAsync("/tab/approvals");
        await page.Locator("[data-testid=checklist] [data-document=cryptography_policy][data-state=missing]").WaitForAsync();
        await page.SelectOptionAsync("[data-testid=upload-policy]", "template:cryptography-policy");
        await page.CheckAsync("[data-testid=upload-use-text]");
        await page.ClickAsync("[data-testid=upload-policy-form] button[type=submit]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=approval-status]");
        await page.Locator("[data-testid=checklist] [data-document=cryptography_policy][data-state=notApproved] a").ClickAsync();
        await page.Locator("[data-testid=versions] [data-version='1']").WaitForAsync();
        var document = await page.InnerTextAsync("[data-testid=document] pre");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.SelectOptionAsync("#round-quorum", "all");
        await page.ClickAsync("[data-testid=start-round]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=policy-status]");
        await page.Locator("[data-testid=versions] [data-state=inRound] [data-testid=round-link]").ClickAsync();
        await page.Locator("[data-testid=round-facts]").WaitForAsync();

        Assert.StartsWith("# Kryptografipolitik", document, StringComparison.Ordinal);
        Assert.Contains("Pending", await page.GetAttributeAsync("[data-decision]", "data-decision"), StringComparison.Ordinal);
        Assert.Equal(5, await page.Locator("[data-testid=not-reached] li").CountAsync()); // nobody has the app in this test tenant
        Assert.Equal(5, await page.Locator("[data-testid=waiting] li").CountAsync());
        Assert.Contains("Alle medlemmer", await page.InnerTextAsync("[data-testid=round-facts]"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
