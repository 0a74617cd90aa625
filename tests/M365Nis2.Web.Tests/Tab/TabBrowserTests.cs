using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>The tab in headless Chromium against the real host (Kestrel, Azurite, demo tenant), signed in through the dev user picker.</summary>
public sealed class TabBrowserTests(TabHost host, ITestOutputHelper output) : IClassFixture<TabHost>, IDisposable
{
    private const string Ciso = DemoDirectory.CisoUpn;
    private const string Board = "anders.kjaer@nordlysenergi.onmicrosoft.com";
    private const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";
    private readonly TestApp app = host.App;
    private readonly HeadlessChromium chromium = host.Chromium;

    public void Dispose()
    {
        while (chromium.Log.TryDequeue(out var line))
        {
            output.WriteLine(line);
        }
    }

    [Fact]
    public async Task Overview_lists_all_ten_measures_with_statuses_and_the_ciso_actions()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);

        await page.GotoAsync("/tab/");
        var measures = page.Locator("[data-section=Measure] [data-control]");
        await measures.First.WaitForAsync();

        Assert.Equal(10, await measures.CountAsync());
        foreach (var letter in "abcdefghij")
        {
            var card = page.Locator($"[data-control='art21.2.{letter}']");
            Assert.Equal(1, await card.Locator("[data-status]").CountAsync());
        }
        Assert.Equal(2, await page.Locator("[data-section=Management] [data-control]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-section=Reporting] [data-control]").CountAsync());
        Assert.True(await page.Locator("[data-testid=ciso-actions]").IsVisibleAsync());
        Assert.True(await page.Locator("#demo-badge").IsVisibleAsync());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "overview"));
    }

    [Fact]
    public async Task Configuration_page_saves_the_chosen_control_through_teams_js()
    {
        // The real teams-js needs a Teams host around the page, so a stand-in replaces window.microsoftTeams and records
        // what the page hands to pages.config: the contract with Teams is exactly these calls.
        const string stub = """
            window.__teams = { config: null, valid: [], saved: null };
            Object.defineProperty(window, 'microsoftTeams', { configurable: false, get: () => ({
              app: { initialize: () => Promise.resolve(), getContext: () => Promise.resolve({ app: { theme: 'dark', locale: 'da-DK' }, page: { id: '' } }),
                     registerOnThemeChangeHandler: () => {} },
              authentication: { getAuthToken: () => Promise.reject(new Error('no SSO in this test')) },
              pages: { config: {
                setValidityState: v => window.__teams.valid.push(v),
                registerOnSaveHandler: h => { window.__teams.save = h; },
                setConfig: c => { window.__teams.config = c; return Promise.resolve(); } } } }) });
            """;
        var page = await chromium.OpenAsync(app.BaseAddress, initScript: stub);

        await page.GotoAsync("/tab/configure?inTeams=1");
        await page.Locator("[data-testid=control-choice] option[value='art21.2.j']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("[data-testid=control-choice]", "art21.2.j");
        var outcome = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => window.__teams.save({ notifySuccess: () => resolve('success'), notifyFailure: r => resolve('failure: ' + r) }))
            """);
        var config = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.__teams.config)")).RootElement;
        var validity = await page.EvaluateAsync<bool[]>("() => window.__teams.valid");

        Assert.Equal("success", outcome);
        Assert.Equal("control-art21.2.j", config.GetProperty("entityId").GetString());
        Assert.Equal(new Uri(app.BaseAddress, "/tab/control/art21.2.j").ToString(), config.GetProperty("contentUrl").GetString());
        Assert.Equal("NIS2 (j)", config.GetProperty("suggestedDisplayName").GetString());
        Assert.Equal([false, true], validity);
        Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        Assert.Contains("Fastgør", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Board_summary_renders_every_measure_and_the_management_questions()
    {
        await Approvals.ApprovalHarness.UploadOkAsync(app, "Informationssikkerhedspolitik");
        var itAdmin = new DemoDirectory().ItAdmins[0];
        await app.Services.GetRequiredService<M365Nis2.Web.Features.Tasks.IFollowUpTasks>().OpenAsync(new(itAdmin.Id, "Fjern den delte admin-konto",
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)), ["art21.2.i"],
            new(M365Nis2.Domain.Tasks.TaskSourceKind.Manual, "board-summary-" + Guid.NewGuid().ToString("N"))), default);
        var page = await chromium.OpenAsync(app.BaseAddress, Board, locale: "da-DK");

        await page.GotoAsync("/tab/board-summary");
        await page.Locator("[data-testid=board-measures] [data-control]").First.WaitForAsync();
        await page.Locator("[data-testid=board-pending] li").First.WaitForAsync();

        Assert.Equal(13, await page.Locator("[data-testid=board-measures] [data-control]").CountAsync());
        Assert.Contains("Ledelsesoverblik", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        // Two counts from the measures, the Art. 23 deadlines from the key figures, and the six follow-up questions.
        Assert.Equal(9, await page.Locator("[data-testid=board-questions] li").CountAsync());
        Assert.Contains("Informationssikkerhedspolitik", await page.InnerTextAsync("[data-testid=board-pending]"), StringComparison.Ordinal);
        Assert.Contains("Aldrig godkendt", await page.InnerTextAsync("[data-testid=board-pending]"), StringComparison.Ordinal);
        Assert.Equal(5, await page.Locator("[data-testid=board-training] tr").CountAsync());
        Assert.Contains("Fjern den delte admin-konto", await page.InnerTextAsync("[data-testid=board-deviations]"), StringComparison.Ordinal);
        Assert.Contains("over fristen", await page.InnerTextAsync("[data-testid=kpi-deviations]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=ciso-actions]").CountAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator(".app-header").IsVisibleAsync());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "board-summary-print"));
    }

    [Fact]
    public async Task Employee_sees_only_training_and_incidents_and_no_ciso_actions_and_the_api_refuses_them()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Employee);

        await page.GotoAsync("/tab/");
        await page.WaitForFunctionAsync("() => location.pathname === '/tab/training'");
        await page.Locator("h1").WaitForAsync();
        var navLinks = await page.Locator("#nav a").AllInnerTextsAsync();
        await page.GotoAsync("/tab/control/art21.2.j");
        await page.Locator(".message-error").WaitForAsync();
        var collect = await page.EvaluateAsync<int>("""
            async () => (await fetch('/api/evidence/collect', { method: 'POST', headers: { 'X-Dev-User': localStorage.getItem('m365nis2.devUser') } })).status
            """);
        var upload = await page.EvaluateAsync<int>("""
            async () => { const f = new FormData(); f.append('document', new Blob(['x'], { type: 'text/plain' }), 'a.txt'); f.append('note', 'n'); f.append('validUntil', '2099-01-01');
              return (await fetch('/api/controls/art21.2.j/evidence', { method: 'POST', body: f, headers: { 'X-Dev-User': localStorage.getItem('m365nis2.devUser') } })).status; }
            """);
        var pack = await page.EvaluateAsync<int>("async () => (await fetch('/api/audit-pack', { headers: { 'X-Dev-User': localStorage.getItem('m365nis2.devUser') } })).status");

        // Employees see their own training, their incidents, the suppliers they own (none here), their own tasks and the policies
        // they are asked to accept, nothing of the CISO's.
        Assert.Equal(["Training", "Incidents", "Suppliers", "Tasks", "My policies"], navLinks);
        Assert.Equal(0, await page.Locator("[data-testid=ciso-actions]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=upload-form]").CountAsync());
        Assert.Contains(collect, new[] { 403, 404 });
        Assert.Equal(403, upload);
        Assert.Equal(403, pack);
    }

    [Fact]
    public async Task Uploaded_evidence_appears_in_the_controls_evidence_with_a_valid_signature()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);
        var file = Path.Combine(Directory.CreateTempSubdirectory("m365nis2-upload-").FullName, "backup-restore-test-2026.txt");
        await File.WriteAllTextAsync(file, "Restore test of the SCADA historian backup, 2026-11-20: OK in 42 minutes.");

        await page.GotoAsync("/tab/control/art21.2.c");
        await page.Locator("[data-testid=upload-form]").WaitForAsync();
        await page.SetInputFilesAsync("[data-testid=upload-form] input[type=file]", file);
        await page.FillAsync("[data-testid=upload-form] textarea", "Quarterly restore test, Q4 2026");
        await page.ClickAsync("[data-testid=upload-form] button[type=submit]");
        var item = page.Locator("[data-testid=manual-evidence] li");
        await item.First.WaitForAsync();

        Assert.Contains("backup-restore-test-2026.txt", await item.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Quarterly restore test, Q4 2026", await item.First.InnerTextAsync(), StringComparison.Ordinal);
        // Other tests of this class (a collection run) add artefacts to the shared store: every one shown must verify.
        var valid = await page.Locator("[data-testid=artefacts] [data-signature=valid]").CountAsync();
        Assert.True(valid >= 2, $"{valid} valid artefacts");
        Assert.Equal(valid, await page.Locator("[data-testid=artefacts] [data-signature]").CountAsync());
        Assert.Contains("Stored and signed", await page.InnerTextAsync("[data-testid=upload-status]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ciso_runs_a_collection_from_the_overview_and_the_j_page_shows_checks_findings_and_history_from_the_demo_tenant()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);
        await page.GotoAsync("/tab/");
        await page.ClickAsync("[data-testid=action-collect]");
        await page.Locator("[data-testid=action-status] .message-success").WaitForAsync(new() { Timeout = 90_000 });
        var jStatus = await page.Locator("[data-control='art21.2.j'] [data-status]").GetAttributeAsync("data-status");

        await page.GotoAsync("/tab/control/art21.2.j");
        await page.Locator("[data-testid=findings] li").First.WaitForAsync();

        Assert.Contains(jStatus, new[] { "met", "partiallyMet", "notMet" });
        Assert.StartsWith("(j) Multi-factor", await page.InnerTextAsync("[data-testid=control-title]"), StringComparison.Ordinal);
        Assert.Equal(4, await page.Locator("[data-testid=checks] [data-check]").CountAsync());
        Assert.Contains("MFA registration of members", await page.InnerTextAsync("[data-testid=checks]"), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=findings] li").CountAsync() >= 1);
        Assert.Equal(1, await page.Locator("svg.chart circle").CountAsync());
        Assert.True(await page.Locator("[data-testid=artefacts] [data-signature=valid]").CountAsync() >= 1);
        Assert.True(await page.Locator("[data-testid=upload-form]").IsVisibleAsync());
        Assert.Contains("A.5.15", await page.InnerTextAsync(".chips"), StringComparison.Ordinal);
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "control-j"));
    }

    [Fact]
    public async Task Browser_in_dark_mode_gets_the_dark_theme_and_forced_colours_the_contrast_theme()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });

        await page.GotoAsync("/tab/");
        await page.Locator("[data-control]").First.WaitForAsync();
        var dark = await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.theme === 'contrast'");
        var contrast = await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme");

        Assert.Equal("dark", dark);
        Assert.Equal("rgb(31, 31, 31)", background);
        Assert.Equal("contrast", contrast);
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "overview-contrast"));
    }

    [Fact]
    public async Task Approvals_page_shows_the_policy_register_and_only_the_ciso_can_upload_or_start_a_round()
    {
        await Approvals.ApprovalHarness.UploadOkAsync(app, "Supplier security policy");
        var board = await chromium.OpenAsync(app.BaseAddress, Board);
        var ciso = await chromium.OpenAsync(app.BaseAddress, Ciso);

        await board.GotoAsync("/tab/approvals");
        await board.Locator("[data-testid=policies] [data-policy]").First.WaitForAsync();
        var boardUploadForms = await board.Locator("[data-testid=upload-policy-form]").CountAsync();
        await board.GotoAsync("/tab/policies/supplier-security-policy/1");
        await board.Locator("[data-testid=versions]").WaitForAsync();
        await ciso.GotoAsync("/tab/control/art21.2.a");
        await ciso.Locator("[data-testid=policies] [data-policy]").First.WaitForAsync();
        await ciso.GotoAsync("/tab/approvals");
        await ciso.Locator("[data-testid=upload-policy-form]").WaitForAsync();
        await ciso.GotoAsync("/tab/policies/supplier-security-policy/1");
        await ciso.Locator("[data-testid=start-round]").WaitForAsync();

        Assert.Equal(0, boardUploadForms);
        Assert.Equal(0, await board.Locator("[data-testid=start-round]").CountAsync());
    }

    [Fact]
    public async Task Ciso_launches_an_awareness_campaign_and_follows_it_to_the_people()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);

        await page.GotoAsync("/tab/");
        await page.ClickAsync("#nav a[href='/tab/campaigns']");
        await page.Locator("[data-testid=campaign-form] option[value=mfa_passwords]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("[data-testid=campaign-form] select", "mfa_passwords");
        await page.ClickAsync("[data-testid=campaign-form] button[type=submit]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=campaign-status]");
        Assert.Contains("Campaign launched to", await page.InnerTextAsync("[data-testid=campaign-status]"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("[data-testid=campaigns] tr[data-campaign] a").First.ClickAsync();
        await page.Locator("[data-testid=recipients] tr[data-person]").First.WaitForAsync();
        Assert.True(await page.Locator("[data-testid=recipients] tr[data-person]").CountAsync() > 1);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }
}
