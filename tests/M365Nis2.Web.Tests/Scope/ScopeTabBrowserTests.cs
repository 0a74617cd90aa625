using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Tab;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Scope;

/// <summary>
/// The scope and registration pages clicked through in headless Chromium: the CISO answers and sends the classification
/// to the board, board members vote (one on My approvals, in Danish) and read it without edit controls; the CISO keeps
/// the registration record, opens its 14-day task, checks drift and marks it submitted. The two tests share one host
/// but touch different records (classification, registration).
/// </summary>
public sealed class ScopeTabBrowserTests(TabHost host, ITestOutputHelper output) : IClassFixture<TabHost>
{
    private static string Text(string s) => s.Trim();

    [Fact]
    public async Task The_ciso_classifies_the_entity_step_by_step_and_the_board_approves_it_on_my_approvals()
    {
        var page = await host.OpenAsync(Ciso);
        await page.GotoAsync("/tab/scope");
        await page.Locator("[data-testid=scope-none]").WaitForAsync();
        await page.Locator("[data-sector=drinking-water] summary").ClickAsync();
        await page.Locator("[data-type='drinking-water.supplier']").CheckAsync();
        await page.Locator("[data-field=annualTurnoverEur]").FillAsync("80000000");
        await page.Locator("[data-field=balanceSheetTotalEur]").FillAsync("60000000");

        // Staff left empty: the server names the field, and nothing the CISO entered is lost.
        await page.Locator("[data-testid=save-scope]").ClickAsync();
        var alert = page.Locator("[data-testid=scope-status] [role=alert]");
        await alert.WaitForAsync();
        Assert.Contains("Staff", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-type='drinking-water.supplier']").IsCheckedAsync());
        Assert.Equal("80000000", await page.Locator("[data-field=annualTurnoverEur]").InputValueAsync());

        await page.Locator("[data-field=staff]").FillAsync("400");
        await page.Locator("[data-testid=save-scope]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=scope-status]");
        await page.Locator("[data-testid=scope-result]").WaitForAsync();
        Assert.Equal("Essential entity", Text(await page.Locator("[data-testid=scope-result] [data-testid=scope-category]").InnerTextAsync()));
        Assert.Contains("Art. 3(1)(a)", await page.Locator("[data-testid=scope-reasons]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Danish Environmental Protection Agency", await page.Locator("[data-testid=scope-authority]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("10,000,000", await page.Locator("[data-testid=scope-fine]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Not sent to the board", Text(await page.Locator("[data-testid=approval-state]").InnerTextAsync()));
        Assert.Equal(1, await page.Locator("[data-testid=scope-history] tr[data-version='1']").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("[data-testid=send-to-board]").ClickAsync();
        await page.Locator("[data-testid=approval-state]", new() { HasTextString = "With the board" }).WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-testid=send-to-board]").CountAsync());
        var (_, scope) = await SendAsync(host.App, HttpMethod.Get, "/api/scope");
        var roundId = scope!["approval"]!["roundId"]!.GetValue<string>();

        // A board member reads it in Danish (dark theme): no edit controls, the state of the vote.
        var board = await host.OpenAsync(Board(2), "da-DK", dark: true);
        await board.GotoAsync("/tab/scope");
        await board.Locator("[data-testid=scope-result]").WaitForAsync();
        Assert.Equal("Væsentlig enhed", Text(await board.Locator("[data-testid=scope-result] [data-testid=scope-category]").InnerTextAsync()));
        Assert.Equal("Hos bestyrelsen", Text(await board.Locator("[data-testid=approval-state]").InnerTextAsync()));
        Assert.Contains("Miljøstyrelsen", await board.Locator("[data-testid=scope-authority]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await board.Locator("[data-testid=save-scope], [data-testid=send-to-board]").CountAsync());
        Assert.True(await board.Locator("[data-type='drinking-water.supplier']").IsDisabledAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(board);

        // Two members vote on their cards (here: the same API the card's vote reaches), the third on My approvals.
        var sha = scope["sha256"]!.GetValue<string>();
        foreach (var member in new[] { Board(0), Board(1) })
        {
            var (voted, body) = await SendAsync(host.App, HttpMethod.Post, $"/api/approvals/{roundId}/vote",
                new JsonObject { ["choice"] = "approve", ["documentHash"] = sha }, user: member);
            Assert.True(voted.IsSuccessStatusCode, body?.ToJsonString());
        }
        await board.GotoAsync("/tab/my-approvals");
        var card = board.Locator($"[data-round='{roundId}']");
        await card.WaitForAsync();
        Assert.Equal("/tab/scope", await card.Locator("[data-testid=read-document]").GetAttributeAsync("href"));
        await card.Locator("[data-choice=approve]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(board, "[data-testid=vote-status]");
        await WaitForAsync(host.App, "/api/scope", d => d["approval"]!["state"]!.GetValue<string>() == "approved");

        await board.GotoAsync("/tab/scope");
        await board.Locator("[data-testid=approval-state]", new() { HasTextString = "Godkendt af bestyrelsen" }).WaitForAsync();
        Assert.Contains("version 1", await board.Locator("[data-testid=approval-detail]").InnerTextAsync(), StringComparison.Ordinal);
        await board.GotoAsync("/tab/board-summary");
        var summary = board.Locator("[data-testid=board-scope]");
        await summary.Locator("[data-testid=approval-state]").WaitForAsync();
        Assert.Contains("Væsentlig enhed", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Godkendt af bestyrelsen", await summary.InnerTextAsync(), StringComparison.Ordinal);

        // The CISO changes an answer: the classification is not approved any more.
        await page.GotoAsync("/tab/scope");
        await page.Locator("[data-field=staff]").FillAsync("120");
        await page.Locator("[data-testid=save-scope]").ClickAsync();
        await page.Locator("[data-testid=approval-state]", new() { HasTextString = "Not approved: answers changed" }).WaitForAsync();
        Assert.Equal(1, await page.Locator("[data-testid=send-to-board]").CountAsync());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "scope-changed"));
    }

    [Fact]
    public async Task The_ciso_keeps_the_registration_record_opens_its_task_checks_drift_and_marks_it_submitted()
    {
        var page = await host.OpenAsync(Ciso);
        await page.GotoAsync("/tab/registration");
        await page.Locator("[data-testid=registration-none]").WaitForAsync();
        var form = page.Locator("[data-testid=registration-form]");
        await form.Locator("[data-field=legalName]").FillAsync("Nordlys Energi A/S");
        await form.Locator("[data-field=cvr]").FillAsync("12345678");
        await form.Locator("[data-field=address]").FillAsync("Havnegade 1, 8000 Aarhus C");
        await form.Locator("[data-field=email]").FillAsync("security@nordlysenergi.dk");
        await form.Locator("[data-field=phone]").FillAsync("+4587654321");
        var contact = form.Locator("[data-contact]").First;
        await contact.Locator("[data-contact-field=name]").FillAsync("Mette Holm");
        await contact.Locator("[data-contact-field=role]").FillAsync("CISO");
        await contact.Locator("[data-contact-field=email]").FillAsync("mette@nordlysenergi.dk");
        await contact.Locator("[data-contact-field=phone]").FillAsync("+4520304050");
        await form.Locator("[data-field=publicIpRanges]").FillAsync($"{DemoNamedLocations.HeadOfficeRange}\nnot-an-ip");
        await form.Locator("[data-field=entityTypeIds]").SelectOptionAsync(["drinking-water.supplier"]);
        await form.Locator("[data-field=memberStates]").FillAsync("dk");
        await form.Locator("[data-field=authority]").SelectOptionAsync("Miljøstyrelsen");

        await form.Locator("[data-testid=save-registration]").ClickAsync();
        var error = page.Locator("[data-testid=registration-errors] [data-error='publicIpRanges[1]']");
        await error.WaitForAsync();
        Assert.Contains("Public IP ranges 2", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Nordlys Energi A/S", await form.Locator("[data-field=legalName]").InputValueAsync());

        await form.Locator("[data-field=publicIpRanges]").FillAsync($"{DemoNamedLocations.HeadOfficeRange}\n{DemoNamedLocations.HeadOfficeV6Range}");
        await form.Locator("[data-testid=save-registration]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=registration-status]"); // fails with the server's reason if not saved
        await page.Locator("[data-testid=duty-state]").WaitForAsync();
        Assert.Equal("Open", Text(await page.Locator("[data-testid=duty-state]").InnerTextAsync()));
        Assert.Contains("first registration", await page.Locator("[data-testid=registration-history] tr[data-version='1']").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-testid=check-drift]").ClickAsync();
        var tenantOnly = page.Locator("[data-testid=drift-tenant] li");
        await tenantOnly.First.WaitForAsync();
        Assert.Contains(DemoNamedLocations.DataCentreRange, await tenantOnly.First.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("[data-testid=duty-task]").ClickAsync();
        await page.WaitForURLAsync("**/tab/tasks/*");
        await page.Locator("h1", new() { HasTextString = "registration" }).WaitForAsync();
        await page.GoBackAsync();
        await page.Locator("[data-testid=mark-submitted]").ClickAsync();
        await page.Locator("[data-testid=registration-submitted]").WaitForAsync();
        Assert.DoesNotContain("—", await page.Locator("[data-testid=registration-history] tr[data-version='1'] td").Last.InnerTextAsync(), StringComparison.Ordinal);

        // An employee gets neither the page nor its place in the navigation.
        var employee = await host.OpenAsync(Employee, "da-DK");
        await employee.GotoAsync("/tab/registration");
        await employee.Locator("#view [role=alert]").WaitForAsync();
        Assert.Equal(0, await employee.Locator("[data-testid=registration-form], #nav a[href='/tab/registration'], #nav a[href='/tab/scope']").CountAsync());
    }
}
