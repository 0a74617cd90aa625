using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Domain.Training;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Features.Bot;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// Daily (Training:DailyJobInterval): reminds board members due soon or overdue per <see cref="TrainingReminders.Due"/>
/// and stores a signed training snapshot. One runner via the lease jobs/training-daily. The reminder is recorded before
/// it is sent, so a crash loses at most one reminder rather than sending it twice. The card goes through
/// <see cref="INotices"/>: to a member the app is still being installed for, it is kept and sent once, after the installation.
/// </summary>
public sealed class TrainingDailyJob(JobLease leases, IServiceScopeFactory scopes, INotices notices, TrainingStore store,
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
            var outcome = await notices.ShowAsync(member.ObjectId, cards.Reminder(member), ct);
            if (outcome == NoticeOutcome.NotReached)
                logger.LogWarning("Training reminder to {Member} ({State}) did not reach them", member.ObjectId, reminder.Status.State);
            else
                logger.LogInformation("Training reminder to {Member} ({State}): {Outcome}", member.ObjectId, reminder.Status.State, outcome);
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
