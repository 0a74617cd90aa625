using M365Nis2.Domain.Scope;

namespace M365Nis2.Domain.Tests.Scope;

public class ClassificationApprovalTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static ScopeAnswers Answers(int staff = 400, params string[] types) =>
        new(types.Length == 0 ? ["drinking-water.supplier"] : types, new SizeFigures(staff, 80_000_000m, 60_000_000m));

    private static string Hash(ScopeAnswers a) => ClassificationApproval.Hash(a, ScopeClassifier.Classify(a));

    [Fact]
    public void The_hash_ignores_activity_order_duplicates_and_trailing_zeros_in_money()
    {
        var a = Answers(400, "food.business", "digital.dns");
        var b = Answers(400, "digital.dns", "food.business", "digital.dns") with { Size = new SizeFigures(400, 80_000_000.00m, 60_000_000.0m) };
        Assert.Equal(Hash(a), Hash(b));
        Assert.Matches("^[0-9a-f]{64}$", Hash(a));
    }

    public static TheoryData<string, Func<ScopeAnswers, ScopeAnswers>> Changes => new()
    {
        { "staff", a => a with { Size = a.Size with { Staff = 401 } } },
        { "turnover", a => a with { Size = a.Size with { AnnualTurnoverEur = 80_000_001m } } },
        { "balance sheet", a => a with { Size = a.Size with { BalanceSheetTotalEur = 1m } } },
        { "partner or linked", a => a with { Size = a.Size with { HasPartnerOrLinkedEnterprises = true } } },
        { "partner or linked included", a => a with { Size = a.Size with { PartnerOrLinkedIncluded = true } } },
        { "activity", a => a with { EntityTypeIds = ["waste-water.undertaking"] } },
        { "services in the EU", a => a with { ProvidesServicesInEu = false } },
        { "critical entity", a => a with { IsCriticalEntityUnderCer = true } },
        { "designation", a => a with { Designation = AuthorityDesignation.Important } },
        { "sole provider", a => a with { SoleProviderOfEssentialService = true } },
        { "public safety", a => a with { DisruptionAffectsPublicSafetyOrHealth = true } },
        { "systemic risk", a => a with { DisruptionInducesSystemicRisk = true } },
        { "national importance", a => a with { NationalOrRegionalImportance = true } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_changed_answer_changes_the_hash(string answer, Func<ScopeAnswers, ScopeAnswers> change)
    {
        var before = Answers();
        Assert.True(Hash(before) != Hash(change(before)), answer);
    }

    [Fact]
    public void The_same_answers_with_a_different_result_hash_differently()
    {
        var a = Answers();
        var result = ScopeClassifier.Classify(a);
        Assert.NotEqual(ClassificationApproval.Hash(a, result), ClassificationApproval.Hash(a, result with { Category = EntityCategory.Important }));
    }

    private static ClassificationRound Round(string hash, ClassificationDecision decision, int minutes, int version = 1) =>
        new(version, hash, $"r{minutes}", decision, T0.AddMinutes(minutes), decision == ClassificationDecision.Pending ? null : T0.AddMinutes(minutes + 5));

    [Fact]
    public void Never_sent_is_none_and_may_be_sent()
    {
        var (state, round) = ClassificationApproval.Status("h1", []);
        Assert.Equal(ClassificationApprovalState.None, state);
        Assert.Null(round);
        Assert.Null(ClassificationApproval.RefuseRequest(state));
    }

    [Theory]
    [InlineData(ClassificationDecision.Pending, ClassificationApprovalState.Pending, true)]
    [InlineData(ClassificationDecision.Approved, ClassificationApprovalState.Approved, true)]
    [InlineData(ClassificationDecision.Rejected, ClassificationApprovalState.Rejected, false)]
    [InlineData(ClassificationDecision.Lapsed, ClassificationApprovalState.Lapsed, false)]
    public void The_round_on_the_current_answers_decides_the_state(ClassificationDecision decision, ClassificationApprovalState expected, bool refused)
    {
        var (state, round) = ClassificationApproval.Status("h1", [Round("h1", decision, 0)]);
        Assert.Equal(expected, state);
        Assert.Equal("r0", round!.RoundId);
        Assert.Equal(refused, ClassificationApproval.RefuseRequest(state) is not null);
    }

    [Fact]
    public void An_approval_of_other_answers_leaves_the_current_ones_not_approved()
    {
        var (state, round) = ClassificationApproval.Status("h2", [Round("h1", ClassificationDecision.Approved, 0)]);
        Assert.Equal(ClassificationApprovalState.Changed, state);
        Assert.Equal("h1", round!.Sha256);
        Assert.Null(ClassificationApproval.RefuseRequest(state));
    }

    [Fact]
    public void Going_back_to_exactly_the_approved_answers_is_approved_again_even_after_a_later_rejection_of_other_answers()
    {
        var rounds = new[]
        {
            Round("h1", ClassificationDecision.Approved, 0, version: 1),
            Round("h2", ClassificationDecision.Rejected, 10, version: 2),
        };
        Assert.Equal(ClassificationApprovalState.Approved, ClassificationApproval.Status("h1", rounds).State);
        Assert.Equal(ClassificationApprovalState.Rejected, ClassificationApproval.Status("h2", rounds).State);
    }

    [Fact]
    public void A_new_round_after_a_rejection_is_what_counts()
    {
        var rounds = new[] { Round("h1", ClassificationDecision.Rejected, 0), Round("h1", ClassificationDecision.Pending, 10) };
        var (state, round) = ClassificationApproval.Status("h1", rounds);
        Assert.Equal(ClassificationApprovalState.Pending, state);
        Assert.Equal("r10", round!.RoundId);
    }
}
