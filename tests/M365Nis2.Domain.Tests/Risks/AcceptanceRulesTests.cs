using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class AcceptanceRulesTests
{
    private static readonly RiskMethod Method = RiskMethod.Default;
    private static readonly AcceptanceRequest Good = new("Segmentation lands in Q3", ["Monthly restore test"], Today.AddMonths(6));

    private static List<string> Validate(RiskMethod method, Risk risk, AcceptanceRequest request, DateOnly today) =>
        [.. AcceptanceRules.Validate(method, risk, request, today).Select(p => p.English)];

    [Fact]
    public void A_risk_above_appetite_with_a_justification_and_a_near_expiry_may_go_to_the_board() =>
        Assert.Empty(Validate(Method, Risk(3, 4), Good, Today));

    [Fact]
    public void A_risk_within_appetite_needs_no_acceptance() =>
        Assert.Contains(Validate(Method, Risk(3, 4, residual: (2, 3)), Good, Today), p => p.Contains("within the appetite", StringComparison.Ordinal));

    [Fact]
    public void Justification_is_required() =>
        Assert.Contains(Validate(Method, Risk(), Good with { Justification = " " }, Today), p => p.Contains("justification", StringComparison.Ordinal));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Expiry_must_be_in_the_future(int days) =>
        Assert.Contains(Validate(Method, Risk(), Good with { ExpiresOn = Today.AddDays(days) }, Today), p => p.Contains("future", StringComparison.Ordinal));

    [Fact]
    public void Expiry_may_not_exceed_the_methods_maximum()
    {
        Assert.Empty(Validate(Method, Risk(), Good with { ExpiresOn = Today.AddMonths(12) }, Today));
        Assert.Contains(Validate(Method, Risk(), Good with { ExpiresOn = Today.AddMonths(12).AddDays(1) }, Today),
            p => p.Contains("at most 12 months", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_or_too_many_conditions_are_refused()
    {
        Assert.Contains(Validate(Method, Risk(), Good with { Conditions = [""] }, Today), p => p.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(Validate(Method, Risk(), Good with { Conditions = [.. Enumerable.Repeat("c", 11)] }, Today),
            p => p.Contains("At most 10", StringComparison.Ordinal));
    }

    [Fact]
    public void The_requester_is_not_among_the_approvers_and_may_not_decide()
    {
        var board = new[] { new Person("ciso-1", "Mette"), new Person("b-2", "Birgitte"), new Person("b-3", "Charlotte") };
        var approvers = AcceptanceRules.Approvers(board, p => p.ObjectId, "CISO-1");
        Assert.Equal(["b-2", "b-3"], approvers.Select(a => a.ObjectId));
        Assert.False(AcceptanceRules.MayDecide("ciso-1", "CISO-1"));
        Assert.True(AcceptanceRules.MayDecide("b-2", "ciso-1"));
    }

    [Fact]
    public void A_requester_alone_on_the_board_leaves_nobody_to_decide() =>
        Assert.Empty(AcceptanceRules.Approvers([new Person("ciso-1", "Mette")], p => p.ObjectId, "ciso-1"));

    [Fact]
    public void An_accepted_acceptance_for_the_current_risk_is_valid_until_its_expiry_day_inclusive()
    {
        var risk = Risk();
        var acceptance = Accepted(risk, Today.AddDays(10));
        var hash = RiskHashes.Risk(risk, Method);
        Assert.Equal(AcceptanceState.Valid, AcceptanceRules.Evaluate(acceptance, hash, Today));
        Assert.Equal(AcceptanceState.Valid, AcceptanceRules.Evaluate(acceptance, hash, Today.AddDays(10)));
        Assert.Equal(AcceptanceState.Expired, AcceptanceRules.Evaluate(acceptance, hash, Today.AddDays(11)));
    }

    [Fact]
    public void A_material_change_makes_the_acceptance_stale()
    {
        var risk = Risk();
        var acceptance = Accepted(risk);
        var changed = risk with { Inherent = new(4, 4) };
        Assert.Equal(AcceptanceState.Stale, AcceptanceRules.Evaluate(acceptance, RiskHashes.Risk(changed, Method), Today));
    }

    [Fact]
    public void Renaming_or_relinking_a_risk_keeps_the_acceptance()
    {
        var risk = Risk();
        var acceptance = Accepted(risk);
        var edited = risk with { Title = "Ransomware (OT)", Measures = ["art21.2.b"], AnnexA = ["A.8.7"], ReviewDate = Today.AddMonths(1) };
        Assert.Equal(AcceptanceState.Valid, AcceptanceRules.Evaluate(acceptance, RiskHashes.Risk(edited, Method), Today));
    }

    [Fact]
    public void A_changed_method_makes_the_acceptance_stale()
    {
        var risk = Risk();
        var acceptance = Accepted(risk);
        Assert.Equal(AcceptanceState.Stale, AcceptanceRules.Evaluate(acceptance, RiskHashes.Risk(risk, Method with { Version = 2 }), Today));
    }

    [Theory]
    [InlineData(AcceptanceDecision.Pending, AcceptanceState.Pending)]
    [InlineData(AcceptanceDecision.Rejected, AcceptanceState.Rejected)]
    [InlineData(AcceptanceDecision.Lapsed, AcceptanceState.Lapsed)]
    public void Undecided_or_refused_acceptances_say_so(AcceptanceDecision decision, AcceptanceState state)
    {
        var risk = Risk();
        Assert.Equal(state, AcceptanceRules.Evaluate(Accepted(risk) with { Decision = decision }, RiskHashes.Risk(risk, Method), Today));
    }

    [Fact]
    public void No_acceptance_is_none() => Assert.Equal(AcceptanceState.None, AcceptanceRules.Evaluate(null, "x", Today));
}
