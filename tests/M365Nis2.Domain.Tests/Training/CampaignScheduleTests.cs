using M365Nis2.Domain.Training;

namespace M365Nis2.Domain.Tests.Training;

public class CampaignScheduleTests
{
    private static readonly DateTimeOffset Jan31 = new(2026, 1, 31, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(12)]
    public void The_allowed_rhythms_are_accepted(int months) => Assert.Null(CampaignSchedule.CheckEvery(months));

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-3)]
    [InlineData(24)]
    public void Other_rhythms_are_refused_naming_the_field(int? months) =>
        Assert.Contains("everyMonths", CampaignSchedule.CheckEvery(months), StringComparison.Ordinal);

    [Fact]
    public void Quarterly_moves_one_quarter_on_once_due()
    {
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 8, 0, 0, TimeSpan.Zero), CampaignSchedule.NextAfter(Jan31, 3, Jan31));
        Assert.Equal(new DateTimeOffset(2026, 4, 30, 8, 0, 0, TimeSpan.Zero), CampaignSchedule.NextAfter(Jan31, 3, Jan31.AddDays(10)));
    }

    [Fact]
    public void Missed_occurrences_are_skipped_not_caught_up() =>
        Assert.Equal(new DateTimeOffset(2027, 1, 31, 8, 0, 0, TimeSpan.Zero), CampaignSchedule.NextAfter(Jan31, 3, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Monthly_keeps_the_day_of_the_anchor_after_a_short_month()
    {
        var afterFebruary = CampaignSchedule.NextAfter(Jan31, 1, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.Zero), afterFebruary);
    }

    [Fact]
    public void A_due_date_in_the_future_is_itself_the_next() =>
        Assert.Equal(Jan31, CampaignSchedule.NextAfter(Jan31, 12, Jan31.AddDays(-1)));

    [Fact]
    public void A_bad_rhythm_throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CampaignSchedule.NextAfter(Jan31, 5, Jan31));

    [Theory]
    [InlineData("Failed", true)]
    [InlineData("Unknown", true)]
    [InlineData("Pending", false)]
    [InlineData("Sending", false)]
    [InlineData("Prompted", false)]
    [InlineData("Completed", false)]
    [InlineData("OptedOut", false)]
    public void Only_people_not_reached_are_sent_to_again(string state, bool expected) =>
        Assert.Equal(expected, CampaignSchedule.MayResend(state));
}
