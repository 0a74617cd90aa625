using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Acknowledgements;

/// <summary>The acknowledgement of the approved version of one policy, as the coverage check sees it.</summary>
public sealed record VersionAcknowledgement(string PolicyTitle, int Version, DateOnly DueOn, int Audience, int Acknowledged)
{
    public decimal Rate => Audience == 0 ? 1m : (decimal)Acknowledged / Audience;
}

/// <summary>
/// Art. 21(2)(g) asks for basic cyber hygiene and training: staff who have read and accepted the security policies that
/// apply to them is part of it. For the current approved version of every policy put to staff: before its due date it
/// is "in progress" and counts for nothing either way; after it, at least <c>threshold</c> of the audience must have
/// acknowledged. Met when every due version reaches the threshold, NotMet when none does, PartiallyMet in between.
/// Findings give counts only, never names.
/// </summary>
public static class AcknowledgementCoverage
{
    public const string Check = "policies.acknowledged";
    public const decimal DefaultThreshold = 0.9m;

    public static CheckResult Evaluate(IEnumerable<VersionAcknowledgement> versions, DateOnly today, decimal threshold = DefaultThreshold)
    {
        if (threshold is <= 0m or > 1m)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a share between 0 (excluded) and 1.");
        var list = versions.ToList();
        if (list.Count == 0)
            return new(Check, Outcome.Unknown, [new(FindingSeverity.Info, AcknowledgementTexts.CoverageNone.With())]);
        var findings = new List<Finding>();
        var due = list.Where(v => v.DueOn < today).ToList();
        foreach (var v in list.Where(v => v.DueOn >= today))
            findings.Add(new(FindingSeverity.Info, AcknowledgementTexts.CoverageSoFar.With(v.PolicyTitle, v.Version, v.Acknowledged, v.Audience, v.DueOn)));
        var belowThreshold = due.Where(v => v.Rate < threshold).ToList();
        foreach (var v in belowThreshold)
            findings.Add(new(v.Rate < threshold / 2 ? FindingSeverity.High : FindingSeverity.Medium,
                AcknowledgementTexts.CoverageBelow.With(v.PolicyTitle, v.Version, v.Acknowledged, v.Audience, Percent(v.Rate), Percent(threshold), v.DueOn)));
        foreach (var v in due.Except(belowThreshold))
            findings.Add(new(FindingSeverity.Info, AcknowledgementTexts.CoverageReached.With(v.PolicyTitle, v.Version, v.Acknowledged, v.Audience, Percent(v.Rate))));
        var outcome = due.Count == 0 || belowThreshold.Count == 0 ? Outcome.Met
            : belowThreshold.Count == due.Count ? Outcome.NotMet
            : Outcome.PartiallyMet;
        return new(Check, outcome, findings);
    }

    // Rounded here, not by the template's format, so English and Danish show the same whole number.
    private static decimal Percent(decimal share) => Math.Round(share * 100m, MidpointRounding.AwayFromZero);
}
