using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>What the user stream showed: counts and bounded name lists of inactive members and guests.</summary>
public sealed record UserActivityTally(
    CollectionStatus Status,
    int EnabledMembers,
    int TooNewToJudge,
    NamedSample InactiveMembers,
    int EnabledGuests,
    NamedSample InactiveGuests,
    int Disabled);

/// <summary>
/// Folds users page by page into a <see cref="UserActivityTally"/>. An account created within the inactivity period is
/// not judged (a new joiner who has not signed in yet is not a dormant account). Not thread-safe.
/// </summary>
public sealed class UserActivityAccumulator(HygieneRuleOptions options, DateTimeOffset now)
{
    private readonly NameSampler inactiveMembers = new(options.NamedLimit);
    private readonly NameSampler inactiveGuests = new(options.NamedLimit);
    private int enabledMembers;
    private int tooNew;
    private int enabledGuests;
    private int disabled;

    public void Add(DirectoryUser user)
    {
        if (!user.Enabled)
        {
            disabled++;
            return;
        }
        var period = TimeSpan.FromDays(user.IsGuest ? options.GuestInactiveAfterDays : options.InactiveAfterDays);
        if (user.IsGuest)
            enabledGuests++;
        else
            enabledMembers++;
        if (user.CreatedAt is { } created && now - created < period)
        {
            tooNew++;
            return;
        }
        if (user.LastSignIn is { } last && now - last <= period)
            return;
        var name = $"{user.DisplayName} ({user.UserPrincipalName})";
        var subject = user.LastSignIn is { } s
            ? HygieneTexts.SubjectLastSignIn.With(name, DateOnly.FromDateTime(s.DateTime))
            : HygieneTexts.SubjectNeverSignedIn.With(name);
        (user.IsGuest ? inactiveGuests : inactiveMembers).Add(subject);
    }

    public UserActivityTally Complete() => Tally(CollectionStatus.Ok);

    public UserActivityTally Fail(CollectionStatus status) => Tally(status);

    private UserActivityTally Tally(CollectionStatus status) =>
        new(status, enabledMembers, tooNew, inactiveMembers.ToSample(), enabledGuests, inactiveGuests.ToSample(), disabled);
}
