namespace M365Nis2.Domain.Scope;

/// <summary>
/// The maximum administrative fine of Art. 34(4)–(5): a fixed amount or a share of worldwide annual turnover, whichever is
/// higher. In Denmark fines are imposed by the courts, but the ceilings are the directive's.
/// </summary>
public sealed record FineCeiling(decimal FixedEur, decimal TurnoverPercent, decimal MaximumEur, string Article)
{
    public static FineCeiling For(EntityCategory category, decimal worldwideTurnoverEur) => category switch
    {
        EntityCategory.Essential => Make(10_000_000m, 2.0m, worldwideTurnoverEur, "Art. 34(4)"),
        EntityCategory.Important => Make(7_000_000m, 1.4m, worldwideTurnoverEur, "Art. 34(5)"),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Only covered entities have a fine ceiling."),
    };

    private static FineCeiling Make(decimal fixedEur, decimal percent, decimal turnover, string article) =>
        new(fixedEur, percent, Math.Max(fixedEur, Math.Round(turnover * percent / 100m, 0, MidpointRounding.AwayFromZero)), article);
}
