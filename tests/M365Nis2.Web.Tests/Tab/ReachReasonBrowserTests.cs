using System.Globalization;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// Why people were not reached, as the CISO reads it in Chromium: the demo tenant refuses to install the app (the
/// permission is missing), so the campaign's people and a task's owner are not reached, and the pages say so in the
/// reader's language.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public sealed class ReachReasonBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DemoUser Owner = new DemoDirectory(12).ItAdmins[0];
    private TestApp app = null!;
    private HeadlessChromium chromium = null!;

    public async Task InitializeAsync()
    {
        app = new TestApp(new Dictionary<string, string?>
        {
            ["Evidence:Enabled"] = "false",
            ["Graph:Demo:Employees"] = "12",
            ["Graph:Demo:RefuseAppInstall"] = "true",
            ["Awareness:PollInterval"] = "00:00:00.200",
            ["Awareness:RetryDelay"] = "00:00:00",
            ["Awareness:MaxAttempts"] = "1",
            ["Tasks:JobEnabled"] = "true",
            ["Tasks:PollInterval"] = "00:00:00.200",
            ["Tasks:RetryDelay"] = "00:00:00",
            ["Tasks:MaxCardAttempts"] = "1",
        });
        chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in chromium.Log)
        {
            output.WriteLine(line);
        }
        await chromium.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_campaign_page_says_why_someone_was_not_reached_in_danish_and_in_english()
    {
        using var http = app.Http(DemoDirectory.CisoUpn);
        var (campaignId, _) = await ReachEveryoneTests.LaunchAsync(http);
        await ReachEveryoneTests.WaitUntilSentAsync(http, campaignId, TimeSpan.FromMinutes(2));

        var danish = await chromium.OpenAsync(app.BaseAddress, DemoDirectory.CisoUpn, "da-DK");
        await danish.GotoAsync($"/tab/campaigns/{campaignId}");
        var reason = danish.Locator("[data-testid=recipients] [data-state=Failed] [data-testid=reason]").First;
        await reason.WaitForAsync();
        Assert.Equal(ReachTexts.PermissionMissing.Danish, await reason.InnerTextAsync());
        Assert.DoesNotContain(ReachTexts.PermissionMissing.English, await danish.Locator("[data-testid=recipients]").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(danish);

        var english = await chromium.OpenAsync(app.BaseAddress, DemoDirectory.CisoUpn, "en-GB");
        await english.GotoAsync($"/tab/campaigns/{campaignId}");
        var englishReason = english.Locator("[data-testid=recipients] [data-state=Failed] [data-testid=reason]").First;
        await englishReason.WaitForAsync();
        Assert.Equal(ReachTexts.PermissionMissing.English, await englishReason.InnerTextAsync());
    }

    [Fact]
    public async Task The_task_page_says_why_the_owner_has_no_card_in_danish_and_in_english()
    {
        var title = "Opdater firewall-reglerne " + Guid.NewGuid().ToString("N")[..6];
        var page = await chromium.OpenAsync(app.BaseAddress, DemoDirectory.CisoUpn, "da-DK");
        await page.GotoAsync("/tab/tasks");
        var form = page.Locator("[data-testid=new-task]");
        await form.WaitForAsync();
        await form.Locator("[name=title]").FillAsync(title);
        await form.Locator("[name=ownerUpn]").FillAsync(Owner.UserPrincipalName);
        await form.Locator("[name=dueDate]").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=new-task-status] .message-success").WaitForAsync();
        await page.ClickAsync($"[data-testid=tasks] a:has-text('{title}')");

        // The job tries the owner's card in the background: read the page again until it has given up.
        var card = page.Locator("[data-testid=task-card]");
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            await card.WaitForAsync();
            if (await card.GetAttributeAsync("data-state") == "Failed" || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        Assert.Equal("Failed", await card.GetAttributeAsync("data-state"));
        Assert.Equal($"ikke leveret — {ReachTexts.PermissionMissing.Danish}", await card.InnerTextAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        var url = page.Url;

        var english = await chromium.OpenAsync(app.BaseAddress, DemoDirectory.CisoUpn, "en-GB");
        await english.GotoAsync(new Uri(url).PathAndQuery);
        await english.Locator("[data-testid=task-card]").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal($"not delivered — {ReachTexts.PermissionMissing.English}", await english.Locator("[data-testid=task-card]").InnerTextAsync());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "task-not-reached-da"));
    }
}
