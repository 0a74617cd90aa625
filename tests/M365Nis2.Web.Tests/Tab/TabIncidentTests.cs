using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>An employee reports from the tab; the CISO classifies, drafts, exports and records the submission — all by clicking.</summary>
public sealed class TabIncidentTests(TabHost host) : IClassFixture<TabHost>
{
    private const string Ciso = DemoDirectory.CisoUpn;
    private const string Employee = "sofie.jensen002@nordlysenergi.onmicrosoft.com";

    [Fact]
    public async Task Employee_reports_in_danish_and_the_ciso_classifies_drafts_exports_and_marks_the_early_warning_submitted()
    {
        var employee = await host.OpenAsync(Employee, "da-DK", dark: true);
        await employee.GotoAsync("/tab/incidents");
        await employee.FillAsync("[data-testid=report-what]", "Ransomware-note på fil-serveren i Esbjerg; SCADA-historikken er utilgængelig.");
        await employee.FillAsync("#report-services", "SCADA-historik, filserver");
        await employee.SelectOptionAsync("#report-cause", "malicious");
        await employee.ClickAsync("[data-testid=report-form] button[type=submit]");
        await TabStatus.ExpectSuccessAsync(employee, "[data-testid=report-status]");
        await employee.Locator("[data-testid=incidents] [data-incident]").First.WaitForAsync();
        var mine = await employee.InnerTextAsync("[data-testid=incidents]");
        await Accessibility.AssertNoSeriousViolationsAsync(employee);
        var navigation = await employee.Locator("#nav a").AllInnerTextsAsync();

        var ciso = await host.OpenAsync(Ciso);
        await ciso.GotoAsync("/tab/incidents");
        await ciso.FillAsync("[data-testid=filter-text]", "Esbjerg");
        await ciso.SelectOptionAsync("[data-testid=filter-status]", "suspected");
        var row = ciso.Locator("[data-testid=incidents] [data-incident]", new() { HasText = "Esbjerg" });
        await row.Locator("a").ClickAsync();
        await ciso.Locator("[data-testid=classify-form]").WaitForAsync();
        await ciso.SelectOptionAsync("[data-testid=classify-first]", "yes");
        await ciso.SelectOptionAsync("[data-testid=classify-second]", "no");
        await ciso.SelectOptionAsync("[data-testid=classify-decision]", "significant");
        await ciso.FillAsync("[data-testid=classify-reason]", "Production data unavailable for more than 4 hours.");
        await ciso.ClickAsync("[data-testid=classify-form] button[type=submit]");
        await ciso.Locator("[data-testid=timeline] [data-stage=early-warning] [data-testid=countdown]").WaitForAsync();
        var before = await ciso.InnerTextAsync("[data-stage=early-warning] [data-testid=countdown]");
        await ciso.WaitForFunctionAsync($"() => document.querySelector('[data-stage=early-warning] [data-testid=countdown]').textContent !== {System.Text.Json.JsonSerializer.Serialize(before)}");
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);
        var draft = ciso.Locator("[data-testid=draft-early-warning]");
        foreach (var field in await draft.Locator("textarea").AllAsync())
        {
            if (string.IsNullOrEmpty(await field.InputValueAsync()))
            {
                await field.FillAsync("Suspected malicious cause; no cross-border effect known.");
            }
        }
        await draft.Locator("[data-testid=draft-save]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=incident-status]");
        // The export is a fetch then a blob download: allow for a loaded machine (it timed out at 20 s at load 30).
        var download = await ciso.RunAndWaitForDownloadAsync(() => ciso.Locator("[data-testid=draft-early-warning] [data-testid=export-text]").ClickAsync(),
            new() { Timeout = 60_000 });
        var exported = await File.ReadAllTextAsync(await download.PathAsync());
        await ciso.Locator("[data-testid=draft-early-warning] [data-testid=mark-submitted]").ClickAsync();
        await ciso.Locator("[data-stage=early-warning][data-stage-status=submitted_on_time]").WaitForAsync();

        Assert.Contains("Esbjerg", mine, StringComparison.Ordinal);
        Assert.Contains("Formodet", mine, StringComparison.Ordinal);
        Assert.Equal(["Uddannelse", "Hændelser", "Leverandører", "Opgaver", "Mine politikker"], navigation);
        Assert.Contains("Suspected malicious cause", exported, StringComparison.Ordinal);
        Assert.Contains("signed", await ciso.InnerTextAsync("[data-stage=early-warning]"), StringComparison.Ordinal);
        Assert.Equal(0, await ciso.Locator("[data-testid=draft-early-warning] [data-testid=mark-submitted]").CountAsync());
    }

    [Fact]
    public async Task An_empty_report_is_refused_with_the_reason_and_the_form_keeps_what_was_typed()
    {
        var page = await host.OpenAsync(Employee);
        await page.GotoAsync("/tab/incidents");
        await page.FillAsync("#report-services", "E-mail");
        await page.FillAsync("[data-testid=report-what]", "   ");
        await page.EvaluateAsync("() => document.querySelector('[data-testid=report-what]').removeAttribute('required')");
        await page.ClickAsync("[data-testid=report-form] button[type=submit]");
        await page.Locator("[data-testid=report-status] .message-error").WaitForAsync();

        Assert.Contains("whatHappened", await page.InnerTextAsync("[data-testid=report-status]"), StringComparison.Ordinal);
        Assert.Equal("E-mail", await page.InputValueAsync("#report-services"));
    }
}
