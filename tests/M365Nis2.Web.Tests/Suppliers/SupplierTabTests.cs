using System.Text.Json.Nodes;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Risks;
using M365Nis2.Web.Tests.Tab;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>The supplier pages of the tab in headless Chromium against the real host, clicked through as the CISO, the board and an owner.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public sealed class SupplierTabTests(ITestOutputHelper output) : IAsyncLifetime
{
    private SupplierTestApp t = null!;
    private HeadlessChromium chromium = null!;

    public async Task InitializeAsync()
    {
        t = new SupplierTestApp();
        chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in chromium.Log)
            output.WriteLine(line);
        await chromium.DisposeAsync();
        t.Dispose();
    }

    private static Task ClickAsync(IPage page, string selector) => page.Locator(selector).ClickAsync();

    [Fact]
    public async Task Ciso_works_the_discovery_queue_dismissing_only_with_a_reason_and_registering_an_app_as_a_supplier()
    {
        var page = await chromium.OpenAsync(t.App.BaseAddress, Ciso);
        await page.GotoAsync("/tab/suppliers/discovered");
        await page.Locator("text=The tenant has not been searched yet").WaitForAsync();

        await ClickAsync(page, "[data-testid=run-discovery]");
        var pending = page.Locator("[data-testid=discovered-pending] tbody tr");
        await page.Locator("[data-testid=discovery-run]").WaitForAsync();
        Assert.Equal(7, await pending.CountAsync());
        Assert.Equal("critical", await pending.First.Locator("[data-level]").GetAttributeAsync("data-level"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Dismiss without a reason: the API says why, and the app stays pending.
        var signatures = pending.Filter(new() { HasText = "Signatur" });
        await signatures.Locator("[data-testid=dismiss-app]").ClickAsync();
        await signatures.Locator("[data-testid=dismiss-form] button[type=submit]").ClickAsync();
        Assert.Contains("reason of 5 to 500 characters", await signatures.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await pending.CountAsync());

        await signatures.Locator("[data-testid=dismiss-reason-input]").FillAsync("Trial ended in 2025; consent is being removed.");
        await signatures.Locator("[data-testid=dismiss-form] button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=discovered-decided] [data-testid=dismiss-reason]").WaitForAsync();
        Assert.Equal(6, await pending.CountAsync());
        Assert.Contains("Trial ended in 2025", await page.InnerTextAsync("[data-testid=discovered-decided]"), StringComparison.Ordinal);

        // Register the most privileged app as a new supplier; it then links to the supplier page, which lists the app.
        var first = pending.First;
        var appName = await first.Locator("strong").InnerTextAsync();
        await first.Locator("[data-testid=register-app]").ClickAsync();
        await first.Locator("#register-form-owner").FillAsync(Employee);
        await first.Locator("[data-testid=supplier-services] input[value=managed-it]").CheckAsync();
        await first.Locator("[data-testid=register-form] button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=discovered-decided] [data-decision=registered]").WaitForAsync();
        Assert.Equal(5, await pending.CountAsync());

        await page.Locator("[data-testid=discovered-decided] tr", new() { HasText = appName }).Locator("a").ClickAsync();
        await page.Locator("[data-testid=supplier-apps]").WaitForAsync();
        Assert.Contains(appName, await page.InnerTextAsync("[data-testid=supplier-apps]"), StringComparison.Ordinal);
        Assert.Equal("1", await page.Locator("h1 [data-tier]").GetAttributeAsync("data-tier"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "supplier-registered-from-discovery"));
    }

    [Fact]
    public async Task Ciso_adds_a_supplier_in_danish_sends_the_assessment_and_closes_a_finding_with_a_note()
    {
        var page = await chromium.OpenAsync(t.App.BaseAddress, Ciso, locale: "da-DK");
        await page.GotoAsync("/tab/suppliers");
        await page.Locator("[data-testid=suppliers-empty]").WaitForAsync();
        Assert.Contains("Leverandørregister", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        // A bad CVR number: the field's error is shown and nothing is stored.
        await page.FillAsync("#supplier-form-name", "NordIT Drift A/S");
        await page.FillAsync("#supplier-form-vat", "DK12345678");
        await page.Locator("[data-testid=supplier-form] [data-testid=supplier-services] input[value=managed-it]").CheckAsync();
        await page.Locator("[data-testid=supplier-form] [data-testid=supplier-data] input[value=credentials]").CheckAsync();
        await page.SelectOptionAsync("#supplier-form-access", "privileged");
        await page.FillAsync("#supplier-form-owner", Employee);
        await ClickAsync(page, "[data-testid=supplier-form] button[type=submit]");
        await page.Locator("[data-testid=supplier-form-status] [role=alert]").WaitForAsync();
        Assert.Contains("Ikke gemt", await page.InnerTextAsync("[data-testid=supplier-form-status]"), StringComparison.Ordinal);
        Assert.Empty((await t.As(Ciso).GetFromJsonArrayAsync("/api/suppliers")));

        await page.FillAsync("#supplier-form-vat", "DK25313763");
        await ClickAsync(page, "[data-testid=supplier-form] button[type=submit]");
        var row = page.Locator("[data-testid=suppliers] [data-supplier]");
        await row.WaitForAsync();
        Assert.Equal("1", await row.Locator("[data-tier]").GetAttributeAsync("data-tier"));
        Assert.Contains("Aldrig vurderet", await row.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await row.Locator("a").ClickAsync();
        await page.Locator("[data-testid=send-assessment]").WaitForAsync();
        var standing = await page.InnerTextAsync("main");
        Assert.Contains("Foreslået niveau 1: privilegeret adgang til vores systemer, driver vores IT (managed IT), har adgangsoplysninger", standing, StringComparison.Ordinal);
        Assert.Contains("Aldrig vurderet; niveau 1 vurderes hver 12. måned.", standing, StringComparison.Ordinal);
        await ClickAsync(page, "[data-testid=send-assessment]");
        // The owner never installed the app in this test: the card is not delivered, and the page says why.
        await page.Locator("[data-testid=assessments] [data-status=not-delivered]").WaitForAsync();
        var why = await page.InnerTextAsync("[data-testid=assessments] tr:has([data-status=not-delivered])");
        Assert.Contains("ejeren", why, StringComparison.Ordinal); // why, in Danish
        Assert.DoesNotContain("The owner", why, StringComparison.Ordinal);
        var id = (await t.As(Ciso).GetFromJsonArrayAsync("/api/suppliers"))[0]!["id"]!.GetValue<string>();
        var assessmentId = (await t.GetAsync(id))["assessments"]![0]!["id"]!.GetValue<string>();

        // The owner answers (the card round trip itself is SupplierAssessmentTests); the page shows the findings.
        var owner = new DemoDirectory().FindByUpn(Employee)!;
        var answers = Questionnaires.ForTier(SupplierTier.Tier1).Questions
            .Select(q => new QuestionAnswer(q.Id, q.Id == "mfa" ? Answer.No : Answer.Yes, null)).ToList();
        var outcome = await t.App.Services.GetRequiredService<AssessmentService>().SubmitAsync(id, assessmentId, owner.Id, owner.DisplayName, answers, CancellationToken.None);
        Assert.Null(outcome.Refusal);
        await page.ReloadAsync();
        var finding = page.Locator("[data-testid=findings] [data-finding-id]");
        await finding.WaitForAsync();
        Assert.Equal("high", await finding.Locator("[data-severity]").GetAttributeAsync("data-severity"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        // Closing needs a note; with one, the finding is resolved and the change is in the history.
        await finding.Locator("[data-testid=finding-state]").SelectOptionAsync("resolved");
        await finding.Locator("[data-testid=finding-note]").FillAsync("MFA håndhæves nu for alle konsulenter (ticket 4711).");
        await finding.Locator("[data-testid=finding-form] button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=findings] [data-finding=resolved]").WaitForAsync();
        // The history lines the app wrote read in Danish; the CISO's note stays as typed.
        var history = await page.InnerTextAsync("[data-testid=supplier-history]");
        Assert.Contains("løst: MFA håndhæves nu for alle konsulenter (ticket 4711).", history, StringComparison.Ordinal);
        Assert.Contains($"vurdering {assessmentId} besvaret: 1 fund", history, StringComparison.Ordinal);
        Assert.Contains("registreret", history, StringComparison.Ordinal);
        Assert.DoesNotContain("resolved", history, StringComparison.Ordinal);
        Assert.DoesNotContain("answered", history, StringComparison.Ordinal);

        // The supplier's certificate, uploaded on the assessment's row: signed into the vault and counted there.
        await page.Locator("[data-testid=report-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "nordit-iso27001.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 certificate"u8.ToArray(),
        });
        await ClickAsync(page, "[data-testid=report-form] button[type=submit]");
        await page.Locator("[data-testid=assessments] td:has-text('1 filer')").WaitForAsync();
        Assert.Single((await t.GetAsync(id))["assessments"]![0]!["reports"]!.AsArray());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "supplier-page-da"));
    }

    [Fact]
    public async Task Board_reads_critical_suppliers_in_the_summary_and_an_owner_sees_only_their_own()
    {
        await t.CreateAsync(Msp());
        await t.CreateAsync(new { name = "Kantine ApS", country = "DK", services = new[] { "facilities" }, access = "none", owner = Ciso });
        var board = await chromium.OpenAsync(t.App.BaseAddress, Board, locale: "da-DK");
        await board.GotoAsync("/tab/board-summary");
        await board.Locator("[data-testid=board-suppliers] [data-supplier]").WaitForAsync();
        Assert.Contains("NordIT Drift A/S", await board.InnerTextAsync("[data-testid=board-suppliers]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Kantine", await board.InnerTextAsync("[data-testid=board-suppliers]"), StringComparison.Ordinal);
        Assert.Contains("0 af 1 kritiske leverandører", await board.InnerTextAsync("[data-testid=kpi-suppliers]"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(board);

        await board.GotoAsync("/tab/suppliers");
        await board.Locator("[data-testid=suppliers] [data-supplier]").First.WaitForAsync();
        Assert.Equal(2, await board.Locator("[data-testid=suppliers] [data-supplier]").CountAsync());
        Assert.Equal(0, await board.Locator("[data-testid=supplier-form]").CountAsync());
        Assert.Equal(1, await board.Locator("[data-testid=register-snapshot]").CountAsync());
        Assert.Equal(0, await board.Locator("[data-testid=register-snapshot-sign]").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(board);

        var employee = await chromium.OpenAsync(t.App.BaseAddress, Employee);
        await employee.GotoAsync("/tab/suppliers");
        await employee.Locator("[data-testid=suppliers] [data-supplier]").WaitForAsync();
        Assert.Equal(["NordIT Drift A/S"], await employee.Locator("[data-testid=suppliers] [data-supplier] a").AllInnerTextsAsync());
        Assert.Equal(0, await employee.Locator("[data-testid=to-discovery]").CountAsync());
        Assert.Equal(0, await employee.Locator("[data-testid=register-snapshot]").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(employee);
    }

    [Fact]
    public async Task Ciso_signs_a_copy_of_the_whole_register_and_has_it_verified_in_danish()
    {
        await t.CreateAsync(Msp());
        var page = await chromium.OpenAsync(t.App.BaseAddress, Ciso, locale: "da-DK");
        await page.GotoAsync("/tab/suppliers");
        var panel = page.Locator("[data-testid=register-snapshot]");
        await panel.WaitForAsync();
        Assert.Contains("Ingen signeret kopi endnu", await panel.InnerTextAsync(), StringComparison.Ordinal);

        await ClickAsync(page, "[data-testid=register-snapshot-sign]");
        await page.Locator("[data-testid=register-snapshot-latest]").WaitForAsync();
        Assert.Contains("1 leverandører", await page.InnerTextAsync("[data-testid=register-snapshot-latest]"), StringComparison.Ordinal);
        await ClickAsync(page, "[data-testid=register-snapshot] [data-testid=verify]");
        await page.Locator("[data-testid=register-snapshot] [data-verified=true]").WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Ciso_links_assets_and_risks_by_picking_them_from_the_registers()
    {
        var scada = await RiskHarness.AssetAsync(t.App);
        await RiskHarness.AssetAsync(t.App, "Mail and calendar");
        var risk = await RiskHarness.RiskAsync(t.App, RiskHarness.Risk(scada));
        var id = (await t.CreateAsync(Msp()))["id"]!.GetValue<string>();
        var page = await chromium.OpenAsync(t.App.BaseAddress, Ciso);
        await page.GotoAsync($"/tab/suppliers/{id}");
        await page.Locator("[data-testid=link-assets] input").First.WaitForAsync();
        Assert.Equal(2, await page.Locator("[data-testid=link-assets] input").CountAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator($"[data-testid=link-assets] input[value='{scada}']").CheckAsync();
        await page.Locator($"[data-testid=link-risks] input[value='{risk}']").CheckAsync();
        await ClickAsync(page, "[data-testid=edit-form] button[type=submit]");
        await page.Locator("[data-testid=linked-assets]").WaitForAsync();
        Assert.Equal("SCADA historian", await page.InnerTextAsync("[data-testid=linked-assets]"));
        Assert.Equal("Ransomware on the SCADA historian", await page.InnerTextAsync("[data-testid=linked-risks]"));
        Assert.True(await page.Locator($"[data-testid=link-assets] input[value='{scada}']").IsCheckedAsync());
        var stored = await t.GetAsync(id);
        Assert.Equal([scada], stored["assetIds"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal([risk], stored["riskIds"]!.AsArray().Select(x => x!.GetValue<string>()));
    }

    [Fact]
    public async Task A_bad_csv_lists_every_bad_row_and_imports_nothing()
    {
        var page = await chromium.OpenAsync(t.App.BaseAddress, Ciso);
        await page.GotoAsync("/tab/suppliers");
        await page.Locator("[data-testid=import-form]").WaitForAsync();
        await page.Locator("[data-testid=import-file]").SetInputFilesAsync(new FilePayload
        {
            Name = "suppliers.csv", MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("name,country,tier\nGood ApS,DK,2\n,DK,2\nBad Tier A/S,DK,7\n"),
        });
        await ClickAsync(page, "[data-testid=import-form] button[type=submit]");
        var alert = page.Locator("[data-testid=import-status] [role=alert]");
        await alert.WaitForAsync();
        Assert.Equal(2, await alert.Locator("li").CountAsync());
        Assert.Contains("Line 3", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Line 4", await alert.InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        Assert.Empty(await t.As(Ciso).GetFromJsonArrayAsync("/api/suppliers"));
    }
}

internal static class SupplierHttp
{
    public static async Task<JsonArray> GetFromJsonArrayAsync(this HttpClient http, string path)
    {
        using (http)
            return (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<JsonArray>(http, path))!;
    }
}
