using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class AcceptanceRemindersTests
{
    private static readonly DateOnly Expires = Today.AddDays(30);

    [Theory]
    [InlineData(AcceptanceState.Valid, -31, AcceptanceReminder.None)]
    [InlineData(AcceptanceState.Valid, -30, AcceptanceReminder.ExpiresSoon)]
    [InlineData(AcceptanceState.Valid, 0, AcceptanceReminder.ExpiresSoon)]
    [InlineData(AcceptanceState.Expired, 1, AcceptanceReminder.Expired)]
    [InlineData(AcceptanceState.Stale, 0, AcceptanceReminder.None)]
    [InlineData(AcceptanceState.Pending, 0, AcceptanceReminder.None)]
    public void A_reminder_comes_within_the_window_before_expiry_and_once_expired(AcceptanceState state, int daysFromExpiry, AcceptanceReminder expected) =>
        Assert.Equal(expected, AcceptanceReminders.Due(state, Expires, Expires.AddDays(daysFromExpiry), 30));

    [Fact]
    public void No_window_means_only_the_expiry_reminder() =>
        Assert.Equal(AcceptanceReminder.None, AcceptanceReminders.Due(AcceptanceState.Valid, Expires, Expires, 0));
}
