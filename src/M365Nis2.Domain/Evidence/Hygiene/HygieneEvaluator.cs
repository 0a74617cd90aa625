namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>Runs the Entra hygiene checks: inactive accounts, guests and access reviews for (i); privileged changes for (f).</summary>
public static class HygieneEvaluator
{
    public const string InactiveMetric = "entra.inactiveMembers";
    public const string GuestsMetric = "entra.enabledGuests";

    public static SourceEvaluation Evaluate(UserActivityTally users, HygieneEvidence evidence, HygieneRuleOptions options, DateTimeOffset now) =>
        new(HygieneChecks.Source,
        [
            new(Measures.AccessAndAssets, InactiveAccountsCheck.Evaluate(users, options)),
            new(Measures.AccessAndAssets, GuestAccountsCheck.Evaluate(users, options)),
            new(Measures.AccessAndAssets, AccessReviewsCheck.Evaluate(evidence, options, now)),
            new(Measures.Effectiveness, PrivilegedChangesCheck.Evaluate(evidence, options)),
        ], new Dictionary<string, decimal?>
        {
            [InactiveMetric] = users.Status.IsOk ? users.InactiveMembers.Total : null,
            [GuestsMetric] = users.Status.IsOk ? users.EnabledGuests : null,
        });
}
