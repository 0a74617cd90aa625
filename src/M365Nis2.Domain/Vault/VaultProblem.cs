namespace M365Nis2.Domain.Vault;

public enum VaultProblemKind
{
    EntryMissing,
    SequenceOutOfOrder,
    PreviousHashMismatch,
    EntryHashMismatch,
    ArtefactMissing,
    ContentHashMismatch,
    SignatureMissing,
    SignatureInvalid,
    SignerNotTrusted,
    LedgerSignatureInvalid,
}

/// <summary>One finding, tied to the ledger entry at fault (sequence, and the artefact id when the entry is there).</summary>
public sealed record VaultProblem(long Sequence, string? ArtefactId, VaultProblemKind Kind, string Detail);

/// <summary>The outcome of walking the ledger: ok only when there is no problem at all.</summary>
public sealed record VerificationReport(int Entries, IReadOnlyList<VaultProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}
