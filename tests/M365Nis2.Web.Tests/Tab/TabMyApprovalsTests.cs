using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>A board member's "my approvals": the open round, the document one click away, a vote from the tab.</summary>
public sealed class TabMyApprovalsTests(TabHost host) : IClassFixture<TabHost>
{
    private static readonly DemoDirectory Demo = new();

    [Theory]
    [InlineData("da-DK", true, "Godkend")]
    [InlineData("en-GB", false, "Approve")]
    public async Task Board_member_reads_the_document_and_approves_from_the_tab(string locale, bool dark, string approveLabel)
    {
        var member = Demo.BoardMembers[0];
        var (policyId, version, hash) = await ApprovalHarness.UploadOkAsync(host.App, locale == "da-DK" ? "Business continuity plan" : "Risk management policy");
        var (_, started) = await ApprovalHarness.StartAsync(host.App,
            ApprovalHarness.Round(policyId, version, approverIds: [.. Demo.BoardMembers.Take(3).Select(m => m.Id)]));
        var roundId = started!["round"]!["roundId"]!.GetValue<string>();
        var page = await host.OpenAsync(member.UserPrincipalName, locale, dark);

        await page.GotoAsync("/tab/");
        await page.ClickAsync("#nav a[href='/tab/my-approvals']");
        var round = page.Locator($"[data-testid=open-rounds] [data-round='{roundId}']");
        await round.WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await round.Locator("[data-testid=read-document]").ClickAsync();
        await page.Locator("[data-testid=document]").WaitForAsync();
        await page.ClickAsync("#nav a[href='/tab/my-approvals']");
        await round.WaitForAsync();
        await round.Locator("textarea").FillAsync("Læst og godkendt");
        await round.Locator("button[data-choice=approve]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=vote-status]");

        Assert.Equal(approveLabel, await page.InnerTextAsync($"[data-round='{roundId}'] [data-testid=my-vote]"));
        var stored = await ApprovalHarness.GetRoundAsync(host.App, roundId);
        var vote = Assert.Single(stored["votes"]!.AsArray())!;
        Assert.Equal(member.Id, vote["objectId"]!.GetValue<string>());
        Assert.Equal("Læst og godkendt", vote["comment"]!.GetValue<string>());
        Assert.Equal(hash, stored["documentSha256"]!.GetValue<string>());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
