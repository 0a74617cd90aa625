using System.Text.Json;
using M365Nis2.Domain.Evidence;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// Status of the measures only the sources beyond (j) judge — (c), (e), (f), (h), (i) — by the stated rule
/// (<see cref="EvidenceCombination"/>): the sources' combined automated outcome together with the CISO's uploads
/// (signed manifests of schema <c>m365nis2.evidence.manual/1</c> in the vault, current while <c>validUntil</c> has not
/// passed). (b) and (j) keep their own providers (incidents, MFA); the tab shows the sources beside them.
/// </summary>
public sealed class SourcesControlStatusProvider(AutomatedEvidence automated, IEvidenceVault vault, TimeProvider time) : IControlStatusProvider
{
    private const string ManualKind = "evidence.manual";

    public IReadOnlyCollection<string> ControlIds { get; } =
        [Measures.BusinessContinuity, Measures.SecureMaintenance, Measures.Effectiveness, Measures.Cryptography, Measures.AccessAndAssets];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var measure = await automated.ForMeasureAsync(controlId, ct);
        var upload = await UploadStateAsync(controlId, ct);
        var outcome = measure?.Outcome is { } o && Enum.TryParse<Outcome>(o, out var parsed) ? parsed : (Outcome?)null;
        var (status, rule) = EvidenceCombination.Combine(outcome, upload, EvidenceCombination.ExpectsDocument(controlId));
        var summary = measure is null ? rule : $"Automated from {string.Join(", ", measure.Sources.Select(s => s.Title))}. {rule}";
        return new ControlStatus(Name(status), measure?.LastCollectedAt, measure?.Sources.Any(s => s.IsDemo) ?? false, summary);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) =>
        await automated.ForMeasureAsync(controlId, ct) is { } measure ? new AutomatedMeasureDetail(measure, await automated.ChecksAsync(controlId, ct)) : null;

    private async Task<UploadState> UploadStateAsync(string controlId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var any = false;
        foreach (var record in (await vault.ListByControlAsync(controlId, ct)).Where(a => a.Kind == ManualKind))
        {
            any = true;
            if (await vault.GetContentAsync(record.Id, ct) is not { } content)
                continue;
            using var doc = JsonDocument.Parse(content.Content);
            if (doc.RootElement.TryGetProperty("validUntil", out var v) && DateOnly.TryParse(v.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var until) && until >= today)
                return UploadState.Current;
        }
        return any ? UploadState.Expired : UploadState.None;
    }

    private static string Name(MeasureStatus status) => status switch
    {
        MeasureStatus.Documented => "Evidenced",
        MeasureStatus.DocumentExpired => "Expired",
        MeasureStatus.NoEvidence => ControlStatuses.NoEvidenceYet,
        _ => status.ToString(),
    };
}
