using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Domain.Tests.Suppliers;

public class AssessmentScheduleTests
{
    private static readonly DateOnly Registered = new(2025, 1, 6);
    private static readonly DateOnly Assessed = new(2026, 3, 10);

    [Theory]
    [InlineData(SupplierTier.Tier1, 12)]
    [InlineData(SupplierTier.Tier2, 24)]
    [InlineData(SupplierTier.Tier3, 36)]
    public void Interval_is_proportionate_to_the_tier(SupplierTier tier, int months)
    {
        Assert.Equal(months, AssessmentSchedule.IntervalMonths(tier));
        Assert.Equal(Assessed.AddMonths(months), AssessmentSchedule.NextDue(tier, Registered, Assessed));
    }

    [Fact]
    public void A_supplier_never_assessed_is_due_from_registration()
    {
        var status = AssessmentSchedule.Evaluate(SupplierTier.Tier1, Registered, null, new DateOnly(2025, 1, 7));
        Assert.Equal((AssessmentState.NeverAssessed, Registered), (status.State, status.DueOn));
        Assert.Equal("Never assessed; tier 1 is assessed every 12 months.", status.Reason);
        Assert.Equal("Aldrig vurderet; niveau 1 vurderes hver 12. måned.", status.Why.Danish);
    }

    [Theory]
    [InlineData("2027-01-01", "Assessed; next assessment due by 2027-03-10.", "Vurderet; næste vurdering senest 2027-03-10.")]
    [InlineData("2027-03-01", "Assessment due by 2027-03-10.", "Vurderingen skal være gennemført senest 2027-03-10.")]
    [InlineData("2027-04-01", "Assessment overdue since 2027-03-10.", "Vurderingen er forsinket: fristen udløb 2027-03-10.")]
    public void The_standing_reads_in_english_and_danish(string today, string english, string danish)
    {
        var why = AssessmentSchedule.Evaluate(SupplierTier.Tier1, Registered, Assessed, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).Why;
        Assert.Equal((english, danish), (why.English, why.Danish));
    }

    [Theory]
    [InlineData("2027-02-07", AssessmentState.Current)]
    [InlineData("2027-02-08", AssessmentState.DueSoon)]
    [InlineData("2027-03-10", AssessmentState.DueSoon)]
    [InlineData("2027-03-11", AssessmentState.Overdue)]
    public void Tier_1_is_current_for_twelve_months_with_a_30_day_due_soon_window(string today, AssessmentState expected) =>
        Assert.Equal(expected, AssessmentSchedule.Evaluate(SupplierTier.Tier1, Registered, Assessed, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).State);

    [Fact]
    public void Overdue_reason_names_the_date() =>
        Assert.Equal("Assessment overdue since 2028-03-10.",
            AssessmentSchedule.Evaluate(SupplierTier.Tier2, Registered, Assessed, new DateOnly(2028, 4, 1)).Reason);

    [Theory]
    [InlineData(SupplierTier.Tier1, "2027-03-10", true)]
    [InlineData(SupplierTier.Tier1, "2027-03-11", false)]
    [InlineData(SupplierTier.Tier2, "2028-03-10", true)]
    [InlineData(SupplierTier.Tier2, "2028-03-11", false)]
    public void Current_means_within_the_interval_inclusive(SupplierTier tier, string today, bool current) =>
        Assert.Equal(current, AssessmentSchedule.IsCurrent(tier, Assessed, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_future_dated_assessment_does_not_count_yet() =>
        Assert.False(AssessmentSchedule.IsCurrent(SupplierTier.Tier1, Assessed, Assessed.AddDays(-1)));

    [Fact]
    public void Never_assessed_is_never_current() =>
        Assert.False(AssessmentSchedule.IsCurrent(SupplierTier.Tier3, null, Registered));
}
