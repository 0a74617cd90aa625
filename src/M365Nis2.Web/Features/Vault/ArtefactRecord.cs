namespace M365Nis2.Web.Features.Vault;

/// <summary>What the vault knows about a stored artefact (the Artefacts table row, also exported as &lt;id&gt;.json).</summary>
[FeatureContract]
public sealed record ArtefactRecord(
    string Id,
    string Kind,
    string ContentType,
    long Size,
    IReadOnlyList<string> ControlIds,
    DateTimeOffset CreatedAt,
    string Actor,
    IReadOnlyDictionary<string, string> Metadata,
    long LedgerSequence);

/// <summary>
/// Result of <see cref="IEvidenceVault.PutAsync"/>. <see cref="Created"/> is false when identical content was already
/// in the vault: the id and ledger sequence are then those of the first put, and nothing new was stored.
/// </summary>
[FeatureContract]
public sealed record ArtefactReceipt(string Id, long LedgerSequence, bool Created);

[FeatureContract]
public sealed record ArtefactContent(string Id, string ContentType, byte[] Content);

[FeatureContract]
public sealed record ExportSummary(string Folder, int Entries, int Artefacts);
