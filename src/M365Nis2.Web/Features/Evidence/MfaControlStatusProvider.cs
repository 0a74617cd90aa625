using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;
using System.Globalization;
using System.Text.Json;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Art. 21(2)(j) detail: the latest evaluation's checks and findings, its artefact, and the run history.</summary>
public sealed record MfaControlView(
    string Status,
    bool IsDemo,
    DateTimeOffset? CollectedAt,
    string? RunId,
    string? ArtefactId,
    decimal? RegistrationPercent,
    decimal? AdminsPercent,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<MfaCheckView> Checks,
    IReadOnlyList<MfaFindingView> Advisories,
    IReadOnlyList<MfaHistoryPoint> History) : Controls.IDetailWithNames
{
    /// <summary>The same view with every finding's subjects (names, UPNs) removed; the counts stay in the messages.</summary>
    public MfaControlView WithoutNames() => this with
    {
        Checks = [.. Checks.Select(c => c with { Findings = [.. c.Findings.Select(Anonymous)] })],
        Advisories = [.. Advisories.Select(Anonymous)],
    };

    object Controls.IDetailWithNames.WithoutNames() => WithoutNames();

    /// <summary>
    /// The reasons for a Danish reader. The artefact stores the English lines only, so they are derived from its checks
    /// by the same rule that wrote them; anything unexpected in an old artefact keeps the English.
    /// </summary>
    public IReadOnlyList<string> ReasonsDa
    {
        get
        {
            var outcomes = Checks.Select(c => Enum.TryParse<Outcome>(c.Outcome, out var o) ? o : (Outcome?)null).ToList();
            if (Checks.Count != 4 || outcomes.Any(o => o is null))
                return Reasons;
            return [.. MfaEvaluator.Reasons([.. Checks.Select((c, i) => new CheckResult(c.Check, outcomes[i]!.Value, []))]).Select(r => r.Danish)];
        }
    }

    private static MfaFindingView Anonymous(MfaFindingView finding) => finding with { Subjects = [], SubjectTexts = null };
}

/// <summary>A check as stored in the artefact; outcomes and severities are the enum names (Met, PartiallyMet, NotMet, Unknown; Info … High).</summary>
public sealed record MfaCheckView(string Check, string Outcome, IReadOnlyList<MfaFindingView> Findings);

/// <summary>A finding as stored in the artefact: the English message always; code and arguments since findings have codes.</summary>
/// <param name="SubjectTexts">The subjects as coded texts when they carry words of their own ("group Finance"); null for plain names.</param>
public sealed record MfaFindingView(string Severity, string Message, IReadOnlyList<string> Subjects, string? Code = null,
    IReadOnlyDictionary<string, string>? Args = null, IReadOnlyList<CodedText>? SubjectTexts = null)
{
    /// <summary>The Danish text for the tab; null for a finding stored before codes (its English is all there is).</summary>
    public string? MessageDa => TextCatalog.Render(Code, Args, TextLanguage.Danish);

    /// <summary>The subjects with their words in Danish for the tab; null when they are plain names (or were removed).</summary>
    public IReadOnlyList<string>? SubjectsDa => Finding.Danish(Subjects, SubjectTexts);

    public string Text(string? language) => TextCatalog.Localize(Message, Code, Args, language);

    /// <summary>The subjects in the reader's language: coded ones rendered, plain names as they are (<see cref="Finding.SubjectsIn"/>).</summary>
    public IReadOnlyList<string> SubjectsIn(string? language) => Finding.In(Subjects, SubjectTexts, language);

    public static MfaFindingView Of(string severity, CodedText text, IReadOnlyList<string> subjects) => new(severity, text.English, subjects, text.Code, text.Args);
}

internal sealed record MfaEvaluationView(
    string Overall,
    IReadOnlyList<string> Reasons,
    MfaCheckView Registration,
    MfaCheckView Enforcement,
    MfaCheckView AdminProtection,
    MfaCheckView LegacyAuthentication,
    IReadOnlyList<MfaFindingView> Advisories)
{
    public IReadOnlyList<MfaCheckView> Checks => [Registration, Enforcement, AdminProtection, LegacyAuthentication];
}

public sealed record MfaHistoryPoint(string RunId, DateTimeOffset At, string? Overall, decimal? RegistrationPercent, decimal? AdminsPercent, string? ArtefactId);

/// <summary>Status of art21.2.j from the newest succeeded run; checks and findings are read back from its signed artefact.</summary>
public sealed class MfaControlStatusProvider(EvidenceRunStore runs, IEvidenceVault vault, IOptions<EvidenceOptions> options, IGraphTenantInfo tenant)
    : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds { get; } = [MfaEvaluator.ControlId];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var newest = await runs.LatestAsync(1, RunStatuses.Succeeded, ct);
        var latest = newest.Count > 0 ? newest[0] : null;
        if (latest is null)
            return new ControlStatus(ControlStatuses.NoEvidenceYet, null, tenant.IsDemo);
        var summary = latest.RegistrationPercent is { } p ? SummaryTexts.MfaRegistered.With(p) : null;
        return new ControlStatus(latest.Overall ?? ControlStatuses.Unknown, latest.FinishedAt, latest.IsDemo, FromTenant: true).Saying(summary);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) => await ViewAsync(ct);

    public async Task<MfaControlView> ViewAsync(CancellationToken ct)
    {
        var history = await runs.LatestAsync(options.Value.HistoryLength, RunStatuses.Succeeded, ct);
        var points = history.Select(r => new MfaHistoryPoint(r.Id, r.FinishedAt ?? r.StartedAt, r.Overall, r.RegistrationPercent, r.AdminsPercent, r.ArtefactId)).ToList();
        var latest = history.Count > 0 ? history[0] : null;
        if (latest?.ArtefactId is not { } artefactId || await vault.GetContentAsync(artefactId, ct) is not { } artefact)
            return new MfaControlView(ControlStatuses.NoEvidenceYet, latest?.IsDemo ?? tenant.IsDemo, null, null, null, null, null, [], [], [], points);

        var evaluation = JsonDocument.Parse(artefact.Content).RootElement.GetProperty("evaluation").Deserialize<MfaEvaluationView>(MfaArtefact.Json)
            ?? throw new InvalidDataException($"Artefact {artefactId} has no evaluation.");
        return new MfaControlView(evaluation.Overall, latest.IsDemo, latest.FinishedAt, latest.Id, artefactId,
            latest.RegistrationPercent, latest.AdminsPercent, evaluation.Reasons, evaluation.Checks, evaluation.Advisories, points);
    }
}
