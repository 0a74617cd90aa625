using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Approvals;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// Finishes a closed round: signs the decision record into the vault, updates the policy's approval and review status,
/// tells the CISO. Every step is idempotent (the record is built only from the round, so re-putting it yields the same
/// artefact), so a crash half-way is repaired by the next sweep.
/// </summary>
public sealed class DecisionRecorder(
    ApprovalRoundStore rounds,
    PolicyStore policies,
    IEvidenceVault vault,
    CardFanOut fanOut,
    ApprovalCards cards,
    IEnumerable<IApprovalSubjectHandler> handlers,
    IOptions<RolesOptions> roles,
    TimeProvider time,
    ILogger<DecisionRecorder> logger)
{
    public const string DecisionKind = "approval.decision";

    /// <summary>A finish claimed this long ago and never completed is taken over (its instance died half-way).</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    private readonly string instance = Guid.NewGuid().ToString("N");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>
    /// Finishes the round if it is closed, unfinished, and this instance wins the claim in storage (two instances that
    /// both took votes both see it close; checking "CISO notified" and setting it after the notice let both tell the
    /// CISO). True when this call finished it: the caller then sends the final card update, also exactly once.
    /// </summary>
    public async Task<bool> FinishAsync(string roundId, CancellationToken ct)
    {
        var stored = await rounds.FindAsync(roundId, ct);
        if (stored is null || !stored.Round.IsClosed || stored.CisoNotified
            || !await rounds.TryClaimFinishAsync(roundId, instance, time.GetUtcNow(), StaleClaim, ct))
        {
            return false;
        }
        stored = await rounds.FindAsync(roundId, ct);
        if (stored is null || stored.CisoNotified)
        {
            return false; // finished by the previous holder between our read and our claim
        }
        if (stored.Subject is { } subject)
        {
            await FinishSubjectAsync(stored, subject, ct);
            return true;
        }
        var policy = await policies.FindAsync(stored.Round.PolicyId, ct);
        var controls = ((string[])["art20.1", .. policy?.Controls ?? []]).Distinct().ToList();
        var receipt = await vault.PutAsync(Record(stored), "application/json", DecisionKind, controls,
            new Dictionary<string, string> { ["roundId"] = roundId, ["policyId"] = stored.Round.PolicyId }, "job:approvals", ct);
        var round = stored.Round;
        await policies.UpdateAsync(round.PolicyId, p =>
        {
            p.LastDecision = round.Decision.ToString();
            p.LastDecisionArtefactId = receipt.Id;
            if (round.Decision == Decision.Approved && (p.ApprovedAt is null || p.ApprovedAt < round.DecidedAt))
            {
                p.ApprovedVersion = round.Version;
                p.ApprovedSha256 = round.DocumentSha256;
                p.ApprovedAt = round.DecidedAt;
            }
            if (p.OpenRoundId == roundId)
            {
                p.OpenRoundId = null;
            }
        }, createIfMissing: false, ct);
        stored = await MarkAsync(roundId, s => s with { DecisionArtefactId = receipt.Id }, ct) ?? stored;
        await TellCisoAsync(stored, receipt.Id, ct);
        await MarkAsync(roundId, s => s with { CisoNotified = true }, ct);
        logger.LogInformation("Round {RoundId} decided {Decision}; record {ArtefactId}", roundId, round.Decision, receipt.Id);
        return true;
    }

    /// <summary>
    /// A subject round: sign the record (with the subject as the card stated it), tell the owning feature's handler,
    /// then the requester and the CISO. The handler is called before the round is marked done, so a crash repeats it.
    /// </summary>
    private async Task FinishSubjectAsync(StoredRound stored, ApprovalSubject subject, CancellationToken ct)
    {
        var controls = ((string[])["art20.1", .. subject.ControlIds]).Distinct().ToList();
        var receipt = await vault.PutAsync(Record(stored), "application/json", DecisionKind, controls,
            new Dictionary<string, string> { ["roundId"] = stored.RoundId, ["subjectKind"] = subject.Kind, ["subjectId"] = subject.Id }, "job:approvals", ct);
        var round = stored.Round;
        var approvedBy = round.CurrentVotes.Values.Where(v => v.Choice == VoteChoice.Approve).OrderBy(v => v.At)
            .Select(v => new Approver(v.ObjectId, v.DisplayName)).ToList();
        var decision = new SubjectDecision(stored.RoundId, subject.Kind, subject.Id, round.Version, round.DocumentSha256, round.Decision,
            round.DecidedAt ?? round.Deadline, approvedBy, receipt.Id);
        foreach (var handler in handlers.Where(h => h.Kind == subject.Kind))
            await handler.OnDecidedAsync(decision, ct);
        stored = await MarkAsync(stored.RoundId, s => s with { DecisionArtefactId = receipt.Id }, ct) ?? stored;
        await TellCisoAsync(stored, receipt.Id, ct);
        await MarkAsync(stored.RoundId, s => s with { CisoNotified = true }, ct);
        logger.LogInformation("Subject round {RoundId} ({Kind} {SubjectId}) decided {Decision}; record {ArtefactId}",
            stored.RoundId, subject.Kind, subject.Id, round.Decision, receipt.Id);
    }

    /// <summary>The signed decision record: everything an auditor needs, nothing that changes when rebuilt.</summary>
    public static byte[] Record(StoredRound s)
    {
        var r = s.Round;
        var current = r.CurrentVotes;
        var record = (JsonObject)JsonSerializer.SerializeToNode(new
        {
            type = DecisionKind,
            roundId = s.RoundId,
            policy = new { id = r.PolicyId, title = s.PolicyTitle, version = r.Version, sha256 = r.DocumentSha256 },
            rule = new { quorum = RoundMapping.QuorumText(r.Rule), approvers = r.Approvers.Count, needed = r.Rule.Needed(r.Approvers.Count) },
            approvers = r.Approvers.Select(a => new { objectId = a.ObjectId, name = a.DisplayName }),
            votes = current.Values.OrderBy(v => v.At).Select(v => new
            {
                objectId = v.ObjectId, name = v.DisplayName, choice = v.Choice.ToString().ToLowerInvariant(), at = v.At, comment = v.Comment, documentHash = v.DocumentHash,
            }),
            voteHistory = r.Votes.Select(v => new { objectId = v.ObjectId, choice = v.Choice.ToString().ToLowerInvariant(), at = v.At, comment = v.Comment }),
            tally = r.Tally,
            outcome = r.Decision.ToString().ToLowerInvariant(),
            decidedAt = r.DecidedAt,
            deadline = r.Deadline,
            startedBy = s.StartedBy,
            startedAt = s.StartedAt,
        }, Json)!;
        if (s.Subject is { } subject)
        {
            // A subject round signs the subject as the card stated it, in place of the policy.
            record.Remove("policy");
            record["subject"] = JsonSerializer.SerializeToNode(new
            {
                kind = subject.Kind, id = subject.Id, version = r.Version, sha256 = r.DocumentSha256, title = subject.Title,
                facts = subject.Facts, link = subject.LinkPath,
            }, Json);
        }
        return JsonSerializer.SerializeToUtf8Bytes(record, Json);
    }

    private async Task TellCisoAsync(StoredRound s, string artefactId, CancellationToken ct)
    {
        var recipients = roles.Value.CisoUserIds.Append(s.StartedBy).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var ciso in recipients)
        {
            string text;
            using (BotCulture.Use(BotCulture.For(await fanOut.LocaleOfAsync(ciso, ct))))
            {
                var key = s.Round.Decision switch { Decision.Approved => "Decision_Approved", Decision.Rejected => "Decision_Rejected", _ => "Decision_Expired" };
                var outcome = cards.Text(key, cards.When(s.Round.DecidedAt ?? s.Round.Deadline)) + " " + cards.Text("Tally_Format",
                    s.Round.Tally.Approved, s.Round.Tally.Rejected, s.Round.Tally.Pending, s.Round.Tally.Needed);
                text = cards.Text("Ciso_Decided", M365Nis2.Teams.Cards.CardText.Escape(ApprovalCards.Title(s, System.Globalization.CultureInfo.CurrentUICulture)), s.Round.Version, outcome, artefactId[..12]);
            }
            if (!await fanOut.TellAsync(ciso, text, ct))
            {
                logger.LogWarning("Could not tell CISO {ObjectId} about round {RoundId}", ciso, s.RoundId);
            }
        }
    }

    private async Task<StoredRound?> MarkAsync(string roundId, Func<StoredRound, StoredRound> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var current = await rounds.FindAsync(roundId, ct);
            if (current is null)
            {
                return null;
            }
            var next = change(current);
            if (await rounds.TryReplaceAsync(next, ct))
            {
                return next;
            }
        }
        throw new InvalidOperationException($"Round {roundId} could not be marked after 50 attempts.");
    }
}
