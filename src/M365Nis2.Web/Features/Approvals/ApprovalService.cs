using System.Collections.Concurrent;
using M365Nis2.Domain.Approvals;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>What a card click came to: a card for the clicker, or a refusal message.</summary>
public sealed record VoteReply(AdaptiveCard? Card, string? Refusal);

/// <summary>Votes, round views and cards for one viewer. Starting rounds: <see cref="RoundStarter"/>; decisions: <see cref="DecisionRecorder"/>.</summary>
public sealed class ApprovalService(ApprovalRoundStore store, VoteLanes lanes, ApprovalCards cards, ApprovalWork work)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<CardDelivery>> deliveriesCache = new(StringComparer.Ordinal);

    public async Task<VoteReply> VoteAsync(string roundId, string? voterObjectId, VoteRequest request, CancellationToken ct)
    {
        if (voterObjectId is null)
        {
            return new(null, cards.Refusal(VoteRefusal.NotAnApprover));
        }
        var applied = await lanes.SubmitAsync(roundId, request with { ObjectId = voterObjectId }, ct);
        if (applied is null)
        {
            return new(null, cards.Text("Round_NotFound"));
        }
        if (applied.Result.IsRefused)
        {
            return new(null, cards.Refusal(applied.Result.Refusal));
        }
        if (applied.Result.Outcome != VoteOutcome.Unchanged)
        {
            M365Nis2.Web.Platform.AppTelemetry.Votes.Add(1, new("decision", request.Choice.ToString().ToLowerInvariant()),
                new("outcome", applied.Result.Outcome.ToString().ToLowerInvariant()));
            work.RoundChanged(roundId); // every approver's card and, when decided, the decision: after the response
        }
        return new(await CardForAsync(applied.Round, voterObjectId, ct), null);
    }

    /// <summary>The card as <paramref name="viewerObjectId"/> should see it now (refresh), or null for an unknown round.</summary>
    public async Task<AdaptiveCard?> CardAsync(string roundId, string? viewerObjectId, CancellationToken ct) =>
        await store.FindAsync(roundId, ct) is { } round ? await CardForAsync(round, viewerObjectId, ct) : null;

    public async Task<RoundView?> GetAsync(string roundId, CancellationToken ct)
    {
        var round = await store.FindAsync(roundId, ct);
        return round is null ? null : View(round, await store.DeliveriesAsync(roundId, ct));
    }

    public static RoundView View(StoredRound s, IReadOnlyList<CardDelivery> deliveries)
    {
        var r = s.Round;
        var names = r.Approvers.ToDictionary(a => a.ObjectId, a => a.DisplayName, StringComparer.OrdinalIgnoreCase);
        var counting = r.CurrentVotes.Values.ToHashSet();
        return new RoundView(s.RoundId, r.PolicyId, s.PolicyTitle, r.Version, r.DocumentSha256, RoundMapping.QuorumText(r.Rule), r.Deadline,
            s.StartedBy, s.StartedAt, r.Tally,
            [.. r.Votes.Select(v => new VoteView(v.ObjectId, v.DisplayName, v.Choice.ToString(), v.At, v.Comment, counting.Contains(v)))],
            [.. deliveries.Select(d => new DeliveryView(d.ObjectId, names.GetValueOrDefault(d.ObjectId, d.ObjectId), d.Status, d.Reason, d.ReasonCode, d.ReasonDa))],
            r.Decision.ToString(), r.DecidedAt, s.DecisionArtefactId, ApprovalCards.DocumentLink(s), s.Kind);
    }

    private async Task<AdaptiveCard> CardForAsync(StoredRound round, string? viewer, CancellationToken ct)
    {
        // Deliveries are written once when the round starts, so the refresh list can be cached per round.
        if (!deliveriesCache.TryGetValue(round.RoundId, out var deliveries))
        {
            deliveries = await store.DeliveriesAsync(round.RoundId, ct);
            if (deliveries.Count == round.Round.Approvers.Count)
            {
                deliveriesCache[round.RoundId] = deliveries;
            }
        }
        return cards.Approval(round, viewer, [.. deliveries.Select(d => d.TeamsUserId).OfType<string>()]);
    }
}
