using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Training;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// Art. 20(2) in the tab: the CISO adds a course and records a member's attendance with a certificate; another member
/// reports a course of their own with a certificate; the CISO confirms it, the member becomes current, and the signed
/// decision record is in the vault. English (light) and Danish (dark), axe on each page.
/// </summary>
public sealed class TabBoardTrainingTests(TabHost host) : IClassFixture<TabHost>
{
    private static readonly DemoDirectory Demo = new();

    private static FilePayload Certificate(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = "%PDF-1.7 certificate of attendance"u8.ToArray() };

    [Theory]
    [InlineData("en-GB", false, 1, "Confirmed")]
    [InlineData("da-DK", true, 2, "Bekræftet")]
    public async Task Ciso_records_attendance_and_confirms_a_members_self_report(string locale, bool dark, int memberIndex, string confirmedLabel)
    {
        var recorded = Demo.BoardMembers[memberIndex];
        var reporter = Demo.BoardMembers[memberIndex + 2];
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ciso = await host.OpenAsync(DemoDirectory.CisoUpn, locale, dark);

        await ciso.GotoAsync("/tab/");
        await ciso.ClickAsync("#nav a[href='/tab/board-training']");
        var courseForm = ciso.Locator("[data-testid=course-form]");
        await courseForm.Locator("input[name=title]").FillAsync($"NIS2 for boards {locale}");
        await courseForm.Locator("input[name=provider]").FillAsync("Dansk Industri");
        await courseForm.Locator("input[name=date]").FillAsync(today);
        await courseForm.Locator("input[name=hours]").FillAsync("6");
        await courseForm.Locator("button[type=submit]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=admin-status]");
        var attendance = ciso.Locator("[data-testid=attendance-form]");
        await attendance.Locator("select[name=memberObjectId]").SelectOptionAsync(recorded.Id);
        var courseId = await attendance.Locator("select[name=courseId] option").Filter(new() { HasText = $"NIS2 for boards {locale}" }).GetAttributeAsync("value");
        await attendance.Locator("select[name=courseId]").SelectOptionAsync(courseId!);
        await attendance.Locator("input[type=file]").SetInputFilesAsync(Certificate("certificate.pdf"));
        await attendance.Locator("button[type=submit]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=admin-status]");
        Assert.Equal("Current", await ciso.GetAttributeAsync($"[data-testid=board-training] [data-member='{recorded.Id}']", "data-state"));
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);

        var member = await host.OpenAsync(reporter.UserPrincipalName, locale, dark);
        await member.GotoAsync("/tab/");
        await member.ClickAsync("#nav a[href='/tab/training']");
        var report = member.Locator("[data-testid=self-report-form]");
        await report.WaitForAsync();
        await report.Locator("select[name=courseId]").SelectOptionAsync("");
        await report.Locator("input[name=title]").FillAsync($"Board cyber briefing {locale}");
        await report.Locator("input[name=provider]").FillAsync("CFCS");
        await report.Locator("input[name=date]").FillAsync(today);
        await report.Locator("input[name=hours]").FillAsync("3");
        await report.Locator("input[type=file]").SetInputFilesAsync(Certificate("briefing.pdf"));
        await report.Locator("button[type=submit]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(member, "[data-testid=training-status]");
        Assert.Equal("Pending", await member.GetAttributeAsync("[data-testid=my-claims] tr[data-claim]", "data-state"));
        await Accessibility.AssertNoSeriousViolationsAsync(member);

        await ciso.ReloadAsync();
        var pending = ciso.Locator($"[data-testid=pending-claims] tr[data-claim]").Filter(new() { HasText = $"Board cyber briefing {locale}" });
        await pending.WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);
        await pending.Locator("textarea").FillAsync("Certificate checked");
        await pending.Locator("button[data-decision=confirm]").ClickAsync();
        await TabStatus.ExpectSuccessAsync(ciso, "[data-testid=admin-status]");
        Assert.Equal("Current", await ciso.GetAttributeAsync($"[data-testid=board-training] [data-member='{reporter.Id}']", "data-state"));

        await member.ReloadAsync();
        var decided = member.Locator("[data-testid=my-claims] tr[data-claim]");
        await decided.Locator("[data-testid=claim-state]").WaitForAsync();
        Assert.Equal(confirmedLabel, await decided.Locator("[data-testid=claim-state]").InnerTextAsync());
        Assert.Equal("Current", await member.GetAttributeAsync($"[data-testid=board-training] [data-member='{reporter.Id}']", "data-state"));

        using var api = host.App.Http(DemoDirectory.CisoUpn);
        var claim = (await api.GetFromJsonAsync<JsonArray>("/api/training/claims"))!.Single(c => c!["title"]!.GetValue<string>() == $"Board cyber briefing {locale}")!;
        Assert.Equal("Certificate checked", claim["note"]!.GetValue<string>());
        var record = await api.GetStringAsync($"/api/artefacts/{claim["decisionArtefactId"]!.GetValue<string>()}");
        Assert.Contains(TrainingClaimService.DecisionKind, record, StringComparison.Ordinal);
        Assert.Contains("Confirmed", record, StringComparison.Ordinal);
    }
}
