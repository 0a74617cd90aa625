using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>Outcome of starting a round: the round, or problems (400) / a conflict (409) with nothing stored.</summary>
public sealed record StartOutcome(StartedRound? Started, IReadOnlyList<CodedText> Problems, bool Conflict = false);

/// <summary>Validates a start request, resolves the approvers (board group by default), stores the round and sends the cards.</summary>
public sealed class RoundStarter(
    PolicyStore policies,
    ApprovalRoundStore rounds,
    ApproverResolver resolver,
    CardFanOut fanOut,
    ApprovalCards cards,
    IOptions<AppLinkOptions> links,
    TimeProvider time,
    ILogger<RoundStarter> logger)
{
    public async Task<StartOutcome> StartAsync(StartRoundRequest request, string callerObjectId, string callerName, Uri requestBase, CancellationToken ct)
    {
        var problems = new List<CodedText>();
        var (rule, quorumProblem) = QuorumParser.Parse(request.Quorum);
        if (quorumProblem is not null)
        {
            problems.Add(quorumProblem);
        }
        var now = time.GetUtcNow();
        if (request.DueAt is not { } due || due <= now)
        {
            problems.Add(ApprovalInputTexts.DueAt.With());
        }
        var policy = string.IsNullOrWhiteSpace(request.PolicyId) ? null : await policies.FindAsync(request.PolicyId, ct);
        var version = policy is null || request.Version is not { } v ? null : await policies.FindVersionAsync(policy.RowKey, v, ct);
        if (policy is null)
        {
            problems.Add(ApprovalInputTexts.PolicyUnknown.With(request.PolicyId));
        }
        else if (version is null)
        {
            problems.Add(ApprovalInputTexts.VersionUnknown.With(policy.RowKey, policy.LatestVersion));
        }
        if (request.ApproverGroupId is not null && request.ApproverIds is { Count: > 0 })
        {
            problems.Add(ApprovalInputTexts.GroupOrIds.With());
        }
        var (approvers, approverProblem) = problems.Count > 0 ? ([], null) : await resolver.ResolveAsync(request.ApproverIds, request.ApproverGroupId, ct);
        if (approverProblem is not null)
        {
            problems.Add(approverProblem);
        }
        if (problems.Count > 0)
        {
            return new(null, problems);
        }
        if (policy!.OpenRoundId is { } open && await rounds.FindAsync(open, ct) is { Round.IsClosed: false })
        {
            return new(null, [ApprovalInputTexts.PolicyRoundOpen.With(open, policy.RowKey)], Conflict: true);
        }
        ApprovalRound round;
        try
        {
            round = ApprovalRound.Start(policy.RowKey, version!.Version, version.Sha256, approvers, rule!, request.DueAt!.Value);
        }
        catch (ArgumentException e)
        {
            return new(null, [CommonTexts.AsGiven.With(e.Message)]);
        }
        var stored = new StoredRound
        {
            RoundId = Guid.NewGuid().ToString("N"), Round = round, PolicyTitle = policy.Title, StartedBy = callerObjectId, StartedAt = now,
            LinkBase = (links.Value.PublicBaseUrl ?? requestBase).ToString(),
        };
        var known = await fanOut.ReferencesAsync(approvers.Select(a => a.ObjectId), ct);
        await rounds.CreateAsync(stored, ct);
        await policies.UpdateAsync(policy.RowKey, p => p.OpenRoundId = stored.RoundId, createIfMissing: false, ct);
        var deliveries = await fanOut.SendAsync(stored, known, ct);
        var view = ApprovalService.View(stored, deliveries);
        var notReached = view.Delivery.Where(d => d.Status != CardFanOut.Sent).ToList();
        // Those the app is being installed for get their card shortly: the CISO is told only about the others.
        var lost = deliveries.Where(d => d.Status != CardFanOut.Sent && d.RetryAt is null).Select(d => d.ObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (lost.Count > 0)
        {
            logger.LogInformation("Round {RoundId}: {Count} approvers not reached", stored.RoundId, lost.Count);
            string text;
            using (BotCulture.Use(BotCulture.For(await fanOut.LocaleOfAsync(callerObjectId, ct))))
            {
                text = cards.Text("Ciso_NotReached", lost.Count, string.Join(", ", notReached.Where(d => lost.Contains(d.ObjectId)).Select(d => d.Name)));
            }
            await fanOut.TellAsync(callerObjectId, text, ct);
        }
        return new(new StartedRound(view, notReached), []);
    }
}
