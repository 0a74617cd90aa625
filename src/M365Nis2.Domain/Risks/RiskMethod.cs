using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

/// <summary>One step of a likelihood or impact scale, with its English and Danish label.</summary>
public sealed record ScaleLevel(int Value, string En, string Da);

/// <summary>How severe a score is, for colouring a heat map. Derived from the appetite, not configured separately.</summary>
public enum RiskBand
{
    Low = 0,
    Medium,
    High,
    VeryHigh,
}

/// <summary>
/// The risk assessment method (ISO/IEC 27005 style): a likelihood × impact matrix, the appetite threshold and the
/// review period. Versioned: a changed method gets the next version, and the board's approval of an assessment names
/// the method version it covered, so a changed method asks for a new approval.
/// </summary>
/// <param name="AppetiteThreshold">The highest score the organisation accepts without a decision; a score above it is above appetite.</param>
/// <param name="ReviewPeriodMonths">How often the assessment is approved again and each risk is reviewed.</param>
/// <param name="MaxAcceptanceMonths">The longest a board acceptance may run before the risk comes back for review.</param>
public sealed record RiskMethod(
    int Version,
    IReadOnlyList<ScaleLevel> Likelihood,
    IReadOnlyList<ScaleLevel> Impact,
    int AppetiteThreshold,
    int ReviewPeriodMonths,
    int MaxAcceptanceMonths)
{
    public const int MinLevels = 3;
    public const int MaxLevels = 6;

    /// <summary>4 × 4, appetite 6 (a "likely × moderate" risk is the most accepted without a decision), yearly review.</summary>
    public static RiskMethod Default { get; } = new(1,
        [new(1, "Rare", "Sjælden"), new(2, "Unlikely", "Usandsynlig"), new(3, "Likely", "Sandsynlig"), new(4, "Almost certain", "Næsten sikker")],
        [new(1, "Minor", "Mindre"), new(2, "Moderate", "Moderat"), new(3, "Major", "Alvorlig"), new(4, "Severe", "Kritisk")],
        AppetiteThreshold: 6, ReviewPeriodMonths: 12, MaxAcceptanceMonths: 12);

    /// <summary>The 5 × 5 variant, appetite 9.</summary>
    public static RiskMethod FiveByFive { get; } = new(1,
        [new(1, "Rare", "Sjælden"), new(2, "Unlikely", "Usandsynlig"), new(3, "Possible", "Mulig"), new(4, "Likely", "Sandsynlig"), new(5, "Almost certain", "Næsten sikker")],
        [new(1, "Insignificant", "Ubetydelig"), new(2, "Minor", "Mindre"), new(3, "Moderate", "Moderat"), new(4, "Major", "Alvorlig"), new(5, "Severe", "Kritisk")],
        AppetiteThreshold: 9, ReviewPeriodMonths: 12, MaxAcceptanceMonths: 12);

    public int MaxScore => Likelihood.Count * Impact.Count;

    public bool InScale(RiskRating rating) =>
        rating.Likelihood >= 1 && rating.Likelihood <= Likelihood.Count && rating.Impact >= 1 && rating.Impact <= Impact.Count;

    public bool IsAboveAppetite(RiskRating rating) => rating.Score > AppetiteThreshold;

    /// <summary>
    /// Low up to half the appetite, Medium up to the appetite, High up to half-way to the maximum, VeryHigh above.
    /// </summary>
    public RiskBand Band(int score) =>
        score * 2 <= AppetiteThreshold ? RiskBand.Low
        : score <= AppetiteThreshold ? RiskBand.Medium
        : score * 2 <= AppetiteThreshold + MaxScore ? RiskBand.High
        : RiskBand.VeryHigh;

    /// <summary>Every problem that makes the method unusable; empty when valid.</summary>
    public IReadOnlyList<CodedText> Validate()
    {
        var problems = new List<CodedText>();
        if (Version < 1)
            problems.Add(RiskInputTexts.MethodVersion.With());
        ValidateScale(Likelihood, RiskInputTexts.LikelihoodLevels, RiskInputTexts.LikelihoodOrder, RiskInputTexts.LikelihoodLabel, problems);
        ValidateScale(Impact, RiskInputTexts.ImpactLevels, RiskInputTexts.ImpactOrder, RiskInputTexts.ImpactLabel, problems);
        if (AppetiteThreshold < 1 || AppetiteThreshold >= MaxScore)
            problems.Add(RiskInputTexts.Appetite.With(Math.Max(1, MaxScore - 1)));
        if (ReviewPeriodMonths is < 1 or > 36)
            problems.Add(RiskInputTexts.ReviewPeriod.With());
        if (MaxAcceptanceMonths < 1 || MaxAcceptanceMonths > ReviewPeriodMonths)
            problems.Add(RiskInputTexts.AcceptancePeriod.With());
        return problems;
    }

    /// <summary>The proposed method as the next version of this one, or the problems with it.</summary>
    public (RiskMethod? Method, IReadOnlyList<CodedText> Problems) Revise(RiskMethod proposed)
    {
        var next = proposed with { Version = Version + 1 };
        var problems = next.Validate();
        return problems.Count > 0 ? (null, problems) : (next, []);
    }

    /// <summary>Ratings that do not fit this method's scales (after a method change they must be rated again).</summary>
    public IEnumerable<string> OutOfScale(IEnumerable<Risk> risks) =>
        risks.Where(r => !InScale(r.Inherent) || r.Residual is { } res && !InScale(res)).Select(r => r.Id);

    private static void ValidateScale(IReadOnlyList<ScaleLevel> levels, TextCode count, TextCode order, TextCode label, List<CodedText> problems)
    {
        if (levels.Count is < MinLevels or > MaxLevels)
            problems.Add(count.With(MinLevels, MaxLevels));
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i].Value != i + 1)
                problems.Add(order.With());
            if (string.IsNullOrWhiteSpace(levels[i].En) || string.IsNullOrWhiteSpace(levels[i].Da))
                problems.Add(label.With(i + 1));
        }
    }
}
