using M365Nis2.Domain.Reach;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Tests.Reach;

public class AppInstallRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly AppInstallRules Rules = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1));

    [Fact]
    public void Nothing_recorded_is_requested() =>
        Assert.IsType<AppInstallDecision.Request>(Rules.Decide(null, null, null, Now));

    [Fact]
    public void A_recent_request_is_waited_for_not_repeated()
    {
        var decision = Assert.IsType<AppInstallDecision.Wait>(Rules.Decide(AppInstallState.Requested, Now.AddSeconds(-5), null, Now));
        Assert.Equal(TimeSpan.FromSeconds(30), decision.RetryAfter);
    }

    [Fact]
    public void The_wait_never_reaches_past_the_event_timeout()
    {
        var decision = Assert.IsType<AppInstallDecision.Wait>(Rules.Decide(AppInstallState.Requested, Now.AddMinutes(-30).AddSeconds(10), null, Now));
        Assert.Equal(TimeSpan.FromSeconds(10), decision.RetryAfter);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(600)]
    public void A_request_whose_event_never_came_is_requested_again(int minutesAgo) =>
        Assert.IsType<AppInstallDecision.Request>(Rules.Decide(AppInstallState.Requested, Now.AddMinutes(-minutesAgo), null, Now));

    [Fact]
    public void A_recent_refusal_keeps_its_reason()
    {
        var decision = Assert.IsType<AppInstallDecision.Refuse>(Rules.Decide(AppInstallState.Refused, Now.AddMinutes(-59), ReachTexts.NoLicence.With(), Now));
        Assert.Equal(ReachTexts.NoLicence.Code, decision.Reason.Code);
        Assert.Contains("Teams-licens", decision.Reason.Danish, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_without_a_stored_reason_still_says_why() =>
        Assert.Contains("not reached", Assert.IsType<AppInstallDecision.Refuse>(Rules.Decide(AppInstallState.Refused, Now, null, Now)).Reason.English);

    [Theory]
    [InlineData(60)]
    [InlineData(61)]
    public void An_old_refusal_is_asked_again_so_a_granted_permission_takes_effect(int minutesAgo) =>
        Assert.IsType<AppInstallDecision.Request>(Rules.Decide(AppInstallState.Refused, Now.AddMinutes(-minutesAgo), ReachTexts.PermissionMissing.With(), Now));

    [Fact]
    public void A_record_from_the_future_clock_skew_is_waited_for() =>
        Assert.IsType<AppInstallDecision.Wait>(Rules.Decide(AppInstallState.Requested, Now.AddMinutes(1), null, Now));
}
