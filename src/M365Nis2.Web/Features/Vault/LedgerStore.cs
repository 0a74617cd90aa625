using System.Globalization;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Vault;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// The ledger in one table partition, so it is one ordered chain. Rows: "head" (last sequence + hash), entries keyed
/// by zero-padded sequence, and one "artefact-&lt;id&gt;" marker per artefact. An append is ONE transactional batch:
/// replace head (If-Match its ETag) + add entry + add marker. Two writers can therefore never fork the chain, and an
/// artefact is recorded at most once; the loser re-reads the head and retries with backoff.
/// </summary>
public sealed class LedgerStore(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    public const string TableName = "Ledger";
    public const string Partition = "chain";
    public const string HeadKey = "head";
    private const int MaxAttempts = 200;
    private TableClient? table;

    public static string EntryKey(long sequence) => sequence.ToString("D12", CultureInfo.InvariantCulture);

    public static string MarkerKey(string artefactId) => "artefact-" + artefactId;

    public async Task<TableClient> TableAsync(CancellationToken ct) =>
        table ??= await tables.GetReadyTableAsync(names, TableName, ct);

    /// <summary>Appends an entry for the artefact, or returns the existing one (appended: false) when it is already recorded.</summary>
    public async Task<(LedgerEntry Entry, bool Appended)> AppendAsync(string artefactId, string kind, string actor, CancellationToken ct)
    {
        var t = await TableAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var marker = await t.GetEntityIfExistsAsync<TableEntity>(Partition, MarkerKey(artefactId), cancellationToken: ct);
            if (marker.HasValue)
            {
                var recorded = marker.Value!.GetInt64("Sequence") ?? 0;
                return await ReadEntryAsync(t, recorded, ct) is { } existing
                    ? (existing, false)
                    : throw new InvalidOperationException($"Artefact {artefactId} is recorded at ledger sequence {recorded}, but that entry is gone: the ledger was tampered with (see /api/ledger/verify).");
            }
            var head = await t.GetEntityIfExistsAsync<TableEntity>(Partition, HeadKey, cancellationToken: ct);
            var entry = head.HasValue
                ? LedgerChain.Next(head.Value!.GetInt64("Sequence")!.Value, head.Value.GetString("EntryHash"), artefactId, kind, time.GetUtcNow(), actor)
                : LedgerChain.Next(null, artefactId, kind, time.GetUtcNow(), actor);
            var newHead = new TableEntity(Partition, HeadKey) { ["Sequence"] = entry.Sequence, ["EntryHash"] = entry.EntryHash };
            TableTransactionAction[] batch =
            [
                head.HasValue ? new(TableTransactionActionType.UpdateReplace, newHead, head.Value!.ETag) : new(TableTransactionActionType.Add, newHead),
                new(TableTransactionActionType.Add, ToEntity(entry)),
                new(TableTransactionActionType.Add, new TableEntity(Partition, MarkerKey(artefactId)) { ["Sequence"] = entry.Sequence }),
            ];
            try
            {
                await t.SubmitTransactionAsync(batch, ct);
                return (entry, true);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Someone else appended first (head ETag changed, or the entry/marker row now exists): re-read and retry.
                var ceilingMs = Math.Min(500, 5 << Math.Min(attempt, 7));
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, ceilingMs)), ct);
            }
        }
    }

    /// <summary>All entries in RowKey (= sequence) order, plus the sequence the head records (0 when empty).</summary>
    public async Task<(IReadOnlyList<LedgerEntry> Entries, long HeadSequence)> ReadAllAsync(CancellationToken ct)
    {
        var t = await TableAsync(ct);
        // The head first: an entry and its head move land in one atomic batch, so every entry up to the head read here
        // exists, and entries appended while we page are left for the next verification instead of looking like gaps.
        var head = await t.GetEntityIfExistsAsync<TableEntity>(Partition, HeadKey, cancellationToken: ct);
        var headSequence = head.HasValue ? head.Value!.GetInt64("Sequence") ?? 0 : 0;
        var entries = new List<LedgerEntry>();
        // Entry keys are digits; "artefact-…" and "head" sort after "a"/"h", so this range holds entries only.
        await foreach (var row in t.QueryAsync<TableEntity>(e => e.PartitionKey == Partition && e.RowKey.CompareTo("0") >= 0 && e.RowKey.CompareTo("a") < 0, cancellationToken: ct))
        {
            if (FromEntity(row) is { } entry && entry.Sequence <= headSequence)
            {
                entries.Add(entry);
            }
        }
        return (entries, headSequence);
    }

    private static async Task<LedgerEntry?> ReadEntryAsync(TableClient t, long sequence, CancellationToken ct)
    {
        var row = await t.GetEntityIfExistsAsync<TableEntity>(Partition, EntryKey(sequence), cancellationToken: ct);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    private static TableEntity ToEntity(LedgerEntry e) => new(Partition, EntryKey(e.Sequence))
    {
        ["ArtefactId"] = e.ArtefactId,
        ["Kind"] = e.Kind,
        ["RecordedAt"] = LedgerCanonical.FormatTime(e.RecordedAt),
        ["Actor"] = e.Actor,
        ["PreviousHash"] = e.PreviousHash,
        ["EntryHash"] = e.EntryHash,
    };

    /// <summary>Reads a row as stored, tolerating tampered fields so the verifier can report them instead of throwing.</summary>
    private static LedgerEntry? FromEntity(TableEntity row)
    {
        if (!long.TryParse(row.RowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return null;
        }
        var recordedAt = DateTimeOffset.TryParseExact(row.GetString("RecordedAt") ?? "", LedgerCanonical.TimeFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : DateTimeOffset.MinValue;
        return new LedgerEntry(sequence, row.GetString("ArtefactId") ?? "", row.GetString("Kind") ?? "", recordedAt,
            row.GetString("Actor") ?? "", row.GetString("PreviousHash") ?? "", row.GetString("EntryHash") ?? "");
    }
}
