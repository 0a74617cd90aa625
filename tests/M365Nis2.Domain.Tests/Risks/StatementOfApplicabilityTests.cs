using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class StatementOfApplicabilityTests
{
    private static readonly Nis2Catalogue Catalogue = Nis2Catalogue.Default;
    private static readonly HashSet<string> Risks = ["R-1"];

    private static StatementOfApplicability Complete() => StatementOfApplicability.Draft(Catalogue) is var draft
        ? draft with { Version = 1, Entries = [.. draft.Entries.Select(e => e with { Justification = "Required by the risk assessment" })] }
        : throw new InvalidOperationException();

    [Fact]
    public void Annex_A_has_93_controls_in_four_themes_numbered_as_the_standard()
    {
        Assert.Equal(93, AnnexA.Controls.Count);
        Assert.Equal(37, AnnexA.Controls.Count(c => c.Theme == AnnexATheme.Organisational));
        Assert.Equal(8, AnnexA.Controls.Count(c => c.Theme == AnnexATheme.People));
        Assert.Equal(14, AnnexA.Controls.Count(c => c.Theme == AnnexATheme.Physical));
        Assert.Equal(34, AnnexA.Controls.Count(c => c.Theme == AnnexATheme.Technological));
        Assert.Equal("Use of cryptography", AnnexA.Find("A.8.24")!.Title);
        Assert.Equal("Threat intelligence", AnnexA.Find("a.5.7")!.Title);
        Assert.All(AnnexA.Controls, c => Assert.False(string.IsNullOrWhiteSpace(c.TitleDa)));
    }

    [Fact]
    public void Every_Annex_A_control_the_catalogue_maps_a_measure_to_exists()
    {
        var mapped = Catalogue.Controls.SelectMany(c => c.Iso27001).Where(i => i.StartsWith("A.", StringComparison.Ordinal));
        Assert.All(mapped, id => Assert.NotNull(AnnexA.Find(id)));
    }

    [Fact]
    public void The_draft_lists_every_control_linked_to_the_measures_the_catalogue_maps_it_to()
    {
        var draft = StatementOfApplicability.Draft(Catalogue);
        Assert.Equal(93, draft.Entries.Count);
        Assert.Equal(["art21.2.c", "art21.2.j"], draft.Entries.Single(e => e.ControlId == "A.5.30").Measures);
        Assert.Empty(draft.Entries.Single(e => e.ControlId == "A.7.1").Measures);
    }

    [Fact]
    public void A_complete_statement_is_valid() => Assert.Empty(Complete().Validate(Catalogue, Risks));

    [Fact]
    public void Inclusion_and_exclusion_both_need_a_justification()
    {
        var soa = Complete();
        var entries = soa.Entries.Select(e => e.ControlId switch
        {
            "A.7.1" => e with { Applicable = false, Justification = "" },
            "A.5.1" => e with { Justification = " " },
            _ => e,
        }).ToList();
        var problems = (soa with { Entries = entries }).Validate(Catalogue, Risks).Select(p => p.English).ToList();
        Assert.Contains(problems, p => p.StartsWith("A.7.1: a justification is required (why it is excluded)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("A.5.1: a justification is required (why it is included)", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_duplicate_and_unknown_controls_are_named()
    {
        var soa = Complete();
        var entries = soa.Entries.Where(e => e.ControlId != "A.8.34").Append(soa.Entries[0]).Append(soa.Entries[0] with { ControlId = "A.9.1" }).ToList();
        var problems = (soa with { Entries = entries }).Validate(Catalogue, Risks).Select(p => p.English).ToList();
        Assert.Contains(problems, p => p.Contains("missing: A.8.34", StringComparison.Ordinal));
        Assert.Contains("A.5.1 is listed more than once.", problems);
        Assert.Contains("A.9.1 is not an ISO/IEC 27001:2022 Annex A control.", problems);
    }

    [Fact]
    public void Links_must_point_at_known_measures_and_risks_and_excluded_controls_have_no_state()
    {
        var soa = Complete();
        var entries = soa.Entries.Select(e => e.ControlId == "A.5.2"
            ? e with { Applicable = false, Implementation = ImplementationState.Implemented, Measures = ["art99"], RiskIds = ["R-404"] }
            : e).ToList();
        var problems = (soa with { Entries = entries }).Validate(Catalogue, Risks).Select(p => p.English).ToList();
        Assert.Contains("A.5.2: an excluded control has no implementation state.", problems);
        Assert.Contains("A.5.2: art99 is not a NIS2 measure in the catalogue.", problems);
        Assert.Contains("A.5.2: risk R-404 is not in the register.", problems);
    }

    [Fact]
    public void Summary_counts_applicable_and_implementation_states()
    {
        var soa = Complete();
        var entries = soa.Entries.Select((e, i) => i switch
        {
            0 => e with { Implementation = ImplementationState.Implemented },
            1 => e with { Implementation = ImplementationState.PartiallyImplemented },
            2 => e with { Implementation = ImplementationState.Planned },
            3 => e with { Applicable = false },
            _ => e,
        }).ToList();
        Assert.Equal(new SoaSummary(93, 92, 1, 1, 1, 1, 89), (soa with { Entries = entries }).Summary());
    }

    [Fact]
    public void The_hash_ignores_entry_order_but_not_content()
    {
        var soa = Complete();
        var reversed = soa with { Entries = [.. soa.Entries.Reverse()] };
        Assert.Equal(soa.Sha256(), reversed.Sha256());
        var changed = soa with { Entries = [.. soa.Entries.Select((e, i) => i == 5 ? e with { Justification = "Other" } : e)] };
        Assert.NotEqual(soa.Sha256(), changed.Sha256());
        Assert.Matches("^[0-9a-f]{64}$", soa.Sha256());
    }
}
