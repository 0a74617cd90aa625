using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Domain.Training;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// Daily (Training:DailyJobInterval): reminds board members due soon or overdue per <see cref="TrainingReminders.Due"/>
/// and stores a signed training snapshot. One runner via the lease jobs/training-daily. The reminder is recorded before
/// it is sent, so a crash loses at most one reminder rather than sending it twice; one that waits for the app's
/// installation is un-recorded, so the next run sends it.
/// </summary>
public sealed class TrainingDailyJob(JobLease leases, IServiceScopeFactory scopes, ProactiveMessenger messenger, TrainingStore store,
    IOptions<TrainingOptions> options, TimeProvider time, ILogger<TrainingDailyJob> logger) : BackgroundService
{
    public const string LeaseName = "training-daily";
    public const string Actor = "job:training-daily";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DailyJobEnabled)
        {
            return;
        }
        try
        {
            await Task.Delay(options.Value.DailyJobFirstRunDelay, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.DailyJobInterval, time);
        do
        {
            try
            {
                await using var lease = await leases.TryAcquireAsync(LeaseName, stoppingToken);
                if (lease is not null)
                {
                    await RunOnceAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Training daily job failed; next run at the next interval");
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    public async Task RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var training = scope.ServiceProvider.GetRequiredService<TrainingService>();
        var cards = scope.ServiceProvider.GetRequiredService<TrainingCards>();
        var today = training.Today;
        var due = TrainingReminders.Due(await training.MembersForRemindersAsync(ct), options.Value.Rule, today);
        var languages = (await scope.ServiceProvider.GetRequiredService<IBoardDirectory>().GetBoardMembersAsync(ct))
            .ToDictionary(m => m.ObjectId, m => m.PreferredLanguage, StringComparer.OrdinalIgnoreCase);
        var previous = await store.LastRemindersAsync(ct);
        foreach (var reminder in due)
        {
            await store.RecordReminderAsync(reminder.Member.ObjectId, today, ct);
            var member = await training.StatusOfMemberAsync(reminder.Member.ObjectId, ct);
            if (member is null)
            {
                continue;
            }
            // In the member's own language (Entra preferredLanguage, read as the bot reads a locale): Danish for "da"/"da-…", English otherwise.
            using var culture = BotCulture.Use(BotCulture.For(languages.GetValueOrDefault(member.ObjectId)));
            var result = await messenger.SendToUserAsync(member.ObjectId, cards.Reminder(member), ct);
            logger.LogInformation("Training reminder to {Member} ({State}): {Result}", member.ObjectId, reminder.Status.State, result.GetType().Name);
            if (result is ProactiveResult.NoConversation { IsWaitingForInstall: true })
            {
                // The app is being installed for them: not reminded yet, so the next run sends the card (not kept as a
                // plain-text notice: the reminder is a card with the member's status and due date).
                await store.RestoreReminderAsync(member.ObjectId, previous.TryGetValue(member.ObjectId, out var day) ? day : null, ct);
            }
        }
        await scope.ServiceProvider.GetRequiredService<TrainingEvidence>().SnapshotAsync(Actor, ct);
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
