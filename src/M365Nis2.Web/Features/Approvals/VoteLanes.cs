using System.Collections.Concurrent;
using M365Nis2.Domain.Approvals;

namespace M365Nis2.Web.Features.Approvals;

public sealed record VoteRequest(string ObjectId, VoteChoice Choice, string? Comment, string DocumentHash);

/// <summary>The result of one vote and the round as stored after it.</summary>
public sealed record VoteApplied(VoteResult Result, StoredRound Round);

/// <summary>
/// Group commit for votes on one round: clicks arriving together are applied in arrival order through the domain rules
/// and written as ONE conditional (ETag) write, so 50 concurrent clicks cost a few storage round trips instead of 50
/// retries fighting over one row. Another instance writing in between only causes a re-read and re-apply (412), so
/// no vote is ever lost or counted twice.
/// </summary>
public sealed class VoteLanes(ApprovalRoundStore store, TimeProvider time)
{
    private sealed record Pending(VoteRequest Request, TaskCompletionSource<VoteApplied?> Done);

    // Lanes live as long as the app (a handful of rounds), so their semaphores are never disposed.
#pragma warning disable CA1001
    private sealed class Lane
#pragma warning restore CA1001
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public readonly List<Pending> Queue = [];
    }

    private readonly ConcurrentDictionary<string, Lane> lanes = new(StringComparer.Ordinal);

    /// <summary>Applies the vote; null when the round does not exist.</summary>
    public async Task<VoteApplied?> SubmitAsync(string roundId, VoteRequest request, CancellationToken ct)
    {
        var pending = new Pending(request, new TaskCompletionSource<VoteApplied?>(TaskCreationOptions.RunContinuationsAsynchronously));
        var lane = lanes.GetOrAdd(roundId, _ => new Lane());
        lock (lane.Queue)
        {
            lane.Queue.Add(pending);
        }
        await lane.Gate.WaitAsync(ct);
        try
        {
            if (!pending.Done.Task.IsCompleted)
            {
                List<Pending> batch;
                lock (lane.Queue)
                {
                    batch = [.. lane.Queue];
                    lane.Queue.Clear();
                }
                await ApplyBatchAsync(roundId, batch, ct);
            }
        }
        finally
        {
            lane.Gate.Release();
        }
        return await pending.Done.Task;
    }

    private async Task ApplyBatchAsync(string roundId, List<Pending> batch, CancellationToken ct)
    {
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                var stored = await store.FindAsync(roundId, ct);
                if (stored is null)
                {
                    batch.ForEach(p => p.Done.TrySetResult(null));
                    return;
                }
                var round = stored.Round;
                var results = new List<VoteResult>(batch.Count);
                var now = time.GetUtcNow();
                foreach (var p in batch)
                {
                    var result = round.CastVote(p.Request.ObjectId, p.Request.Choice, p.Request.Comment, p.Request.DocumentHash, now);
                    results.Add(result);
                    round = result.Round;
                }
                var next = stored with { Round = round };
                var changed = results.Any(r => r.Outcome is VoteOutcome.Recorded or VoteOutcome.Changed);
                if (changed && !await store.TryReplaceAsync(next, ct))
                {
                    if (attempt >= 100)
                    {
                        throw new InvalidOperationException($"Round {roundId} kept changing under the vote; giving up after {attempt} attempts.");
                    }
                    continue; // another writer (instance) got in first: re-read and re-apply
                }
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(new VoteApplied(results[i], next));
                }
                return;
            }
        }
        catch (Exception ex)
        {
            batch.ForEach(p => p.Done.TrySetException(ex));
        }
    }
}
