using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Suppliers;

public enum AssessmentState
{
    Current = 0,
    DueSoon,
    Overdue,
    /// <summary>Never assessed: due from the day the supplier was registered.</summary>
    NeverAssessed,
}

/// <summary>A supplier's assessment standing on one day; <see cref="DueOn"/> is the last day the latest assessment still counts.</summary>
/// <param name="Why">The standing in words, in either language (<see cref="Reason"/> is its English).</param>
public sealed record AssessmentStatus(AssessmentState State, DateOnly DueOn, CodedText Why)
{
    public string Reason => Why.English;
}

/// <summary>
/// How often each tier is assessed: tier 1 every 12 months and tier 2 every 24 (the (d) rule), tier 3 every 36 (proportionate,
/// outside the rule). An assessment completed on 10 Mar 2026 keeps a tier-1 supplier current until 10 Mar 2027. A supplier never
/// assessed is due from its registration day: a critical supplier without an assessment is a gap from the start.
/// </summary>
public static class AssessmentSchedule
{
    public const int DueSoonDays = 30;

    public static int IntervalMonths(SupplierTier tier) => tier switch
    {
        SupplierTier.Tier1 => 12,
        SupplierTier.Tier2 => 24,
        _ => 36,
    };

    public static DateOnly NextDue(SupplierTier tier, DateOnly registeredOn, DateOnly? lastAssessedOn) =>
        lastAssessedOn is { } last ? last.AddMonths(IntervalMonths(tier)) : registeredOn;

    public static AssessmentStatus Evaluate(SupplierTier tier, DateOnly registeredOn, DateOnly? lastAssessedOn, DateOnly today)
    {
        var due = NextDue(tier, registeredOn, lastAssessedOn);
        if (lastAssessedOn is null)
            return new(AssessmentState.NeverAssessed, due, SupplierTexts.NeverAssessed.With((int)tier, IntervalMonths(tier)));
        if (today > due)
            return new(AssessmentState.Overdue, due, SupplierTexts.Overdue.With(due));
        if (today >= due.AddDays(-DueSoonDays))
            return new(AssessmentState.DueSoon, due, SupplierTexts.DueSoon.With(due));
        return new(AssessmentState.Current, due, SupplierTexts.Current.With(due));
    }

    /// <summary>True when the latest assessment is within the tier's interval on <paramref name="today"/>.</summary>
    public static bool IsCurrent(SupplierTier tier, DateOnly? lastAssessedOn, DateOnly today) =>
        lastAssessedOn is { } last && last <= today && today <= last.AddMonths(IntervalMonths(tier));
}
