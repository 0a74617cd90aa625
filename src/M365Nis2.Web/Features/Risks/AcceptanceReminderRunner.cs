using M365Nis2.Domain.Risks;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// Reminds the CISO and the risk owner in chat when an acceptance is about to expire and when it has expired (the
/// risk is then back in review by itself: its posture says so without any write). Each reminder is claimed once in
/// storage (risk, kind, expiry date) before it is sent, so several instances or passes send it once. It is plain text,
/// so it goes through <see cref="INotices"/>: to someone the app is still being installed for, it is kept and sent then.
/// </summary>
public sealed class AcceptanceReminderRunner(
    RiskStore store,
    RiskMethodService methods,
    INotices notices,
    IOptions<RolesOptions> roles,
    IOptions<RisksOptions> options,
    RiskClock clock,
    ILogger<AcceptanceReminderRunner> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var method = await methods.CurrentAsync(ct);
        var today = clock.Today;
        var sent = 0;
        foreach (var stored in await store.ListAsync(ct))
        {
            if (stored.Acceptance is not { } acceptance)
                continue;
            var state = AcceptanceRules.Evaluate(acceptance, RiskHashes.Risk(stored.Risk, method), today);
            var due = AcceptanceReminders.Due(state, acceptance.ExpiresOn, today, options.Value.ExpiryReminderDays);
            if (due == AcceptanceReminder.None || !await store.TryClaimReminderAsync(stored.Risk.Id, $"{due}:{acceptance.ExpiresOn:yyyyMMdd}", clock.Now, ct))
                continue;
            var text = due == AcceptanceReminder.Expired
                ? $"The board's acceptance of risk {stored.Risk.Id} \"{stored.Risk.Title}\" expired on {acceptance.ExpiresOn:yyyy-MM-dd}; the risk is back in review. / Bestyrelsens accept af risiko {stored.Risk.Id} er udløbet; risikoen skal gennemgås igen."
                : $"The board's acceptance of risk {stored.Risk.Id} \"{stored.Risk.Title}\" expires on {acceptance.ExpiresOn:yyyy-MM-dd}: review the risk or ask the board again. / Bestyrelsens accept af risiko {stored.Risk.Id} udløber {acceptance.ExpiresOn:yyyy-MM-dd}.";
            foreach (var recipient in roles.Value.CisoUserIds.Append(stored.Risk.Owner.ObjectId).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var outcome = await notices.TellAsync(recipient, text, ct);
                if (outcome == NoticeOutcome.NotReached)
                    logger.LogWarning("Acceptance reminder for {RiskId} did not reach {ObjectId}", stored.Risk.Id, recipient);
            }
            sent++;
        }
        return sent;
    }
}

/// <summary>Runs the reminder pass every Risks:CheckInterval on the app's clock.</summary>
public sealed class AcceptanceReminderJob(AcceptanceReminderRunner runner, IOptions<RisksOptions> options, TimeProvider time,
    ILogger<AcceptanceReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await runner.RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Risk acceptance reminder pass failed"); // the next tick tries again
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
