using System.Globalization;
using System.Text.Json;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Risks;

/// <summary>One SoA version as stored: the statement, its signed artefact and the board's decision.</summary>
public sealed record SoaRecord(StatementOfApplicability Statement, string ArtefactId, DateTimeOffset SavedAt, string SavedBy,
    string? RoundId, string Decision, DateTimeOffset? DecidedAt, string? DecisionArtefactId);

/// <summary>Body of PUT /api/soa: every Annex A control's entry.</summary>
public sealed record SoaInput(IReadOnlyList<SoaEntry>? Entries);

/// <summary>
/// The Statement of Applicability: each saved version is validated, signed into the vault (Art. 21(2)(a), in every audit
/// pack) and can be put to the board, whose vote is bound to the version's artefact id (its sha256).
/// </summary>
public sealed class SoaService(GovernanceStore store, RiskService risks, IEvidenceVault vault, IApprovalSubjects approvals,
    IOptions<RisksOptions> options, RiskClock clock)
{
    public const string Kind = "soa";
    public const string ArtefactKind = "soa.version";
    private static readonly JsonSerializerOptions Json = new(RiskJson.Options) { WriteIndented = true };

    public async Task<IReadOnlyList<SoaRecord>> VersionsAsync(CancellationToken ct) =>
        [.. (await store.ListAsync<SoaRecord>(GovernanceStore.Soas, ct)).OrderBy(s => s.Statement.Version)];

    /// <summary>The latest version, or the draft from the catalogue (version 0) when none was saved.</summary>
    public async Task<(StatementOfApplicability Statement, SoaRecord? Record)> CurrentAsync(CancellationToken ct) =>
        await VersionsAsync(ct) is [.., var last] ? (last.Statement, last) : (StatementOfApplicability.Draft(Nis2Catalogue.Default), null);

    public async Task<(SoaRecord? Record, IReadOnlyList<CodedText> Problems, bool Conflict)> SaveAsync(SoaInput input, string actor, CancellationToken ct)
    {
        var (current, _) = await CurrentAsync(ct);
        var riskIds = (await risks.ListAsync(ct)).Select(r => r.Risk.Id).ToHashSet(StringComparer.Ordinal);
        var entries = (input.Entries ?? []).Select(e => e with
        {
            Justification = e.Justification?.Trim() ?? "", Measures = e.Measures ?? [], RiskIds = e.RiskIds ?? [],
        }).ToList();
        var statement = new StatementOfApplicability(current.Version + 1, entries);
        var problems = statement.Validate(Nis2Catalogue.Default, riskIds);
        if (problems.Count > 0)
            return (null, problems, false);
        if (current.Version > 0 && statement.Sha256() == (current with { Version = statement.Version }).Sha256())
            return (null, [RiskInputTexts.SoaUnchanged.With(current.Version)], false);
        var receipt = await vault.PutAsync(JsonSerializer.SerializeToUtf8Bytes(new { type = ArtefactKind, statement.Version, savedAt = clock.Now, savedBy = actor,
            sha256 = statement.Sha256(), summary = statement.Summary(), statement.Entries }, Json),
            "application/json", ArtefactKind, ["art21.2.a"], new Dictionary<string, string> { ["version"] = statement.Version.ToString(CultureInfo.InvariantCulture) }, actor, ct);
        var record = new SoaRecord(statement, receipt.Id, clock.Now, actor, null, "Draft", null, null);
        return await store.TryAddAsync(GovernanceStore.Soas, statement.Version, record, ct)
            ? (record, [], false)
            : (null, [RiskInputTexts.SoaSavedMeanwhile.With()], true);
    }

    /// <summary>Puts the latest saved version to the board.</summary>
    public async Task<(SoaRecord? Record, IReadOnlyList<CodedText> Problems, bool Conflict)> RequestApprovalAsync(string actor, CancellationToken ct)
    {
        if (await VersionsAsync(ct) is not [.., var latest])
            return (null, [RiskInputTexts.SoaNoVersion.With()], false);
        if (latest.Decision is "Pending" or "Approved")
            return (null, [(latest.Decision == "Pending" ? RiskInputTexts.SoaPending : RiskInputTexts.SoaApproved).With(latest.Statement.Version)], true);
        var s = latest.Statement.Summary();
        var version = latest.Statement.Version;
        var subject = new ApprovalSubject(Kind, version.ToString(CultureInfo.InvariantCulture), version, latest.ArtefactId,
            new($"Statement of Applicability, version {version}", $"Anvendelseserklæring, version {version}"),
            [
                new(new("Applicable controls", "Relevante kontroller"), LocalText.Same($"{s.Applicable} / {s.Controls}")),
                new(new("Implemented", "Implementeret"), LocalText.Same($"{s.Implemented} (+{s.Partial} partly, {s.Planned} planned)")),
                new(new("Excluded", "Fravalgt"), LocalText.Same(s.Excluded.ToString(CultureInfo.InvariantCulture))),
                new(new("Document", "Dokument"), LocalText.Same(latest.ArtefactId[..12])),
            ],
            "/tab/soa", ["art21.2.a"]);
        var start = await approvals.StartAsync(new SubjectRoundRequest(subject, actor, null, ExcludeRequester: true, QuorumRule.Majority,
            clock.Now.AddDays(options.Value.DecisionDays)), ct);
        if (start.RoundId is not { } roundId)
            return (null, start.Problems, start.Conflict);
        var updated = await store.UpdateAsync<SoaRecord>(GovernanceStore.Soas, version, r => r with { RoundId = roundId, Decision = "Pending" }, ct);
        return (updated, [], false);
    }

    public Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct) =>
        store.UpdateAsync<SoaRecord>(GovernanceStore.Soas, decision.Version, r => r.RoundId == decision.RoundId
            ? r with { Decision = decision.Decision.ToString(), DecidedAt = decision.DecidedAt, DecisionArtefactId = decision.DecisionArtefactId }
            : r, ct);
}

public sealed class SoaDecidedHandler(SoaService soa) : IApprovalSubjectHandler
{
    public string Kind => SoaService.Kind;

    public Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct) => soa.OnDecidedAsync(decision, ct);
}
