using M365Nis2.Domain.Training;

namespace M365Nis2.Domain.Tests.Training;

public class AttendanceClaimsTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public void A_complete_report_of_a_past_course_is_accepted() =>
        Assert.Null(AttendanceClaims.CheckReport("NIS2 for boards", "Dansk Industri", Today.AddDays(-3), 6m, Today));

    [Fact]
    public void A_course_taken_today_is_accepted() =>
        Assert.Null(AttendanceClaims.CheckReport("t", "p", Today, 0.5m, Today));

    [Theory]
    [InlineData(null, "p", 0, 1, "title")]
    [InlineData(" ", "p", 0, 1, "title")]
    [InlineData("t", "", 0, 1, "provider")]
    [InlineData("t", "p", 1, 1, "future")]
    [InlineData("t", "p", -1900, 1, "years ago")]
    [InlineData("t", "p", 0, 0, "hours")]
    [InlineData("t", "p", 0, 1001, "hours")]
    public void A_report_with_a_bad_field_names_it(string? title, string? provider, int daysFromToday, int hours, string expected)
    {
        var problem = AttendanceClaims.CheckReport(title, provider, Today.AddDays(daysFromToday), hours, Today);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_date_and_hours_are_named()
    {
        Assert.Contains("date", AttendanceClaims.CheckReport("t", "p", null, 1m, Today), StringComparison.Ordinal);
        Assert.Contains("hours", AttendanceClaims.CheckReport("t", "p", Today, null, Today), StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_longer_than_200_characters_are_refused() =>
        Assert.NotNull(AttendanceClaims.CheckReport(new string('x', 201), "p", Today, 1m, Today));

    [Theory]
    [InlineData(ClaimState.Confirmed, null)]
    [InlineData(ClaimState.Confirmed, "Certificate checked")]
    [InlineData(ClaimState.Rejected, "The certificate is for another person")]
    public void A_pending_claim_can_be_decided(ClaimState decision, string? note) =>
        Assert.Null(AttendanceClaims.CheckDecision(ClaimState.Pending, decision, note));

    [Fact]
    public void A_rejection_needs_a_reason() =>
        Assert.Contains("note is required", AttendanceClaims.CheckDecision(ClaimState.Pending, ClaimState.Rejected, " "), StringComparison.Ordinal);

    [Theory]
    [InlineData(ClaimState.Confirmed, ClaimState.Rejected)]
    [InlineData(ClaimState.Rejected, ClaimState.Confirmed)]
    [InlineData(ClaimState.Confirmed, ClaimState.Confirmed)]
    public void A_decided_claim_stays_decided(ClaimState current, ClaimState decision) =>
        Assert.Contains("already", AttendanceClaims.CheckDecision(current, decision, "why"), StringComparison.Ordinal);

    [Fact]
    public void Pending_is_not_a_decision_and_long_notes_are_refused()
    {
        Assert.Contains("decision", AttendanceClaims.CheckDecision(ClaimState.Pending, ClaimState.Pending, null), StringComparison.Ordinal);
        Assert.Contains("note", AttendanceClaims.CheckDecision(ClaimState.Pending, ClaimState.Confirmed, new string('x', 1001)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("confirm", ClaimState.Confirmed)]
    [InlineData(" Reject ", ClaimState.Rejected)]
    [InlineData("approve", ClaimState.Pending)]
    [InlineData(null, ClaimState.Pending)]
    public void Decisions_parse_from_their_words(string? word, ClaimState expected) =>
        Assert.Equal(expected, AttendanceClaims.ParseDecision(word));
}
