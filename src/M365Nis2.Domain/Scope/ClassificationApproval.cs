using M365Nis2.Domain.Texts;
using System.Globalization;
using M365Nis2.Domain.Risks;

namespace M365Nis2.Domain.Scope;

/// <summary>How a board round on a classification ended (or that it has not yet).</summary>
public enum ClassificationDecision
{
    Pending = 0,
    Approved,
    Rejected,
    /// <summary>The deadline passed without a quorum: nobody rejected it, the board did not decide.</summary>
    Lapsed,
}

/// <summary>Where the current classification stands with the board.</summary>
public enum ClassificationApprovalState
{
    /// <summary>Never put to the board.</summary>
    None = 0,
    Pending,
    Approved,
    Rejected,
    Lapsed,
    /// <summary>The board approved other answers (an earlier version); the current answers are not approved.</summary>
    Changed,
}

/// <summary>One board round on a version of the scope answers, bound to the hash of what the board saw.</summary>
public sealed record ClassificationRound(int Version, string Sha256, string RoundId, ClassificationDecision Decision, DateTimeOffset RequestedAt,
    DateTimeOffset? DecidedAt);

/// <summary>
/// The board's approval of the scope classification. An approval holds for the exact answers and result it was given
/// for (<see cref="Hash"/>): change an answer and the classification is not approved any more — until the board approves
/// again, or the answers go back to exactly what it approved.
/// </summary>
public static class ClassificationApproval
{
    /// <summary>
    /// The canonical hash of the answers and what they classify as. Activities are a set (order means nothing); money is
    /// written without trailing zeros, so 80000000 and 80000000.00 are the same answer. The category and the authorities
    /// are included so a data correction that changes the result also asks the board again.
    /// </summary>
    public static string Hash(ScopeAnswers answers, ScopeResult result)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(result);
        var s = answers.Size;
        return new CanonicalText("m365nis2-scope-classification-v1")
            .AddSet("activity", answers.EntityTypeIds.Distinct(StringComparer.Ordinal))
            .Add("staff", s.Staff)
            .Add("turnoverEur", Money(s.AnnualTurnoverEur))
            .Add("balanceSheetEur", Money(s.BalanceSheetTotalEur))
            .Add("partnerOrLinked", Flag(s.HasPartnerOrLinkedEnterprises))
            .Add("partnerOrLinkedIncluded", Flag(s.PartnerOrLinkedIncluded))
            .Add("servicesInEu", Flag(answers.ProvidesServicesInEu))
            .Add("criticalEntity", Flag(answers.IsCriticalEntityUnderCer))
            .Add("designation", answers.Designation.ToString())
            .Add("soleProvider", Flag(answers.SoleProviderOfEssentialService))
            .Add("publicSafetyOrHealth", Flag(answers.DisruptionAffectsPublicSafetyOrHealth))
            .Add("systemicRisk", Flag(answers.DisruptionInducesSystemicRisk))
            .Add("nationalOrRegional", Flag(answers.NationalOrRegionalImportance))
            .Add("category", result.Category.ToString())
            .AddSet("authority", result.Authorities.Select(a => a.NameDa))
            .Sha256();
    }

    /// <summary>The state of the classification with hash <paramref name="currentSha256"/>, and the round it rests on.</summary>
    public static (ClassificationApprovalState State, ClassificationRound? Round) Status(string currentSha256, IEnumerable<ClassificationRound> rounds)
    {
        ArgumentNullException.ThrowIfNull(rounds);
        var all = rounds.ToList();
        var approved = all.Where(r => r.Decision == ClassificationDecision.Approved && r.Sha256 == currentSha256).MaxBy(r => r.DecidedAt);
        if (approved is not null) return (ClassificationApprovalState.Approved, approved);
        var latest = all.Where(r => r.Sha256 == currentSha256).MaxBy(r => r.RequestedAt);
        if (latest is not null)
        {
            return (latest.Decision switch
            {
                ClassificationDecision.Pending => ClassificationApprovalState.Pending,
                ClassificationDecision.Rejected => ClassificationApprovalState.Rejected,
                _ => ClassificationApprovalState.Lapsed,
            }, latest);
        }
        var earlier = all.Where(r => r.Decision == ClassificationDecision.Approved).MaxBy(r => r.DecidedAt);
        return earlier is null ? (ClassificationApprovalState.None, null) : (ClassificationApprovalState.Changed, earlier);
    }

    /// <summary>Why the classification cannot be sent to the board now, or null when it can.</summary>
    public static CodedText? RefuseRequest(ClassificationApprovalState state) => state switch
    {
        ClassificationApprovalState.Pending => ScopeInputTexts.AlreadyPending.With(),
        ClassificationApprovalState.Approved => ScopeInputTexts.AlreadyApproved.With(),
        _ => null,
    };

    private static string Flag(bool value) => value ? "yes" : "no";

    private static string Money(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
