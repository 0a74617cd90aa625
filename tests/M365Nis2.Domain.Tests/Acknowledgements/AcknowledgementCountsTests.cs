using M365Nis2.Domain.Acknowledgements;

namespace M365Nis2.Domain.Tests.Acknowledgements;

public class AcknowledgementCountsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static IEnumerable<PolicyAcknowledgement> Mix()
    {
        PolicyAcknowledgement P(int i) => new($"u{i}", "h", 1);
        yield return P(1);                                                                        // pending
        yield return P(2).Asked(T0).Acknowledgement;                                              // asked
        yield return P(3).Asked(T0).Acknowledgement.Acknowledge("h", AcknowledgementChannel.Card, T0).Acknowledgement;
        yield return P(4).Acknowledge(null, AcknowledgementChannel.Tab, T0).Acknowledgement;      // in the tab, never asked
        yield return P(5).SendFailed("no chat").Acknowledgement;                                  // failed
    }

    [Fact]
    public void Counts_each_state_and_the_rate_over_the_whole_audience()
    {
        var c = AcknowledgementCounts.Of(Mix(), T0, T0.AddDays(14));
        Assert.Equal(new AcknowledgementCounts(5, 1, 2, 2, 1, 0), c);
        Assert.Equal(3, c.Outstanding);
        Assert.Equal(0.4m, c.Rate);
    }

    [Fact]
    public void After_the_due_date_everyone_outstanding_is_overdue()
    {
        Assert.Equal(0, AcknowledgementCounts.Of(Mix(), T0.AddDays(14), T0.AddDays(14)).Overdue);
        Assert.Equal(3, AcknowledgementCounts.Of(Mix(), T0.AddDays(14).AddTicks(1), T0.AddDays(14)).Overdue);
    }

    [Fact]
    public void An_empty_audience_has_rate_zero_and_nothing_outstanding()
    {
        var c = AcknowledgementCounts.Of([], T0, T0);
        Assert.Equal(0m, c.Rate);
        Assert.Equal(0, c.Outstanding);
    }

    [Fact]
    public void The_rate_is_rounded_to_four_places() =>
        Assert.Equal(0.3333m, new AcknowledgementCounts(3, 0, 3, 1, 0, 0).Rate);
}
