namespace M365Nis2.Domain.Vault;

/// <summary>Pure rules of the hash chain: how the next entry is made, and what a sound chain looks like.</summary>
public static class LedgerChain
{
    /// <summary>
    /// The entry that follows <paramref name="head"/> (null for an empty ledger). Time is truncated to whole
    /// milliseconds because that is what the canonical form records.
    /// </summary>
    public static LedgerEntry Next(LedgerEntry? head, string artefactId, string kind, DateTimeOffset recordedAt, string actor) =>
        Next(head?.Sequence ?? 0, head?.EntryHash ?? LedgerCanonical.GenesisHash, artefactId, kind, recordedAt, actor);

    public static LedgerEntry Next(long headSequence, string headHash, string artefactId, string kind, DateTimeOffset recordedAt, string actor)
    {
        if (!ArtefactIds.IsWellFormed(artefactId))
        {
            throw new ArgumentException("An artefact id is 64 lowercase hex digits.", nameof(artefactId));
        }
        if (!LedgerCanonical.IsValidField(kind))
        {
            throw new ArgumentException("Kind must be 1-256 characters without control characters.", nameof(kind));
        }
        if (!LedgerCanonical.IsValidField(actor))
        {
            throw new ArgumentException("Actor must be 1-256 characters without control characters.", nameof(actor));
        }
        var at = new DateTimeOffset(recordedAt.UtcTicks - (recordedAt.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var sequence = headSequence + 1;
        var hash = LedgerCanonical.Hash(sequence, artefactId, kind, at, actor, headHash);
        return new LedgerEntry(sequence, artefactId, kind, at, actor, headHash, hash);
    }

    /// <summary>
    /// Checks entries in the order storage returned them: sequences contiguous from 1, each previous hash equal to
    /// the entry hash before it, each entry hash recomputing. <paramref name="expectedCount"/> (e.g. from the ledger
    /// head) also catches a removed last entry.
    /// </summary>
    public static IReadOnlyList<VaultProblem> Verify(IReadOnlyList<LedgerEntry> entries, long? expectedCount = null)
    {
        var problems = new List<VaultProblem>();
        long expected = 1;
        var previousHash = LedgerCanonical.GenesisHash;
        foreach (var entry in entries)
        {
            if (entry.Sequence < expected)
            {
                problems.Add(new(entry.Sequence, entry.ArtefactId, VaultProblemKind.SequenceOutOfOrder,
                    $"sequence {entry.Sequence} appears where {expected} was expected"));
            }
            for (var missing = expected; missing < entry.Sequence; missing++)
            {
                problems.Add(new(missing, null, VaultProblemKind.EntryMissing, $"entry {missing} is missing from the ledger"));
            }
            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                problems.Add(new(entry.Sequence, entry.ArtefactId, VaultProblemKind.PreviousHashMismatch,
                    "previous hash does not equal the entry hash of the entry before it"));
            }
            if (!entry.HashIsConsistent)
            {
                problems.Add(new(entry.Sequence, entry.ArtefactId, VaultProblemKind.EntryHashMismatch,
                    "entry hash does not match its fields"));
            }
            expected = Math.Max(expected, entry.Sequence + 1);
            previousHash = entry.EntryHash;
        }
        for (var missing = expected; expectedCount is { } count && missing <= count; missing++)
        {
            problems.Add(new(missing, null, VaultProblemKind.EntryMissing, $"entry {missing} is missing (the ledger head records {count})"));
        }
        return problems;
    }

    /// <summary>The content check for one entry: present, and hashing to its id.</summary>
    public static VaultProblem? CheckContent(LedgerEntry entry, ReadOnlySpan<byte> content, bool present)
    {
        if (!present)
        {
            return new(entry.Sequence, entry.ArtefactId, VaultProblemKind.ArtefactMissing, "artefact content is missing");
        }
        var actual = ArtefactIds.Compute(content);
        return string.Equals(actual, entry.ArtefactId, StringComparison.Ordinal)
            ? null
            : new(entry.Sequence, entry.ArtefactId, VaultProblemKind.ContentHashMismatch, $"content hashes to {actual}");
    }
}
