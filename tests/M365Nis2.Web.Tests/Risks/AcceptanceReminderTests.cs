using System.Globalization;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Risks;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

/// <summary>An acceptance about to expire reminds the CISO (and owner) once; once expired the risk is back in review, by itself.</summary>
public class AcceptanceReminderTests
{
    [Fact]
    public async Task The_ciso_is_reminded_once_before_expiry_and_once_at_it_and_the_expired_risk_returns_to_review()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(configureServices: s => s.AddSingleton<TimeProvider>(clock));
        foreach (var user in ApprovalHarness.Demo.BoardMembers.Append(ApprovalHarness.Demo.Ciso))
            await InstallAsync(app, connector, user);
        var id = await RiskAsync(app, Risk(await AssetAsync(app)));
        var expires = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(60);
        var (_, body) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/acceptance", new JsonObject
        {
            ["justification"] = "Segmentation lands in Q3.",
            ["expiresOn"] = expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var roundId = body!["acceptanceRoundId"]!.GetValue<string>();
        var sha = body["acceptance"]!["riskSha256"]!.GetValue<string>();
        foreach (var member in ApprovalHarness.Demo.BoardMembers.Take(3))
            await VoteAsync(app, connector, member, roundId, "approve", sha);
        await WaitForAsync(app, $"/api/risks/{id}", d => d["risk"]!["posture"]!["acceptance"]!.GetValue<string>() == "Valid");
        var runner = app.Services.GetRequiredService<AcceptanceReminderRunner>();
        int ToCiso(string words) => connector.SentActivities.Count(a => a.ConversationId == ConversationOf(ApprovalHarness.Demo.Ciso)
            && (a.Activity["text"]?.GetValue<string>() ?? "").Contains(words, StringComparison.Ordinal)
            && (a.Activity["text"]?.GetValue<string>() ?? "").Contains(id, StringComparison.Ordinal));

        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None)); // 60 days left: nothing yet

        // Moving the fake clock also fires the job's own timer, so a pass may run there or here: either way one message.
        clock.Advance(TimeSpan.FromDays(31)); // 29 days left: within the 30-day reminder window
        await runner.RunOnceAsync(CancellationToken.None);
        await UntilAsync(() => ToCiso("expires on") == 1);
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None)); // claimed: another pass sends nothing

        clock.Advance(TimeSpan.FromDays(30)); // past the expiry date
        await runner.RunOnceAsync(CancellationToken.None);
        await UntilAsync(() => ToCiso("back in review") == 1);
        Assert.Equal(0, await runner.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, ToCiso("expires on"));
        Assert.Equal(1, ToCiso("back in review"));

        var (_, after) = await SendAsync(app, HttpMethod.Get, $"/api/risks/{id}");
        var posture = after!["risk"]!["posture"]!;
        Assert.Equal("Expired", posture["acceptance"]!.GetValue<string>());
        Assert.Contains("AcceptanceExpired", posture["gaps"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.True(posture["reviewDue"]!.GetValue<bool>());
    }

    private static async Task UntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 300 && !done(); i++)
            await Task.Delay(100);
        Assert.True(done(), "the reminder never arrived");
    }
}
