using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>
/// Art. 21(2)(i) access control: access is re-certified. Met when at least one access review completed within
/// <see cref="HygieneRuleOptions.ReviewMaxAgeDays"/>; PartiallyMet when reviews exist but none completed in time;
/// NotMet when none is set up. Unknown without the Entra ID Governance / P2 licence or the permission.
/// </summary>
public static class AccessReviewsCheck
{
    public static CheckResult Evaluate(HygieneEvidence evidence, HygieneRuleOptions options, DateTimeOffset now)
    {
        if (!evidence.AccessReviews.TryGet(out var reviews))
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, HygieneTexts.ReviewsUnreadable.With(evidence.AccessReviews.Status.Text()))]);
        if (reviews.Count == 0)
        {
            return Result(Outcome.NotMet, [new Finding(FindingSeverity.High,
                HygieneTexts.NoReviews.With())]);
        }

        var cutoff = now.AddDays(-options.ReviewMaxAgeDays);
        var recent = reviews.Where(r => r.LastCompletedAt >= cutoff).OrderByDescending(r => r.LastCompletedAt).ToList();
        var stale = reviews.Where(r => r.LastCompletedAt is null || r.LastCompletedAt < cutoff).ToList();
        var findings = new List<Finding>();
        if (recent.Count > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, HygieneTexts.ReviewsRecent.With(recent.Count, options.ReviewMaxAgeDays),
                [.. recent.Take(options.NamedLimit).Select(r => HygieneTexts.SubjectReviewCompleted.With(r.Name, Day(r.LastCompletedAt!.Value)))]));
        }
        if (stale.Count > 0)
        {
            findings.Add(new Finding(recent.Count > 0 ? FindingSeverity.Low : FindingSeverity.Medium,
                HygieneTexts.ReviewsStale.With(stale.Count, options.ReviewMaxAgeDays),
                [.. stale.Take(options.NamedLimit).Select(r => r.LastCompletedAt is { } at
                    ? HygieneTexts.SubjectReviewLastCompleted.With(r.Name, Day(at))
                    : HygieneTexts.SubjectReviewNeverCompleted.With(r.Name, r.Status))]));
        }
        return Result(recent.Count > 0 ? Outcome.Met : Outcome.PartiallyMet, findings);
    }

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.DateTime);

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(HygieneChecks.AccessReviews, outcome, findings);
}
