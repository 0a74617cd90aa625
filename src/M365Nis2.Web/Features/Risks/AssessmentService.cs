using System.Text.Json;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Risks;

/// <summary>One yearly risk assessment: the signed snapshot of register and method, and the board's decision on it.</summary>
public sealed record AssessmentRecord(int Number, int MethodVersion, string SnapshotArtefactId, int Risks, DateTimeOffset CreatedAt,
    string CreatedBy, string? RoundId, string Decision, DateTimeOffset? DecidedAt, string? DecisionArtefactId);

/// <summary>
/// The yearly risk assessment: a snapshot of the method and the whole register (with each risk's posture and decisions)
/// signed into the vault under Art. 21(2)(a), then put to the board; the vote is bound to the snapshot's sha256, which
/// is its artefact id.
/// </summary>
public sealed class AssessmentService(
    GovernanceStore store,
    RiskService risks,
    AssetStore assets,
    RiskMethodService methods,
    IEvidenceVault vault,
    IApprovalSubjects approvals,
    IOptions<RisksOptions> options,
    RiskClock clock)
{
    public const string Kind = "risk-assessment";
    public const string SnapshotKind = "risk.assessment.snapshot";
    private static readonly JsonSerializerOptions Json = new(RiskJson.Options) { WriteIndented = true };

    public async Task<IReadOnlyList<AssessmentRecord>> ListAsync(CancellationToken ct) =>
        [.. (await store.ListAsync<AssessmentRecord>(GovernanceStore.Assessments, ct)).OrderBy(a => a.Number)];

    /// <summary>The latest assessment the board approved, as the (a) rule reads it.</summary>
    public async Task<AssessmentApproval?> LastApprovedAsync(CancellationToken ct) =>
        (await ListAsync(ct)).LastOrDefault(a => a.Decision == nameof(Decision.Approved) && a.DecidedAt is not null) is { } a
            ? new AssessmentApproval(clock.DateOn(a.DecidedAt!.Value), a.MethodVersion, a.SnapshotArtefactId)
            : null;

    public async Task<(AssessmentRecord? Record, IReadOnlyList<CodedText> Problems, bool Conflict)> StartAsync(Domain.Risks.Person actor, CancellationToken ct)
    {
        var all = await ListAsync(ct);
        if (all is [.., { Decision: nameof(Decision.Pending) } open])
            return (null, [RiskInputTexts.AssessmentOpen.With(open.Number)], true);
        var method = await methods.CurrentAsync(ct);
        var register = await risks.ListAsync(ct);
        var number = (all is [.., var last] ? last.Number : 0) + 1;
        var snapshot = Snapshot(number, method, register, await assets.ListAsync(ct), actor);
        var receipt = await vault.PutAsync(snapshot, "application/json", SnapshotKind, ["art21.2.a"],
            new Dictionary<string, string> { ["assessment"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) }, actor.ObjectId, ct);
        var record = new AssessmentRecord(number, method.Version, receipt.Id, register.Count, clock.Now, actor.ObjectId, null, nameof(Decision.Pending), null, null);
        if (!await store.TryAddAsync(GovernanceStore.Assessments, number, record, ct))
            return (null, [RiskInputTexts.AssessmentStartedMeanwhile.With()], true);

        var postures = register.Select(r => RiskPosture.Of(new(r.Risk, r.PlanApproval, r.Acceptance), method, clock.Today)).ToList();
        var subject = new ApprovalSubject(Kind, number.ToString(System.Globalization.CultureInfo.InvariantCulture), number, receipt.Id,
            new($"Risk assessment {clock.Today.Year} (no. {number})", $"Risikovurdering {clock.Today.Year} (nr. {number})"),
            [
                new(new("Risks", "Risici"), LocalText.Same(register.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                new(new("Above appetite after treatment", "Over appetit efter behandling"),
                    LocalText.Same(postures.Count(p => p.EffectiveAboveAppetite).ToString(System.Globalization.CultureInfo.InvariantCulture))),
                new(new("Not covered", "Ikke dækket"), LocalText.Same(postures.Count(p => !p.IsCovered).ToString(System.Globalization.CultureInfo.InvariantCulture))),
                new(new("Method", "Metode"), new(
                    $"v{method.Version}: {method.Likelihood.Count} × {method.Impact.Count}, appetite {method.AppetiteThreshold}, review every {method.ReviewPeriodMonths} months",
                    $"v{method.Version}: {method.Likelihood.Count} × {method.Impact.Count}, appetit {method.AppetiteThreshold}, gennemgang hver {method.ReviewPeriodMonths}. måned")),
                new(new("Snapshot", "Øjebliksbillede"), LocalText.Same(receipt.Id[..12])),
            ],
            "/tab/risks", ["art21.2.a"]);
        var start = await approvals.StartAsync(new SubjectRoundRequest(subject, actor.ObjectId, null, ExcludeRequester: true, QuorumRule.Majority,
            clock.Now.AddDays(options.Value.DecisionDays)), ct);
        var updated = await store.UpdateAsync<AssessmentRecord>(GovernanceStore.Assessments, number,
            r => start.RoundId is { } id ? r with { RoundId = id } : r with { Decision = "NotStarted" }, ct);
        return start.RoundId is null ? (updated, start.Problems, start.Conflict) : (updated, [], false);
    }

    public Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct) =>
        store.UpdateAsync<AssessmentRecord>(GovernanceStore.Assessments, decision.Version, r => r.RoundId == decision.RoundId
            ? r with { Decision = decision.Decision.ToString(), DecidedAt = decision.DecidedAt, DecisionArtefactId = decision.DecisionArtefactId }
            : r, ct);

    /// <summary>The signed snapshot: method, every risk with its posture and decisions, the assets.</summary>
    private byte[] Snapshot(int number, RiskMethod method, IReadOnlyList<StoredRisk> register, IReadOnlyList<Asset> assetList, Domain.Risks.Person actor) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = SnapshotKind,
            assessment = number,
            takenAt = clock.Now,
            takenBy = actor,
            method,
            methodSha256 = RiskHashes.Method(method),
            risks = register.Select(r => new
            {
                risk = r.Risk,
                version = r.Version,
                sha256 = RiskHashes.Risk(r.Risk, method),
                posture = RiskPosture.Of(new(r.Risk, r.PlanApproval, r.Acceptance), method, clock.Today),
                planApproval = r.PlanApproval,
                acceptance = r.Acceptance,
            }),
            assets = assetList,
        }, Json);
}

/// <summary>Tells the assessment service of the board's decision.</summary>
public sealed class AssessmentDecidedHandler(AssessmentService assessments) : IApprovalSubjectHandler
{
    public string Kind => AssessmentService.Kind;

    public Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct) => assessments.OnDecidedAsync(decision, ct);
}
