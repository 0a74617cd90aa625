using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

/// <summary>What the CISO asks the board to accept.</summary>
/// <param name="Conditions">Conditions the acceptance holds under (e.g. "only while the backup site is in service").</param>
/// <param name="ExpiresOn">The last day the acceptance holds; the risk is reviewed again after it.</param>
public sealed record AcceptanceRequest(string Justification, IReadOnlyList<string> Conditions, DateOnly ExpiresOn);

/// <summary>Where a board round on an acceptance stands.</summary>
public enum AcceptanceDecision
{
    Pending = 0,
    Accepted,
    Rejected,
    /// <summary>The round reached its deadline without a quorum: not accepted.</summary>
    Lapsed,
}

/// <summary>
/// A requested or decided board acceptance of one risk (ISO/IEC 27001 6.1.3 f): who asked, why, on which conditions,
/// until when, bound to the hash of the risk as it stood when the request was made.
/// </summary>
public sealed record RiskAcceptance(
    string RiskId,
    string RiskSha256,
    Person RequestedBy,
    DateTimeOffset RequestedAt,
    string Justification,
    IReadOnlyList<string> Conditions,
    DateOnly ExpiresOn,
    AcceptanceDecision Decision = AcceptanceDecision.Pending,
    DateTimeOffset? DecidedAt = null,
    IReadOnlyList<Person>? AcceptedBy = null);

/// <summary>An acceptance as it stands today against the current risk.</summary>
public enum AcceptanceState
{
    /// <summary>No acceptance requested.</summary>
    None = 0,
    Pending,
    Rejected,
    /// <summary>Accepted, for the risk as it is now, and not expired.</summary>
    Valid,
    /// <summary>Accepted, but the risk has changed materially since: a new acceptance is needed.</summary>
    Stale,
    /// <summary>Accepted, but past its expiry date: the risk is back in review.</summary>
    Expired,
    /// <summary>The board did not reach a quorum by the deadline.</summary>
    Lapsed,
}

/// <summary>The rules of board acceptance.</summary>
public static class AcceptanceRules
{
    public const int MaxJustificationLength = 2000;
    public const int MaxConditions = 10;
    public const int MaxConditionLength = 500;

    /// <summary>
    /// Every problem with a request; empty when it may go to the board. An acceptance is for a risk whose effective
    /// rating is above appetite (within appetite needs no decision); it runs at most the method's maximum.
    /// </summary>
    public static IReadOnlyList<CodedText> Validate(RiskMethod method, Risk risk, AcceptanceRequest request, DateOnly today)
    {
        var problems = new List<CodedText>();
        if (!method.IsAboveAppetite(risk.Effective))
            problems.Add(RiskInputTexts.WithinAppetite.With(risk.Effective.Score, method.AppetiteThreshold));
        if (string.IsNullOrWhiteSpace(request.Justification))
            problems.Add(RiskInputTexts.JustificationRequired.With());
        else if (request.Justification.Length > MaxJustificationLength)
            problems.Add(RiskInputTexts.JustificationTooLong.With(MaxJustificationLength));
        if (request.Conditions.Count > MaxConditions)
            problems.Add(RiskInputTexts.TooManyConditions.With(MaxConditions));
        if (request.Conditions.Any(string.IsNullOrWhiteSpace))
            problems.Add(RiskInputTexts.ConditionEmpty.With());
        if (request.Conditions.Any(c => c.Length > MaxConditionLength))
            problems.Add(RiskInputTexts.ConditionTooLong.With(MaxConditionLength));
        if (request.ExpiresOn <= today)
            problems.Add(RiskInputTexts.ExpiryPast.With());
        else if (request.ExpiresOn > today.AddMonths(method.MaxAcceptanceMonths))
            problems.Add(RiskInputTexts.ExpiryTooFar.With(method.MaxAcceptanceMonths, today.AddMonths(method.MaxAcceptanceMonths)));
        return problems;
    }

    /// <summary>
    /// Who decides: the management body without the requester, who may not approve their own request (segregation
    /// of duties, ISO/IEC 27001 A.5.3). Empty when nobody else is left, which the caller must refuse.
    /// </summary>
    public static IReadOnlyList<T> Approvers<T>(IEnumerable<T> board, Func<T, string> objectId, string requesterId) =>
        [.. board.Where(member => !string.Equals(objectId(member), requesterId, StringComparison.OrdinalIgnoreCase))];

    /// <summary>True if this voter may decide on a request made by <paramref name="requesterId"/>.</summary>
    public static bool MayDecide(string voterId, string requesterId) =>
        !string.Equals(voterId, requesterId, StringComparison.OrdinalIgnoreCase);

    /// <summary>The acceptance against the current state of the risk on <paramref name="today"/>.</summary>
    public static AcceptanceState Evaluate(RiskAcceptance? acceptance, string currentRiskSha256, DateOnly today) => acceptance switch
    {
        null => AcceptanceState.None,
        { Decision: AcceptanceDecision.Pending } => AcceptanceState.Pending,
        { Decision: AcceptanceDecision.Rejected } => AcceptanceState.Rejected,
        { Decision: AcceptanceDecision.Lapsed } => AcceptanceState.Lapsed,
        _ when !string.Equals(acceptance.RiskSha256, currentRiskSha256, StringComparison.OrdinalIgnoreCase) => AcceptanceState.Stale,
        _ when today > acceptance.ExpiresOn => AcceptanceState.Expired,
        _ => AcceptanceState.Valid,
    };
}
