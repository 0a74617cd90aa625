namespace M365Nis2.Domain.Vault;

/// <summary>
/// One link of the evidence ledger. <see cref="EntryHash"/> covers every other field (see <see cref="LedgerCanonical"/>),
/// and <see cref="PreviousHash"/> is the entry hash of sequence − 1, so removing, inserting or reordering entries breaks the chain.
/// </summary>
public sealed record LedgerEntry(
    long Sequence,
    string ArtefactId,
    string Kind,
    DateTimeOffset RecordedAt,
    string Actor,
    string PreviousHash,
    string EntryHash)
{
    /// <summary>True when <see cref="EntryHash"/> is what the other fields hash to.</summary>
    public bool HashIsConsistent =>
        string.Equals(EntryHash, LedgerCanonical.Hash(Sequence, ArtefactId, Kind, RecordedAt, Actor, PreviousHash), StringComparison.Ordinal);
}
