namespace M365Nis2.Domain.Scope;

/// <summary>Size classes of the EU SME definition (Recommendation 2003/361/EC, Annex, Art. 2).</summary>
public enum SizeClass
{
    Micro = 0,
    Small,
    Medium,
    Large,
}

/// <summary>Headcount in annual work units and the two financial figures, in euro.</summary>
/// <param name="PartnerOrLinkedIncluded">
/// The figures include partner enterprises (pro rata) and linked enterprises (in full), as Art. 6 of the Annex asks.
/// </param>
public sealed record SizeFigures(int Staff, decimal AnnualTurnoverEur, decimal BalanceSheetTotalEur, bool HasPartnerOrLinkedEnterprises = false,
    bool PartnerOrLinkedIncluded = false);

/// <summary>
/// The SME ceilings. A class holds when staff is below its ceiling AND turnover OR balance sheet does not exceed its
/// ceiling: the financial test is an alternative, so an enterprise over €10 m turnover is still small when its balance
/// sheet is €10 m or less. "Medium or larger" (NIS2 Art. 2(1)) is therefore: 50 staff or more, or both figures over €10 m.
/// </summary>
public static class EnterpriseSizing
{
    public const decimal SmallFinancialCeilingEur = 10_000_000m;
    public const decimal MediumTurnoverCeilingEur = 50_000_000m;
    public const decimal MediumBalanceSheetCeilingEur = 43_000_000m;
    public const decimal MicroFinancialCeilingEur = 2_000_000m;

    public static SizeClass Classify(SizeFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Staff < 0) throw new ArgumentOutOfRangeException(nameof(figures), "Staff cannot be negative.");
        if (figures.AnnualTurnoverEur < 0 || figures.BalanceSheetTotalEur < 0)
            throw new ArgumentOutOfRangeException(nameof(figures), "Turnover and balance sheet cannot be negative.");

        if (Within(figures, 10, MicroFinancialCeilingEur, MicroFinancialCeilingEur)) return SizeClass.Micro;
        if (Within(figures, 50, SmallFinancialCeilingEur, SmallFinancialCeilingEur)) return SizeClass.Small;
        if (Within(figures, 250, MediumTurnoverCeilingEur, MediumBalanceSheetCeilingEur)) return SizeClass.Medium;
        return SizeClass.Large;
    }

    private static bool Within(SizeFigures f, int staffBelow, decimal turnoverCeiling, decimal balanceCeiling) =>
        f.Staff < staffBelow && (f.AnnualTurnoverEur <= turnoverCeiling || f.BalanceSheetTotalEur <= balanceCeiling);

    public static bool IsMediumOrLarger(this SizeClass size) => size >= SizeClass.Medium;
}
