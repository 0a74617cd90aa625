using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Bot;
using Microsoft.Playwright;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>The CISO's policy register, checklist, templates and round page, clicked through in Chromium.</summary>
public sealed class TabPolicyTests(TabHost host) : IClassFixture<TabHost>
{
    private const string Ciso = DemoDirectory.CisoUpn;
    private static readonly DemoDirectory Demo = new();

    [Fact]
    public async Task Ciso_uploads_a_file_as_a_new_version_and_a_bad_file_is_refused_with_the_reason_and_nothing_stored()
    {
        var folder = Directory.CreateTempSubdirectory("m365nis2-policy-").FullName;
        var good = Path.Combine(folder, "supplier-policy-v2.md");
        var bad = Path.Combine(folder, "not-a-policy.exe");
        await File.WriteAllTextAsync(good, "# Supplier security policy\n\nVersion 2: suppliers notify incidents within 24 hours.\n");
        await File.WriteAllBytesAsync(bad, [0x4d, 0x5a, 0x90, 0x00]);
        var page = await host.OpenAsync(Ciso);

        await page.GotoAsync("/tab/approvals");
        await page.SelectOptionAsync("[data-testid=upload-policy]", "new");
        await page.FillAsync("#upload-title", "Leverandørpolitik Nord");
        await page.SetInputFilesAsync("#upload-file", bad);
        await page.ClickAsync("[data-testid=upload-policy-form] button[type=submit]");
        await page.Locator("[data-testid=approval-status] .message-error").WaitForAsync();
        var refusal = await page.InnerTextAsync("[data-testid=approval-status]");
        Assert.Equal(0, await page.Locator("[data-policy=leverandoerpolitik-nord]").CountAsync());
        await page.SetInputFilesAsync("#upload-file", good);
        await page.FillAsync("#upload-owner", "Mette Holm");
        await page.ClickAsync("[data-testid=upload-policy-form] button[type=submit]");
        await TabStatus.ExpectSuccessAsync(page, "[data-testid=approval-status]");
        var row = page.Locator("[data-testid=policies] [data-policy=leverandoerpolitik-nord]");

        Assert.Contains("PDF", refusal, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mette Holm", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("supplier-policy-v2.md", await row.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Round_page_shows_each_vote_with_time_and_comment_and_links_the_signed_decision_record()
    {
        await using var connector = await FakeConnector.StartAsync();
        var (policyId, version, hash) = await ApprovalHarness.UploadOkAsync(host.App, "Incident response plan");
        var members = Demo.BoardMembers.Take(3).ToArray();
        var (_, started) = await ApprovalHarness.StartAsync(host.App, ApprovalHarness.Round(policyId, version, approverIds: [.. members.Select(m => m.Id)]));
        var roundId = started!["round"]!["roundId"]!.GetValue<string>();
        await ApprovalHarness.VoteAsync(host.App, connector, members[0], roundId, "approve", hash, "Godkendt på mødet");
        await ApprovalHarness.VoteAsync(host.App, connector, members[1], roundId, "approve", hash);
        await ApprovalHarness.WaitForRoundAsync(host.App, roundId, r => r["decisionArtefactId"] is not null);
        var page = await host.OpenAsync(Ciso);

        await page.GotoAsync($"/tab/policies/{policyId}/{version}");
        await page.Locator("[data-testid=versions] [data-state=approved]").WaitForAsync();
        await page.Locator("[data-testid=rounds] a").First.ClickAsync();
        await page.Locator("[data-testid=votes] [data-voter]").First.WaitForAsync();

        Assert.Equal(2, await page.Locator("[data-testid=votes] [data-voter]").CountAsync());
        Assert.Contains("Godkendt på mødet", await page.InnerTextAsync("[data-testid=votes]"), StringComparison.Ordinal);
        Assert.Equal("Approved", await page.GetAttributeAsync("[data-decision]", "data-decision"));
        Assert.True(await page.Locator("[data-testid=decision-record]").IsVisibleAsync());
        Assert.Contains(members[2].DisplayName, await page.InnerTextAsync("[data-testid=waiting]"), StringComparison.Ordinal);
    }
}
