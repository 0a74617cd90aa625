using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Defender;

/// <summary>
/// Art. 21(2)(b) handling: incidents are worked and closed. A high-severity incident open longer than
/// <see cref="DefenderRuleOptions.HighOpenMaxDays"/> is not met (it may also be reportable under Art. 23); a lower one
/// open past <see cref="DefenderRuleOptions.OtherOpenMaxDays"/>, or a high one nobody is assigned to, is partially met.
/// </summary>
public static class HandlingCheck
{
    public static CheckResult Evaluate(DefenderEvidence evidence, DefenderRuleOptions options, DateTimeOffset now)
    {
        if (!evidence.Incidents.TryGet(out var incidents))
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, DefenderTexts.IncidentsUnreadable.With(evidence.Incidents.Status.Text()))]);

        var open = incidents.Where(i => !i.IsResolved).ToList();
        var resolved = incidents.Count - open.Count;
        var findings = new List<Finding>
        {
            new(FindingSeverity.Info, DefenderTexts.Incidents.With(incidents.Count, options.LookbackDays, resolved, open.Count)),
        };
        var overdueHigh = open.Where(i => i.IsHigh && now - i.CreatedAt > TimeSpan.FromDays(options.HighOpenMaxDays)).ToList();
        var overdueOther = open.Where(i => !i.IsHigh && now - i.CreatedAt > TimeSpan.FromDays(options.OtherOpenMaxDays)).ToList();
        var unassignedHigh = open.Where(i => i.IsHigh && string.IsNullOrWhiteSpace(i.AssignedTo)).ToList();

        var outcome = Outcome.Met;
        if (overdueHigh.Count > 0)
        {
            outcome = Outcome.NotMet;
            findings.Add(new Finding(FindingSeverity.High,
                DefenderTexts.OverdueHigh.With(overdueHigh.Count, options.HighOpenMaxDays), Names(overdueHigh, options, now)));
        }
        if (overdueOther.Count > 0)
        {
            outcome = Worse(outcome, Outcome.PartiallyMet);
            findings.Add(new Finding(FindingSeverity.Medium,
                DefenderTexts.OverdueOther.With(overdueOther.Count, options.OtherOpenMaxDays), Names(overdueOther, options, now)));
        }
        if (unassignedHigh.Count > 0)
        {
            outcome = Worse(outcome, Outcome.PartiallyMet);
            findings.Add(new Finding(FindingSeverity.Medium, DefenderTexts.UnassignedHigh.With(unassignedHigh.Count),
                Names(unassignedHigh, options, now)));
        }
        return Result(outcome, findings);
    }

    private static IReadOnlyList<CodedText> Names(IEnumerable<SecurityIncident> incidents, DefenderRuleOptions options, DateTimeOffset now) =>
        [.. incidents.OrderBy(i => i.CreatedAt).Take(options.NamedLimit).Select(i => DefenderTexts.SubjectIncident.With($"#{i.Id} {i.Title}",
            CommonTexts.GraphValue(i.Severity, DefenderTexts.SeverityHigh, DefenderTexts.SeverityMedium, DefenderTexts.SeverityLow, DefenderTexts.SeverityInformational),
            (int)(now - i.CreatedAt).TotalDays))];

    private static Outcome Worse(Outcome a, Outcome b) => a < b ? a : b;

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(DefenderChecks.Handling, outcome, findings);
}
