using System.Text.Json;
using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Vault;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Signing;

namespace M365Nis2.Web.Features.Tab;

/// <summary>
/// Per-control view built from the catalogue and the vault. Works for every control, also those without automated
/// evidence: their status comes from manual uploads and their validity dates.
/// </summary>
public sealed class ControlOverview(IEvidenceVault vault, ISigningCertificateProvider certificates, TrainingHistory trainingHistory, TimeProvider time)
{
    /// <summary>Artefacts whose signatures the control page checks (newest first); older ones are listed by the audit pack.</summary>
    public const int ArtefactsShown = 50;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Nis2Catalogue Catalogue => ControlCatalogue.Current;

    public async Task<IReadOnlyList<ControlEvidenceSummary>> ListAsync(CancellationToken ct)
    {
        var result = new List<ControlEvidenceSummary>();
        foreach (var control in Catalogue.Controls)
        {
            var artefacts = await vault.ListByControlAsync(control.Id, ct);
            var manual = await ManualAsync(artefacts, ct);
            result.Add(Summarise(control, artefacts, manual));
        }
        return result;
    }

    public async Task<ControlEvidenceDetail?> GetAsync(string controlId, CancellationToken ct)
    {
        if (Catalogue.Find(controlId) is not { } control)
        {
            return null;
        }
        var artefacts = await vault.ListByControlAsync(control.Id, ct);
        var manual = await ManualAsync(artefacts, ct);
        var certificate = await certificates.GetAsync(ct);
        var shown = new List<ControlArtefact>();
        foreach (var a in artefacts.OrderByDescending(a => a.LedgerSequence).Take(ArtefactsShown))
        {
            shown.Add(new ControlArtefact(a.Id, a.Kind, a.ContentType, a.Size, a.CreatedAt, a.Actor, a.LedgerSequence, a.Metadata,
                await SignatureStatusAsync(a, certificate, ct)));
        }
        return new ControlEvidenceDetail(Summarise(control, artefacts, manual), manual, shown, artefacts.Count,
            await trainingHistory.ForAsync(control.Id, artefacts, ct));
    }

    private static ControlEvidenceSummary Summarise(Nis2Control control, IReadOnlyList<ArtefactRecord> artefacts, IReadOnlyList<ManualEvidence> manual)
    {
        var status = artefacts.Count == 0 ? "noEvidence"
            : manual.Count > 0 && manual.All(m => m.Expired) && artefacts.All(a => a.Kind.StartsWith(ManualEvidenceManifest.Kind, StringComparison.Ordinal)) ? "expired"
            : "evidenced";
        return new ControlEvidenceSummary(control.Id, control.Kind.ToString(), control.Title, control.TitleDa, control.Iso27001, status,
            artefacts.Count == 0 ? null : artefacts.Max(a => a.CreatedAt), artefacts.Count);
    }

    private async Task<IReadOnlyList<ManualEvidence>> ManualAsync(IReadOnlyList<ArtefactRecord> artefacts, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var result = new List<ManualEvidence>();
        foreach (var record in artefacts.Where(a => a.Kind == ManualEvidenceManifest.Kind).OrderByDescending(a => a.LedgerSequence))
        {
            if (await vault.GetContentAsync(record.Id, ct) is not { } content)
            {
                continue;
            }
            var m = JsonSerializer.Deserialize<ManualEvidenceManifest>(content.Content, Json);
            if (m is null || m.Schema != ManualEvidenceManifest.SchemaName)
            {
                continue;
            }
            result.Add(new ManualEvidence(record.Id, m.DocumentId, m.FileName, m.ContentType, m.Note, m.ValidUntil, m.ValidUntil < today,
                m.UploadedBy, m.UploadedByName, m.UploadedAt));
        }
        return result;
    }

    private async Task<string> SignatureStatusAsync(ArtefactRecord record, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, CancellationToken ct)
    {
        var content = await vault.GetContentAsync(record.Id, ct);
        if (content is null)
        {
            return "contentMissing";
        }
        var entry = new LedgerEntry(record.LedgerSequence, record.Id, record.Kind, record.CreatedAt, record.Actor, "", "");
        var problem = CmsSignatures.Check(entry, content.Content, await vault.GetSignatureAsync(record.Id, ct), certificate);
        return problem is null ? "valid" : problem.Kind switch
        {
            VaultProblemKind.SignatureMissing => "missing",
            VaultProblemKind.SignerNotTrusted => "untrusted",
            _ => "invalid",
        };
    }
}
