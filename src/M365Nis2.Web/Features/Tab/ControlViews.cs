namespace M365Nis2.Web.Features.Tab;

/// <summary>
/// One control as the tab's overview shows it: catalogue facts plus what the vault holds for it. <see cref="Status"/> is
/// the vault-based fallback ("evidenced", "expired", "noEvidence"); the tab overlays the evidence engine's status from
/// <c>GET /api/controls</c> when that endpoint exists.
/// </summary>
public sealed record ControlEvidenceSummary(
    string Id,
    string Kind,
    string Title,
    string TitleDa,
    IReadOnlyList<string> Iso27001,
    string Status,
    DateTimeOffset? LastEvidenceAt,
    int EvidenceCount);

/// <summary>An artefact of a control with the result of checking its detached signature against the signing certificate.</summary>
public sealed record ControlArtefact(
    string Id,
    string Kind,
    string ContentType,
    long Size,
    DateTimeOffset CreatedAt,
    string Actor,
    long LedgerSequence,
    IReadOnlyDictionary<string, string> Metadata,
    string Signature);

/// <summary>What a CISO uploaded by hand: the signed manifest and the document it points to.</summary>
public sealed record ManualEvidence(
    string ManifestId,
    string DocumentId,
    string FileName,
    string ContentType,
    string Note,
    DateOnly ValidUntil,
    bool Expired,
    string UploadedBy,
    string UploadedByName,
    DateTimeOffset UploadedAt);

/// <param name="History">Percentages over time read from signed artefacts (Art. 20(2): board training current); empty if none.</param>
public sealed record ControlEvidenceDetail(ControlEvidenceSummary Control, IReadOnlyList<ManualEvidence> ManualEvidence, IReadOnlyList<ControlArtefact> Artefacts,
    int TotalArtefacts, IReadOnlyList<HistoryPoint> History);

/// <summary>The signed content of an <c>evidence.manual</c> artefact; note and validity are signed because they live here.</summary>
public sealed record ManualEvidenceManifest(
    string Schema,
    string ControlId,
    string DocumentId,
    string FileName,
    string ContentType,
    long Size,
    string Note,
    DateOnly ValidUntil,
    string UploadedBy,
    string UploadedByName,
    DateTimeOffset UploadedAt)
{
    public const string SchemaName = "m365nis2.evidence.manual/1";
    public const string Kind = "evidence.manual";
    public const string DocumentKind = "evidence.manual.document";
}
