using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Tab;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

/// <summary>The risk pages of the tab in headless Chromium, clicked through as the CISO and as a board member, in English and Danish.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public sealed class RiskTabBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private TestApp app = null!;
    private HeadlessChromium chromium = null!;

    public async Task InitializeAsync()
    {
        app = new TestApp();
        chromium = await HeadlessChromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var line in chromium.Log)
            output.WriteLine(line);
        await chromium.DisposeAsync();
        await app.DisposeAsync();
    }

    [Fact]
    public async Task The_ciso_imports_assets_creates_a_risk_and_sees_it_in_the_register_heat_map_and_history()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);
        await page.GotoAsync("/tab/assets");
        await page.Locator("[data-testid=no-assets]").WaitForAsync();

        var bad = Path.Combine(Path.GetTempPath(), $"assets-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(bad, $"name,type,owner,criticality,services\nSCADA historian,system,{Ciso},critical,Grid\nBadge system,badge,{Ciso},high,\n");
        await page.Locator("[data-testid=csv-file]").SetInputFilesAsync(bad);
        await page.Locator("[data-testid=import-csv]").ClickAsync();
        var errors = page.Locator("[data-testid=import-errors] li");
        await errors.First.WaitForAsync();
        Assert.Equal(1, await errors.CountAsync());
        Assert.Contains("Line 3", await errors.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-testid=no-assets]").IsVisibleAsync());

        await File.WriteAllTextAsync(bad, $"name,type,owner,criticality,services\nSCADA historian,system,{Ciso},critical,Grid\n");
        await page.Locator("[data-testid=csv-file]").SetInputFilesAsync(bad);
        await page.Locator("[data-testid=import-csv]").ClickAsync();
        await page.Locator("[data-asset='SCADA historian']").WaitForAsync();

        await page.GotoAsync("/tab/risks/new");
        var form = page.Locator("[data-testid=risk-form]");
        await form.Locator("[name=title]").WaitForAsync();
        await form.Locator("[name=title]").FillAsync("Ransomware on the historian");
        await form.Locator("[name=scenario]").FillAsync("Ransomware encrypts the historian");
        await form.Locator("[name=threat]").FillAsync("Criminal group");
        await form.Locator("[name=vulnerability]").FillAsync("Flat network");
        await form.Locator("[name=assetIds]").SelectOptionAsync(new SelectOptionValue { Label = "SCADA historian" });
        await form.Locator("[name=likelihood]").SelectOptionAsync("3");
        await form.Locator("[name=impact]").SelectOptionAsync("4");
        await form.Locator("[name=residualLikelihood]").SelectOptionAsync("1");
        await form.Locator("[name=residualImpact]").SelectOptionAsync("4");
        await form.Locator("[name=plannedMeasures]").FillAsync("Segment the OT network");
        await form.Locator("[name=owner]").FillAsync(Ciso);
        await form.Locator("[data-testid=save-risk]").ClickAsync();
        await page.Locator("[data-testid=history] li").First.WaitForAsync();
        Assert.Contains("Treatment plan not approved", await page.Locator("[data-testid=risk-state]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("12", await page.Locator("[data-testid=score-before]").InnerTextAsync());

        await page.GotoAsync("/tab/risks");
        await page.Locator("[data-testid=risks] [data-risk]").First.WaitForAsync();
        Assert.Equal("1", await page.Locator("[data-testid=heatMapBefore] [data-cell='3x4']").InnerTextAsync());
        Assert.Equal("1", await page.Locator("[data-testid=heatMapAfter] [data-cell='1x4']").InnerTextAsync());
        await page.Locator("[data-filter=state]").SelectOptionAsync("covered");
        await page.Locator("[data-testid=no-risks]").WaitForAsync();
        await page.Locator("[data-filter=state]").SelectOptionAsync("open");
        await page.Locator("[data-testid=risks] [data-risk]").First.WaitForAsync();
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "risks"));
    }

    [Fact]
    public async Task A_board_member_reads_the_register_and_the_SoA_in_Danish_without_edit_controls()
    {
        var id = await RiskAsync(app, Risk(await AssetAsync(app)));
        var page = await chromium.OpenAsync(app.BaseAddress, Board(), locale: "da-DK");

        await page.GotoAsync("/tab/risks");
        await page.Locator($"[data-risk='{id}']").WaitForAsync();
        Assert.Contains("Risikoregister", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Over appetit", await page.Locator($"[data-risk='{id}'] [data-testid=risk-state]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=new-risk]").CountAsync());

        await page.GotoAsync("/tab/soa");
        await page.Locator("[data-control='A.8.24']").WaitForAsync();
        Assert.Equal(93, await page.Locator("[data-testid=soa] tbody tr").CountAsync());
        Assert.Contains("Brug af kryptografi", await page.Locator("[data-control='A.8.24']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-testid=save-soa]").CountAsync());
    }

    [Fact]
    public async Task The_ciso_saves_the_SoA_as_a_version_and_sends_it_to_the_board()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);
        await page.GotoAsync("/tab/soa");
        await page.Locator("[data-control='A.5.1']").WaitForAsync();

        await page.Locator("[data-testid=save-soa]").ClickAsync();
        await page.Locator("[data-testid=soa-status] [role=alert]").WaitForAsync();
        Assert.Contains("justification", await page.Locator("[data-testid=soa-status]").InnerTextAsync(), StringComparison.Ordinal);

        await page.EvaluateAsync("() => document.querySelectorAll('[data-field=justification]').forEach(t => t.value = 'Required by the risk assessment')");
        await page.Locator("[data-control='A.7.4'] [data-field=applicable]").UncheckAsync();
        await page.Locator("[data-testid=save-soa]").ClickAsync();
        await page.Locator("[data-testid=soa-approval]").WaitForAsync();
        Assert.Contains("Version 1", await page.Locator("[data-testid=soa-version]").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-testid=soa-approval]").ClickAsync();
        // The page re-renders: the send button is gone (the version is with the board) and the status says so.
        await page.Locator("[data-testid=soa-approval]").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await page.Locator("[data-testid=soa-status] [role=status]", new() { HasTextString = "board" }).WaitForAsync();
        var (_, soa) = await SendAsync(app, HttpMethod.Get, "/api/soa");
        Assert.Equal("Pending", soa!["decision"]!.GetValue<string>());
        Assert.Equal(1, soa["summary"]!["excluded"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_ciso_revises_the_method_in_the_register_and_a_bad_proposal_is_refused_with_its_reason()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, Ciso);
        await page.GotoAsync("/tab/risks");
        await page.Locator("[data-testid=method] summary").ClickAsync();
        await page.Locator("[data-testid=method-version]").WaitForAsync();
        Assert.Contains("Version 1: 4 × 4", await page.Locator("[data-testid=method-version]").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("[data-testid=method] [data-field=appetiteThreshold]").FillAsync("99");
        await page.Locator("[data-testid=save-method]").ClickAsync();
        await page.Locator("[data-testid=method-status] [role=alert]").WaitForAsync();
        var (_, unchanged) = await SendAsync(app, HttpMethod.Get, "/api/risks/method");
        Assert.Equal(1, unchanged!["current"]!["version"]!.GetValue<int>());

        await page.Locator("[data-testid=method] [data-field=size]").SelectOptionAsync("5");
        Assert.Equal(5, await page.Locator("[data-axis=impact] tr[data-level]").CountAsync());
        await page.Locator("[data-axis=impact] tr[data-level='5'] [data-lang=da]").FillAsync("Katastrofal");
        await page.Locator("[data-testid=method] [data-field=appetiteThreshold]").FillAsync("10");
        await page.Locator("[data-testid=save-method]").ClickAsync();

        // The register re-renders with the new version; the heat maps are 5 × 5 now.
        await page.Locator("[data-testid=heatMapBefore] [data-cell='5x5']").WaitForAsync();
        var (_, method) = await SendAsync(app, HttpMethod.Get, "/api/risks/method");
        Assert.Equal(2, method!["current"]!["version"]!.GetValue<int>());
        Assert.Equal(10, method["current"]!["appetiteThreshold"]!.GetValue<int>());
        Assert.Equal("Katastrofal", method["current"]!["impact"]![4]!["da"]!.GetValue<string>());
        await page.Locator("[data-testid=method] summary").ClickAsync();
        Assert.Contains("Version 2: 5 × 5", await page.Locator("[data-testid=method-version]").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_board_member_sees_the_owners_tasks_from_the_approved_plan_on_the_risk_page_in_Danish()
    {
        await using var connector = await Bot.FakeConnector.StartAsync();
        var owner = Approvals.ApprovalHarness.Demo.Ciso;
        await Approvals.ApprovalHarness.InstallAsync(app, connector, owner);
        var id = await RiskAsync(app, Risk(await AssetAsync(app), treatment: "mitigate"));
        var (_, requested) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/treatment-approval");
        var roundId = requested!["planRoundId"]!.GetValue<string>();
        var round = await Approvals.ApprovalHarness.GetRoundAsync(app, roundId);
        await Approvals.ApprovalHarness.VoteAsync(app, connector, owner, roundId, "approve", round["documentSha256"]!.GetValue<string>());
        await WaitForAsync(app, $"/api/risks/{id}", d => d["tasks"]!.AsArray().Any(t => t!["taskId"] is not null));

        var page = await chromium.OpenAsync(app.BaseAddress, Board(), locale: "da-DK");
        await page.GotoAsync($"/tab/risks/{id}");
        var task = page.Locator("[data-testid=risk-tasks] li");
        await task.First.WaitForAsync();
        Assert.Equal(1, await task.CountAsync());
        var text = await task.First.InnerTextAsync();
        Assert.Contains("Planlagt tiltag: Segment the OT network", text, StringComparison.Ordinal);
        Assert.Matches("Åben|Frist snart", text);
        Assert.Contains("Ejerens opgaver", await page.Locator("h2").AllInnerTextsAsync());
        Assert.Equal(0, await page.Locator("[data-testid=plan-approval], [data-testid=risk-form]").CountAsync());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "risk-tasks-da"));
    }
}
