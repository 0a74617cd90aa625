using System.Text.Json.Serialization;
using M365Nis2.Domain.Scope;

namespace M365Nis2.Web.Features.Scope;

public sealed record ReasonView(string Article, string Text, string TextDa);

public sealed record NameView(string Name, string NameDa);

public sealed record FineView(decimal FixedEur, decimal TurnoverPercent, decimal MaximumEur, string Article);

public sealed record ScopeResultView(string Category, string Size, IReadOnlyList<ReasonView> Reasons, IReadOnlyList<ReasonView> Notes,
    FineView? Fine, IReadOnlyList<NameView> Authorities, string? DecidingTypeId);

/// <summary>The current classification; <see cref="Sha256"/> is what a board approval is bound to.</summary>
public sealed record ScopeView(int Version, DateTimeOffset SavedAt, string SavedByName, string ArtefactId, ScopeInput Answers, ScopeResultView Result,
    string Sha256, ScopeApprovalView Approval, [property: JsonIgnore] ScopeAnswers DomainAnswers, [property: JsonIgnore] ScopeResult DomainResult);

/// <summary>
/// Where the current classification stands with the board: none, pending, approved, rejected, lapsed, or changed (the
/// board approved other answers). The round fields describe the round the state rests on.
/// </summary>
public sealed record ScopeApprovalView(string State, int? Version, string? RoundId, DateTimeOffset? RequestedAt, string? RequestedByName,
    DateTimeOffset? Deadline, DateTimeOffset? DecidedAt, IReadOnlyList<string> Approvers, string? DecisionArtefactId);

public sealed record ScopeVersionView(int Version, DateTimeOffset SavedAt, string SavedByName, string ArtefactId, string Summary,
    DateTimeOffset? SubmittedAt, string? SubmittedArtefactId);

public sealed record EntityTypeView(string Id, string Name, string NameDa, string Rule);

public sealed record SubsectorView(string Name, string NameDa, IReadOnlyList<EntityTypeView> Types);

public sealed record SectorView(string Id, string Annex, string Name, string NameDa, string Authority, string AuthorityDa, IReadOnlyList<SubsectorView> Subsectors);

public static class ScopeViews
{
    public static ScopeResultView Result(ScopeResult r) => new(
        Camel(r.Category.ToString()), Camel(r.Size.ToString()),
        r.Reasons.Select(Reason).ToList(), r.Notes.Select(Reason).ToList(),
        r.Fine is { } f ? new FineView(f.FixedEur, f.TurnoverPercent, f.MaximumEur, f.Article) : null,
        r.Authorities.Select(a => new NameView(a.Name, a.NameDa)).ToList(), r.DecidingType?.Id);

    public static IReadOnlyList<SectorView> Catalogue(ScopeCatalogue catalogue) => catalogue.Sectors.Select(s => new SectorView(
        s.Id, s.Annex, s.Name.Name, s.Name.NameDa, s.Authority.Name, s.Authority.NameDa,
        catalogue.Types.Where(t => t.Sector == s).GroupBy(t => t.Subsector)
            .Select(g => new SubsectorView(g.Key.Name, g.Key.NameDa, g.Select(t => new EntityTypeView(t.Id, t.Name.Name, t.Name.NameDa, Camel(t.Rule.ToString()))).ToList()))
            .ToList())).ToList();

    public static ScopeVersionView Version(ScopeVersionRow r) =>
        new(r.Version, r.SavedAt, r.SavedByName, r.ArtefactId, r.Summary, r.SubmittedAt, r.SubmittedArtefactId);

    public static ScopeApprovalView Approval(ClassificationApprovalState state, ScopeRoundRow? round) => round is null
        ? new(Camel(state.ToString()), null, null, null, null, null, null, [], null)
        : new(Camel(state.ToString()), round.Version, round.RowKey, round.RequestedAt, round.RequestedByName, round.Deadline, round.DecidedAt,
            round.Approvers.Split("; ", StringSplitOptions.RemoveEmptyEntries), round.DecisionArtefactId);

    private static ReasonView Reason(ScopeReason r) => new(r.Article, r.Text, r.TextDa);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
