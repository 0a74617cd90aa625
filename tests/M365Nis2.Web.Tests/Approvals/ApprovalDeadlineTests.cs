using System.Net;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;

namespace M365Nis2.Web.Tests.Approvals;

/// <summary>Reminders before the deadline and expiry at it, on a fake clock, through the sweep the worker runs.</summary>
public class ApprovalDeadlineTests
{
    [Fact]
    public async Task Approvers_who_have_not_voted_are_reminded_once_per_offset_and_the_round_expires_at_its_deadline()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(configureServices: s => s.AddSingleton<TimeProvider>(clock));
        foreach (var user in Demo.BoardMembers.Append(Demo.Ciso))
        {
            await InstallAsync(app, connector, user);
        }
        var (policyId, version, hash) = await UploadOkAsync(app, "Business continuity plan " + Guid.NewGuid().ToString("N")[..6]);
        var due = clock.GetUtcNow().AddDays(3);
        var (response, body) = await StartAsync(app, Round(policyId, version, dueAt: due));
        Assert.True(response.StatusCode == HttpStatusCode.Created, body?.ToJsonString());
        var roundId = body!["round"]!["roundId"]!.GetValue<string>();
        var voter = Demo.BoardMembers[0];
        await VoteAsync(app, connector, voter, roundId, "approve", hash);
        var sweep = app.Services.GetRequiredService<DeadlineSweep>();

        int RemindersTo(Infrastructure.Graph.DemoTenant.DemoUser user) => connector.SentActivities.Count(a =>
            a.ConversationId == ConversationOf(user) && (a.Activity["text"]?.GetValue<string>() ?? "").Contains(version.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            && a.Activity["attachments"] is null);

        // Moving the fake clock also fires the worker's own timer, so the sweep may run there or here: either way once.
        async Task ExpectRemindersAsync(int each)
        {
            for (var i = 0; i < 200 && Demo.BoardMembers.Skip(1).Any(m => RemindersTo(m) < each); i++)
            {
                await Task.Delay(50);
            }
            await sweep.RunOnceAsync(CancellationToken.None); // a further pass at the same point sends nothing more
            await Task.Delay(300);
            Assert.Equal(0, RemindersTo(voter));
            Assert.All(Demo.BoardMembers.Skip(1), m => Assert.Equal(each, RemindersTo(m)));
        }

        clock.SetUtcNow(due.AddDays(-2).AddMinutes(1));
        await sweep.RunOnceAsync(CancellationToken.None);
        await ExpectRemindersAsync(1);

        clock.SetUtcNow(due.AddDays(-1).AddMinutes(1));
        await sweep.RunOnceAsync(CancellationToken.None);
        await ExpectRemindersAsync(2);

        clock.SetUtcNow(due.AddMinutes(1));
        await sweep.RunOnceAsync(CancellationToken.None);
        await app.Services.GetRequiredService<DecisionRecorder>().FinishAsync(roundId, CancellationToken.None);

        var round = await WaitForRoundAsync(app, roundId, r => r["decisionArtefactId"] is not null);
        Assert.Equal("Expired", round["decision"]!.GetValue<string>());

        await VoteAsync(app, connector, Demo.BoardMembers[1], roundId, "approve", hash);
        Assert.Equal(1, (await GetRoundAsync(app, roundId))["tally"]!["approved"]!.GetValue<int>());
    }
}
