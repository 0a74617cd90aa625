using System.Net.Http.Json;
using M365Nis2.Web.Features.Acknowledgements;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Acknowledgements;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>Policy acknowledgement in the tab, clicked through in headless Chromium: an employee accepts, the CISO and the board read the progress.</summary>
public sealed class TabAcknowledgementTests(TabAcknowledgementTests.Host host, ITestOutputHelper output) : IClassFixture<TabAcknowledgementTests.Host>
{
    private static readonly DemoDirectory Demo = new();

    public sealed class Host : TabHost
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Acknowledgements:JobEnabled"] = "false", // no cards here: the campaign is opened directly, the tab is the only way in
        };
    }

    /// <summary>An approved version put to all staff, its rows written (what the job does before it sends).</summary>
    private async Task<(string PolicyId, int Version)> PutToStaffAsync(string title)
    {
        var (policyId, version, _) = await AckHarness.ApprovedAsync(host.App, title);
        var store = host.App.Services.GetRequiredService<AcknowledgementStore>();
        var campaign = await store.FindCampaignAsync(policyId, version, default);
        Assert.True(await host.App.Services.GetRequiredService<AcknowledgementService>().ResolveAsync(campaign!, default));
        return (policyId, version);
    }

    [Fact]
    public async Task An_employee_reads_and_accepts_a_policy_and_the_ciso_sees_who_is_still_outstanding()
    {
        var (policyId, version) = await PutToStaffAsync("Acceptable use policy");
        var employee = Demo.Users.First(u => u.Kind == DemoUserKind.Employee && u.PreferredLanguage == "en-GB");
        var colleague = Demo.Users.Last(u => u.Kind == DemoUserKind.Employee);

        var page = await host.OpenAsync(employee.UserPrincipalName);
        await page.GotoAsync("/tab/my-policies");
        await page.ClickAsync("[data-testid=my-policies] a:has-text('Acceptable use policy')");
        await page.Locator("[data-testid=document]").WaitForAsync();
        Assert.Contains("Acceptable use policy", await page.Locator("[data-testid=document]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal($"/tab/acknowledge/{policyId}/{version}", new Uri(page.Url).AbsolutePath);
        await page.ClickAsync("[data-testid=acknowledge]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=ack-status]");
        Assert.Contains("Thank you", await page.Locator("[data-testid=ack-status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/tab/my-policies");
        await page.Locator($"[data-policy='{policyId}'][data-acknowledged=true]").WaitForAsync();

        var ciso = await host.OpenAsync(DemoDirectory.CisoUpn);
        await ciso.GotoAsync("/tab/acknowledgements");
        var row = ciso.Locator($"[data-testid=acknowledgements] tr[data-policy='{policyId}'] [data-testid=acknowledged]");
        await row.WaitForAsync();
        Assert.StartsWith("1 / ", await row.InnerTextAsync(), StringComparison.Ordinal);
        var outstanding = await ciso.Locator($"[data-outstanding='{policyId}']").InnerTextAsync();
        Assert.DoesNotContain(employee.DisplayName, outstanding, StringComparison.Ordinal);
        Assert.Contains(colleague.DisplayName, outstanding, StringComparison.Ordinal);
        await ciso.ClickAsync($"[data-testid=ack-people] [data-testid=sign-snapshot] >> nth=0");
        await ciso.Locator($"[data-testid=acknowledgements] tr[data-policy] td .mono").First.WaitForAsync();
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(ciso, "acknowledgements-ciso"));
    }

    [Fact]
    public async Task In_Danish_the_ciso_puts_a_version_approved_while_nobody_was_asked_to_staff()
    {
        var (policyId, _, _) = await Approvals.ApprovalHarness.UploadOkAsync(host.App, "Password rule");
        using (var http = host.App.Http(DemoDirectory.CisoUpn))
            Assert.True((await http.PutAsJsonAsync($"/api/policies/{policyId}/acknowledgement-audience", new { audience = "none" })).IsSuccessStatusCode);
        await using var connector = await Bot.FakeConnector.StartAsync();
        var (_, version, _) = await AckHarness.ApprovedByBoardAsync(host.App, connector.ServiceUrl, "Password rule");
        var store = host.App.Services.GetRequiredService<AcknowledgementStore>();
        Assert.Null(await store.FindCampaignAsync(policyId, version, default));

        var ciso = await host.OpenAsync(DemoDirectory.CisoUpn, locale: "da-DK");
        await ciso.GotoAsync("/tab/acknowledgements");
        await ciso.Locator("[data-testid=audience-form]").WaitForAsync();
        await ciso.SelectOptionAsync("#ack-policy", policyId);
        await ciso.FillAsync("#ack-audience", "all");
        await ciso.ClickAsync("[data-testid=audience-form] button[type=submit]");
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=audience-status]");
        await ciso.SelectOptionAsync("#ack-put-policy", policyId);
        await ciso.ClickAsync("[data-testid=put-to-staff]");
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=put-to-staff-status]");
        Assert.Contains($"Version {version} sendes til medarbejderne", await ciso.InnerTextAsync("[data-testid=put-to-staff-status]"), StringComparison.Ordinal);
        Assert.NotNull(await store.FindCampaignAsync(policyId, version, default));
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);

        // Once per version: a second click says so instead of asking anyone twice.
        await ciso.ClickAsync("[data-testid=put-to-staff]");
        await ciso.Locator("[data-testid=put-to-staff-status] [role=alert]").WaitForAsync();
    }

    [Fact]
    public async Task In_Danish_an_employee_accepts_once_and_the_board_sees_totals_without_names()
    {
        var (policyId, version) = await PutToStaffAsync("Klassificering af information");
        var employee = Demo.Users.First(u => u.Kind == DemoUserKind.Employee && u.PreferredLanguage == "da-DK");

        var page = await host.OpenAsync(employee.UserPrincipalName, "da-DK");
        await page.GotoAsync($"/tab/acknowledge/{policyId}/{version}");
        var button = page.Locator("[data-testid=acknowledge]");
        await button.WaitForAsync();
        Assert.Equal("Jeg har læst og accepterer den", await button.InnerTextAsync());
        await button.ClickAsync();
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=ack-status]");
        Assert.Contains("Tak", await page.Locator("[data-testid=ack-status]").InnerTextAsync(), StringComparison.Ordinal);
        await page.ReloadAsync();
        await page.Locator(".message-success:has-text('allerede bekræftet')").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=acknowledge]").CountAsync());

        var board = await host.OpenAsync(Demo.BoardMembers[0].UserPrincipalName, "da-DK");
        await board.GotoAsync("/tab/acknowledgements");
        var row = board.Locator($"[data-testid=acknowledgements] tr[data-policy='{policyId}']");
        await row.WaitForAsync();
        Assert.Equal("Bekræftelse af politikker", await board.Locator("h1").InnerTextAsync());
        Assert.StartsWith("1 / ", await row.Locator("[data-testid=acknowledged]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await board.Locator("[data-testid=ack-people]").CountAsync());
        Assert.DoesNotContain(employee.DisplayName, await board.Locator("#view").InnerTextAsync(), StringComparison.Ordinal);
    }
}
