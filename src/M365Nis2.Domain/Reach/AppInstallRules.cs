using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Reach;

/// <summary>Where a proactive installation of the app for one person stands (one record per person, shared by every instance).</summary>
public enum AppInstallState
{
    /// <summary>Graph accepted the installation (or it existed already); the installation event is awaited.</summary>
    Requested,

    /// <summary>Graph refused (permission, licence, no such user); the reason says why.</summary>
    Refused,
}

/// <summary>What to do for a person without a conversation, given what is recorded about installing the app for them.</summary>
public abstract record AppInstallDecision
{
    /// <summary>Ask Graph to install (nothing recorded yet, or the last record is old enough to try again).</summary>
    public sealed record Request : AppInstallDecision;

    /// <summary>An installation is under way: wait for its event, then send.</summary>
    public sealed record Wait(TimeSpan RetryAfter) : AppInstallDecision;

    /// <summary>Refused recently: report the stored reason, do not ask Graph again yet.</summary>
    public sealed record Refuse(CodedText Reason) : AppInstallDecision;
}

/// <summary>The timing rules of proactive installation ("reach everyone").</summary>
/// <param name="RetryAfter">How soon a sender looks again after an installation was requested (the event normally takes seconds).</param>
/// <param name="EventTimeout">How long an installation event is awaited before the installation is requested again.</param>
/// <param name="RefusalKeptFor">How long a refusal stands before Graph is asked again (e.g. after the admin granted the permission).</param>
public sealed record AppInstallRules(TimeSpan RetryAfter, TimeSpan EventTimeout, TimeSpan RefusalKeptFor)
{
    /// <summary>
    /// Nothing recorded → request. Requested within the event timeout → wait (never a second request, so Graph and the
    /// person see one installation). Requested longer ago → request again: the event was lost (e.g. the app was down),
    /// and the repeat answers 409 "already installed", which the installer turns into the chat lookup. Refused within
    /// the kept period → refuse with the reason; later → request again, so granting the permission needs no manual reset.
    /// </summary>
    public AppInstallDecision Decide(AppInstallState? state, DateTimeOffset? since, CodedText? reason, DateTimeOffset now)
    {
        if (state is null || since is null)
        {
            return new AppInstallDecision.Request();
        }
        var age = now - since.Value;
        return state switch
        {
            AppInstallState.Requested when age < EventTimeout => new AppInstallDecision.Wait(Shorter(RetryAfter, EventTimeout - age)),
            AppInstallState.Refused when age < RefusalKeptFor => new AppInstallDecision.Refuse(reason ?? ReachTexts.NotInstalled.With()),
            _ => new AppInstallDecision.Request(),
        };
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a <= b ? a : b;
}
