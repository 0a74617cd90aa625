using M365Nis2.Domain.Approvals;
using M365Nis2.Teams.Routing;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// One pass over open rounds: expire those past their deadline, send the card to approvers the app has meanwhile been
/// installed for, remind approvers who have not voted.
/// </summary>
public sealed class DeadlineSweep(
    ApprovalRoundStore rounds,
    CardFanOut fanOut,
    ApprovalCards cards,
    IOptions<ApprovalsOptions> options,
    TimeProvider time)
{
    /// <summary>Returns the rounds that need their cards updated / decision finished.</summary>
    public async Task<IReadOnlyList<string>> RunOnceAsync(CancellationToken ct)
    {
        var changed = new List<string>(await rounds.UnfinishedRoundIdsAsync(ct));
        foreach (var id in await rounds.OpenRoundIdsAsync(ct))
        {
            var now = time.GetUtcNow();
            var stored = await rounds.FindAsync(id, ct);
            if (stored is null || stored.Round.IsClosed)
            {
                continue;
            }
            if (now >= stored.Round.Deadline)
            {
                // ETag-checked: if a vote decided the round meanwhile, the re-read sees it closed and leaves it alone.
                while (stored is { Round.IsClosed: false } && !await rounds.TryReplaceAsync(stored with { Round = stored.Round.Close(now) }, ct))
                {
                    stored = await rounds.FindAsync(id, ct);
                }
                changed.Add(id);
                continue;
            }
            if (await fanOut.RetryWaitingAsync(stored, ct))
            {
                changed.Add(id); // the new card joins the round's card updates (votes so far, everyone's refresh list)
            }
            await RemindAsync(stored, now, ct);
        }
        return changed;
    }

    private async Task RemindAsync(StoredRound stored, DateTimeOffset now, CancellationToken ct)
    {
        var round = stored.Round;
        foreach (var offset in options.Value.ReminderOffsets.OrderByDescending(o => o))
        {
            var at = round.Deadline - offset;
            // Only reminders that fall inside the round's life; a 1-day round gets no "2 days before" reminder.
            if (now < at || stored.StartedAt >= at || !await rounds.TryClaimReminderAsync(stored.RoundId, offset, now, ct))
            {
                continue;
            }
            var waiting = round.Approvers.Where(a => round.CurrentVoteOf(a.ObjectId) is null).ToList();
            var reached = new List<string>();
            foreach (var approver in waiting)
            {
                string text;
                using (BotCulture.Use(BotCulture.For(await fanOut.LocaleOfAsync(approver.ObjectId, ct))))
                {
                    text = cards.Text("Reminder_Text", M365Nis2.Teams.Cards.CardText.Escape(stored.PolicyTitle), round.Version, cards.When(round.Deadline));
                }
                if (await fanOut.TellAsync(approver.ObjectId, text, ct))
                {
                    reached.Add(approver.ObjectId);
                }
            }
            await rounds.RecordReminderRecipientsAsync(stored.RoundId, offset, reached, ct);
        }
    }
}
