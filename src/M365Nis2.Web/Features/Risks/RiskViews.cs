using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Risks;

namespace M365Nis2.Web.Features.Risks;

/// <summary>One risk as the API and the tab show it: the risk, where it stands, and its decisions.</summary>
public sealed record RiskView(Risk Risk, int Version, RiskPosture Posture, RiskBand InherentBand, RiskBand EffectiveBand,
    OwnerApproval? PlanApproval, RiskAcceptance? Acceptance, string? AcceptanceRoundId, string? PlanRoundId, DateTimeOffset UpdatedAt);

/// <summary>GET /api/risks: the method, every risk and both heat maps.</summary>
public sealed record RegisterView(RiskMethod Method, string Status, IReadOnlyList<RiskView> Risks,
    IReadOnlyList<HeatCell> HeatMapBefore, IReadOnlyList<HeatCell> HeatMapAfter, AssessmentRecord? LastAssessment, DateOnly Today);

/// <summary>GET /api/risks/{id}: the risk with its history and the owner's treatment tasks.</summary>
public sealed record RiskDetailView(RiskView Risk, IReadOnlyList<RiskHistoryEntry> History, IReadOnlyList<Asset> Assets,
    IReadOnlyList<TreatmentTaskView> Tasks);

/// <summary>One SoA row with the control's titles, for the tab.</summary>
public sealed record SoaRowView(string ControlId, string Theme, string Title, string TitleDa, SoaEntry Entry);

/// <summary>GET /api/soa: the current version (or the draft) with its decision.</summary>
public sealed record SoaView(int Version, string? ArtefactId, string Decision, DateTimeOffset? DecidedAt, string? RoundId, SoaSummary Summary,
    IReadOnlyList<SoaRowView> Rows);

public static class RiskViewMapping
{
    public static RiskView View(StoredRisk s, RiskPosture posture, RiskMethod method) => new(s.Risk, s.Version, posture,
        method.Band(s.Risk.Inherent.Score), method.Band(s.Risk.Effective.Score), s.PlanApproval, s.Acceptance, s.AcceptanceRoundId, s.PlanRoundId, s.UpdatedAt);

    public static RegisterView Register(RiskOverview o)
    {
        var risks = o.Risks.Select(r => r.Stored.Risk).ToList();
        return new(o.Method, RiskStatus.StatusOf(o.Management.Outcome), [.. o.Risks.Select(r => View(r.Stored, r.Posture, o.Method))],
            HeatMap.Build(o.Method, risks, TreatmentStage.BeforeTreatment), HeatMap.Build(o.Method, risks, TreatmentStage.AfterTreatment),
            o.LastAssessment, o.Today);
    }

    public static SoaView Soa(StatementOfApplicability statement, SoaRecord? record) => new(statement.Version, record?.ArtefactId,
        record?.Decision ?? "Draft", record?.DecidedAt, record?.RoundId, statement.Summary(),
        [.. statement.Entries.Select(e => AnnexA.Find(e.ControlId) is { } c
            ? new SoaRowView(c.Id, c.Theme.ToString(), c.Title, c.TitleDa, e)
            : new SoaRowView(e.ControlId, "", e.ControlId, e.ControlId, e))]);
}
