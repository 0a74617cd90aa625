using M365Nis2.Domain.Scope;

namespace M365Nis2.Domain.Tests.Scope;

public class EnterpriseSizingTests
{
    private const decimal M = 1_000_000m;

    [Theory]
    [InlineData(9, 2, 2, SizeClass.Micro)]
    [InlineData(10, 1, 1, SizeClass.Small)]              // 10 staff is no longer micro
    [InlineData(49, 10, 10, SizeClass.Small)]            // both figures exactly at the ceiling: not exceeding
    [InlineData(50, 1, 1, SizeClass.Medium)]             // 50 staff: medium whatever the money
    [InlineData(49, 10.000001, 10, SizeClass.Small)]     // turnover over, balance sheet within: the alternative keeps it small
    [InlineData(49, 10, 10.000001, SizeClass.Small)]     // balance sheet over, turnover within: still small
    [InlineData(49, 10.000001, 10.000001, SizeClass.Medium)] // both over: medium
    [InlineData(249, 50, 43, SizeClass.Medium)]
    [InlineData(250, 1, 1, SizeClass.Large)]
    [InlineData(100, 50.000001, 43, SizeClass.Medium)]   // balance sheet within the medium ceiling keeps it medium
    [InlineData(100, 50, 43.000001, SizeClass.Medium)]
    [InlineData(100, 50.000001, 43.000001, SizeClass.Large)]
    [InlineData(0, 0, 0, SizeClass.Micro)]
    public void Size_class_follows_the_SME_definition(int staff, decimal turnoverM, decimal balanceM, SizeClass expected) =>
        Assert.Equal(expected, EnterpriseSizing.Classify(new SizeFigures(staff, turnoverM * M, balanceM * M)));

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(1, -1, 0)]
    [InlineData(1, 0, -1)]
    public void Negative_figures_are_refused(int staff, decimal turnover, decimal balance) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EnterpriseSizing.Classify(new SizeFigures(staff, turnover, balance)));

    [Fact]
    public void Fine_ceiling_is_the_higher_of_the_fixed_amount_and_the_share_of_turnover()
    {
        Assert.Equal(10_000_000m, FineCeiling.For(EntityCategory.Essential, 100 * M).MaximumEur);   // 2 % = 2 m < 10 m
        Assert.Equal(20_000_000m, FineCeiling.For(EntityCategory.Essential, 1_000 * M).MaximumEur); // 2 % = 20 m
        Assert.Equal(7_000_000m, FineCeiling.For(EntityCategory.Important, 500 * M).MaximumEur);    // 1.4 % = 7 m: equal
        Assert.Equal(14_000_000m, FineCeiling.For(EntityCategory.Important, 1_000 * M).MaximumEur);
        Assert.Throws<ArgumentOutOfRangeException>(() => FineCeiling.For(EntityCategory.NotCovered, 1));
    }
}
