using System.Text.Json;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>The sources' word on a measure in <c>GET /api/controls/{id}</c>, under its own name so it never clashes with
/// another provider's detail (incidents for (b), MFA for (j), exercises for (c) and (f)).</summary>
public sealed record SourcesControlDetail(AutomatedMeasureDetail Automated) : IDetailWithNames
{
    /// <summary>Findings keep their message (with the counts); the named subjects (people, devices) go.</summary>
    public object WithoutNames() => this with
    {
        Automated = Automated with { Checks = [.. Automated.Checks.Select(c => c with { Findings = [.. c.Findings.Select(f => f.WithoutNames())] })] },
    };
}

/// <summary>
/// Status of every measure a source beyond (j) speaks to — (b), (c), (e), (f), (h), (i), (j) — by the stated rule
/// (<see cref="EvidenceCombination"/>): the sources' combined automated outcome together with the CISO's uploads
/// (signed manifests of schema <c>m365nis2.evidence.manual/1</c> in the vault, current while <c>validUntil</c> has not
/// passed). Where another feature also judges the measure (incidents for (b), MFA for (j), exercises for (c) and (f)),
/// Features/Controls combines them; a status with an automated outcome is marked <see cref="ControlStatus.FromTenant"/>,
/// so its NotMet cannot be lifted by a register or a document there either.
/// </summary>
public sealed class SourcesControlStatusProvider(AutomatedEvidence automated, IEvidenceVault vault, TimeProvider time) : IControlStatusProvider
{
    private const string ManualKind = "evidence.manual";

    public IReadOnlyCollection<string> ControlIds { get; } =
        [Measures.IncidentHandling, Measures.BusinessContinuity, Measures.SecureMaintenance, Measures.Effectiveness, Measures.Cryptography,
            Measures.AccessAndAssets, Measures.Authentication];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var measure = await automated.ForMeasureAsync(controlId, ct);
        var upload = await UploadStateAsync(controlId, ct);
        var outcome = measure?.Outcome is { } o && Enum.TryParse<Outcome>(o, out var parsed) ? parsed : (Outcome?)null;
        var (status, rule) = EvidenceCombination.Combine(outcome, upload, EvidenceCombination.ExpectsDocument(controlId));
        var summary = measure is null ? rule : SummaryTexts.Automated.With(string.Join(", ", measure.Sources.Select(s => s.Title)), rule);
        return new ControlStatus(Name(status), measure?.LastCollectedAt, measure?.Sources.Any(s => s.IsDemo) ?? false, FromTenant: outcome is not null)
            .Saying(summary);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) =>
        await automated.ForMeasureAsync(controlId, ct) is { } measure
            ? new SourcesControlDetail(new AutomatedMeasureDetail(measure, await automated.ChecksAsync(controlId, ct)))
            : null;

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
        MeasureStatus.Documented => ControlStatuses.Documented,
        MeasureStatus.DocumentExpired => "Expired",
        MeasureStatus.NoEvidence => ControlStatuses.NoEvidenceYet,
        _ => status.ToString(),
    };
}
