using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>Tasks, the annual wheel and exercises in the tab, clicked through in headless Chromium as the CISO and an owner.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync")]
public sealed class TabTaskTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DemoDirectory Demo = new();
    private static readonly DemoUser Owner = Demo.ItAdmins[0];
    private TestApp app = null!;
    private HeadlessChromium chromium = null!;

    public async Task InitializeAsync()
    {
        app = new TestApp(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" });
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
    public async Task The_ciso_opens_a_task_and_the_owner_marks_it_done_with_a_comment()
    {
        var ciso = await chromium.OpenAsync(app.BaseAddress, DemoDirectory.CisoUpn);
        await ciso.GotoAsync("/tab/tasks");
        var form = ciso.Locator("[data-testid=new-task]");
        await form.WaitForAsync();
        await form.Locator("[name=title]").FillAsync("Remove the any-any firewall rules");
        await form.Locator("[name=ownerUpn]").FillAsync(Owner.UserPrincipalName);
        await form.Locator("[name=dueDate]").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("[name=measures]").FillAsync("art21.2.e");
        await form.Locator("button[type=submit]").ClickAsync();
        await ciso.Locator("[data-testid=new-task-status] .message-success").WaitForAsync();
        Assert.Contains(Owner.DisplayName, await ciso.Locator("[data-testid=tasks]").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolationsAsync(ciso);

        var owner = await chromium.OpenAsync(app.BaseAddress, Owner.UserPrincipalName);
        await owner.GotoAsync("/tab/tasks");
        await owner.ClickAsync("[data-testid=tasks] a:has-text('Remove the any-any firewall rules')");
        await owner.Locator("[data-testid=task-complete]").WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(owner);
        Assert.Equal(0, await owner.Locator("[data-testid=new-task]").CountAsync()); // only the CISO opens tasks
        await owner.FillAsync("[data-testid=task-complete] textarea", "Rules 14, 22 and 31 removed on the edge firewall");
        await owner.ClickAsync("[data-testid=task-complete] button[type=submit]");
        await owner.Locator("[data-testid=task-status] .message-success").WaitForAsync();

        Assert.Equal("Done", await owner.Locator("[data-task-state]").GetAttributeAsync("data-task-state"));
        var history = await owner.Locator("[data-testid=task-history] li").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.kind)");
        Assert.Equal(["opened", "completed", "signed"], history);
        Assert.Equal(0, await owner.Locator("[data-testid=task-complete]").CountAsync());
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(owner, "task-done"));
    }

    [Fact]
    public async Task In_Danish_the_ciso_records_an_exercise_whose_lesson_becomes_a_task_and_sees_the_wheel()
    {
        var page = await chromium.OpenAsync(app.BaseAddress, DemoDirectory.CisoUpn, locale: "da-DK");
        await page.GotoAsync("/tab/exercises");
        var form = page.Locator("[data-testid=record-exercise]");
        await form.WaitForAsync();
        Assert.Equal("Øvelser og test", await page.Locator("h1").InnerTextAsync());
        await form.Locator("[name=kind]").SelectOptionAsync("RestoreTest");
        await form.Locator("[name=title]").FillAsync("Gendannelse af SCADA-historik");
        await form.Locator("[name=scenario]").FillAsync("Ransomware har krypteret historikserveren.");
        await form.Locator("[name=heldOn]").FillAsync(DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("[name=participants]").FillAsync("Jonas Berg, Lars Dahl");
        await form.Locator("[name=outcome]").SelectOptionAsync("SucceededWithFindings");
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ClickAsync("[data-testid=add-lesson]");
        await form.Locator("[name=lessonText]").FillAsync("Flyt backup til uforanderlig lagring");
        await form.Locator("[name=lessonOwner]").FillAsync(Owner.UserPrincipalName);
        await form.Locator("[name=lessonDue]").FillAsync(DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[data-testid=exercise-status] .message-success").WaitForAsync();
        var row = await page.Locator("[data-testid=exercises] tbody tr").InnerTextAsync();
        Assert.Contains("Gendannelsestest", row, StringComparison.Ordinal);
        Assert.Contains("Åben", row, StringComparison.Ordinal); // the lesson's task

        await page.GotoAsync("/tab/tasks");
        await page.Locator("[data-testid=tasks] a:has-text('Flyt backup til uforanderlig lagring')").WaitForAsync();
        Assert.Contains("Erfaring fra øvelse", await page.Locator("[data-testid=tasks]").InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("[data-testid=feed-issue]");
        var url = await page.Locator("[data-testid=feed-url]").InputValueAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        using var anonymous = app.Http();
        Assert.StartsWith("BEGIN:VCALENDAR", await anonymous.GetStringAsync(new Uri(url)), StringComparison.Ordinal);

        await page.GotoAsync("/tab/wheel");
        await page.Locator("[data-testid=wheel] [data-month]").First.WaitForAsync();
        Assert.Equal(12, await page.Locator("[data-testid=wheel] [data-month]").CountAsync());
        Assert.StartsWith("Årshjul", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-activity]").CountAsync() >= 9);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        output.WriteLine(await HeadlessChromium.ScreenshotAsync(page, "wheel-da"));
    }
}
