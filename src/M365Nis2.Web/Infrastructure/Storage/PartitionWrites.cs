using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>
/// Group commit for single-row writes to one table partition. A write that finds the partition idle goes out alone, as
/// before; writes arriving while it is in flight wait and then go together as one entity-group transaction (at most 100
/// rows, each row once), so 500 card clicks at once cost a handful of storage round trips instead of 500 queued on
/// storage. Every caller still gets its own answer, and only after storage committed its row: a conditional replace
/// whose ETag no longer matches (or whose row is gone) answers false, and the rest of its transaction is sent again
/// without it. Rows written through here must be small (a transaction carries at most 4 MB).
/// </summary>
public sealed class PartitionWrites
{
    public const int MaxRowsPerTransaction = 100;

    private sealed record Pending(TableTransactionAction Action, TaskCompletionSource<bool> Done)
    {
        public ITableEntity Entity => Action.Entity;

        public bool Conditional => Action.ActionType is TableTransactionActionType.UpdateReplace or TableTransactionActionType.UpdateMerge;
    }

    private sealed class Lane(TableClient table)
    {
        public TableClient Table { get; } = table;
        public List<Pending> Queue { get; } = [];
        public bool Draining { get; set; }
    }

    // One lane per (table, partition) in use: a few reference partitions and one per campaign, kept for the app's life.
    private readonly ConcurrentDictionary<(Uri Table, string Partition), Lane> lanes = new();

    /// <summary>Insert or replace the row.</summary>
    public Task UpsertAsync(TableClient table, ITableEntity entity, CancellationToken ct) =>
        EnqueueAsync(table, new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity), ct);

    /// <summary>Replace the row if it still has <see cref="ITableEntity.ETag"/>; false when it changed or is gone. Sets the new ETag.</summary>
    public Task<bool> TryReplaceAsync(TableClient table, ITableEntity entity, CancellationToken ct) =>
        EnqueueAsync(table, new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, entity.ETag), ct);

    private Task<bool> EnqueueAsync(TableClient table, TableTransactionAction action, CancellationToken ct)
    {
        var pending = new Pending(action, new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        var lane = lanes.GetOrAdd((table.Uri, action.Entity.PartitionKey), _ => new Lane(table));
        bool start;
        lock (lane)
        {
            lane.Queue.Add(pending);
            start = !lane.Draining;
            lane.Draining = true;
        }
        if (start)
        {
            _ = Task.Run(() => DrainAsync(lane), CancellationToken.None);
        }
        // A caller that gives up does not take its row back: like any request already sent, it may still be written.
        return pending.Done.Task.WaitAsync(ct);
    }

    private static async Task DrainAsync(Lane lane)
    {
        while (true)
        {
            List<Pending> batch;
            lock (lane)
            {
                batch = TakeBatch(lane.Queue);
                if (batch.Count == 0)
                {
                    lane.Draining = false;
                    return;
                }
            }
            await CommitAsync(lane.Table, batch);
        }
    }

    /// <summary>The oldest writes, each row once (a later write to the same row waits for the next transaction, so order holds).</summary>
    private static List<Pending> TakeBatch(List<Pending> queue)
    {
        var rows = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<Pending>();
        for (var i = 0; i < queue.Count && batch.Count < MaxRowsPerTransaction; i++)
        {
            if (rows.Add(queue[i].Entity.RowKey))
            {
                batch.Add(queue[i]);
                queue.RemoveAt(i--);
            }
        }
        return batch;
    }

    private static async Task CommitAsync(TableClient table, List<Pending> batch)
    {
        while (batch.Count > 0)
        {
            try
            {
                if (batch.Count == 1)
                {
                    batch[0].Done.TrySetResult(await WriteOneAsync(table, batch[0]));
                    return;
                }
                var response = await table.SubmitTransactionAsync(batch.Select(p => p.Action), CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Entity.ETag = response.Value[i].Headers.ETag ?? batch[i].Entity.ETag;
                    batch[i].Done.TrySetResult(true);
                }
                return;
            }
            catch (TableTransactionFailedException e) when (e.FailedTransactionActionIndex is { } index && index < batch.Count)
            {
                // The whole transaction was refused because of one row: answer that row, send the others again.
                var failed = batch[index];
                if (failed.Conditional && e.Status is 412 or 404)
                {
                    failed.Done.TrySetResult(false);
                }
                else
                {
                    failed.Done.TrySetException(e);
                }
                batch.RemoveAt(index);
            }
            catch (Exception e)
            {
                batch.ForEach(p => p.Done.TrySetException(e));
                return;
            }
        }
    }

    private static async Task<bool> WriteOneAsync(TableClient table, Pending pending)
    {
        var entity = pending.Entity;
        if (!pending.Conditional)
        {
            var upserted = await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, CancellationToken.None);
            entity.ETag = upserted.Headers.ETag ?? entity.ETag;
            return true;
        }
        try
        {
            var replaced = await table.UpdateEntityAsync(entity, pending.Action.ETag, TableUpdateMode.Replace, CancellationToken.None);
            entity.ETag = replaced.Headers.ETag ?? entity.ETag;
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
