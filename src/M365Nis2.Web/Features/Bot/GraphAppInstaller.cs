using System.Threading.RateLimiting;
using M365Nis2.Domain.Reach;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams.Conversations;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Bot;

/// <summary>
/// Installs the app in a person's personal scope through Microsoft Graph (POST /users/{id}/teamwork/installedApps),
/// the Teams docs' "proactive installation". Claimed per person in storage, so however many instances and senders ask,
/// Graph is asked once; the installation event (installationUpdate) then stores the 1:1 conversation like any install,
/// and the sender's next attempt goes out. Paced under <see cref="AppInstallOptions.RequestsPerSecond"/>; the SDK's
/// retry handler honours 429 Retry-After, and what is still throttled after that gives the claim back for a later try.
/// </summary>
public sealed class GraphAppInstaller(
    GraphServiceClient graph,
    IGraphTenantInfo tenant,
    TeamsCatalogApp catalog,
    AppInstallStore store,
    AppInstallChats chats,
    IOptions<AppInstallOptions> options,
    TimeProvider time,
    ILogger<GraphAppInstaller> logger) : IPersonalAppInstaller, IDisposable
{
    /// <summary>The reasons the CISO sees (coded: the pages show them in the reader's language), by their English.</summary>
    public static string WaitingReason => ReachTexts.Installing.English;

    public static string PermissionReason => ReachTexts.PermissionMissing.English;

    public static string LicenceReason => ReachTexts.NoLicence.English;

    public static string NoChatReason => ReachTexts.NoChat.English;

    public static string UnknownUserReason => ReachTexts.UnknownUser.English;

    private TokenBucketRateLimiter? pace;

    /// <summary>After one 403 for the permission, the others are refused without asking Graph again until then (UTC ticks).</summary>
    private long permissionMissingUntil;

    private TokenBucketRateLimiter Pace => LazyInitializer.EnsureInitialized(ref pace, () => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
    {
        TokenLimit = options.Value.RequestsPerSecond,
        TokensPerPeriod = options.Value.RequestsPerSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = int.MaxValue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    }));

    public async Task<InstallOutcome?> RequestAsync(string aadObjectId, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return Refused(ReachTexts.InstallOff.With());
        }
        if (!TableKeys.IsValid(aadObjectId))
        {
            return Refused(ReachTexts.InvalidUser.With());
        }
        // A claim lost to another sender is read again: at most a few rounds, then simply wait for that sender's outcome.
        for (var round = 0; round < 3; round++)
        {
            var current = await store.FindAsync(aadObjectId, ct);
            var now = time.GetUtcNow();
            switch (o.ToRules().Decide(current?.ParsedState, current?.Since, current?.CodedReason(), now))
            {
                case AppInstallDecision.Wait wait:
                    return Waiting(ReachTexts.Installing.With(), wait.RetryAfter);
                case AppInstallDecision.Refuse refuse:
                    return Refused(refuse.Reason);
            }
            if (await store.TryClaimAsync(aadObjectId, current, now, ct) is { } claimed)
            {
                try
                {
                    return await InstallAsync(aadObjectId, claimed, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // E.g. no token for Graph: a configuration problem the CISO must see; the send itself must not break.
                    logger.LogError(e, "Installing the app for {User} failed", aadObjectId);
                    await store.ReleaseAsync(claimed, CancellationToken.None);
                    return Refused(ReachTexts.InstallFailed.With($"{e.GetType().Name}: {e.Message}"));
                }
            }
        }
        return Waiting(ReachTexts.Installing.With(), o.RetryAfter);
    }

    private async Task<InstallOutcome> InstallAsync(string aadObjectId, AppInstallRow claimed, CancellationToken ct)
    {
        if (time.GetUtcNow().UtcTicks < Volatile.Read(ref permissionMissingUntil))
        {
            return await RefuseAsync(claimed, ReachTexts.PermissionMissing.With(), ct);
        }
        var (appId, problem) = await catalog.ResolveAsync(ct);
        if (appId is null)
        {
            return await RefuseAsync(claimed, problem!, ct);
        }
        try
        {
            using (await Pace.AcquireAsync(1, ct))
            {
                await graph.Users[aadObjectId].Teamwork.InstalledApps.PostAsync(new UserScopeTeamsAppInstallation
                {
                    AdditionalData = new Dictionary<string, object> { ["teamsApp@odata.bind"] = $"{tenant.BaseUrl.ToString().TrimEnd('/')}/appCatalogs/teamsApps/{appId}" },
                }, cancellationToken: ct);
            }
            logger.LogInformation("Installed the app for {User}; waiting for Teams' installation event", aadObjectId);
            return Waiting(ReachTexts.Installing.With(), options.Value.RetryAfter);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 409)
        {
            // Installed already, yet no conversation is stored here (the event was lost, or storage is new): ask Graph for the chat.
            if (await chats.AdoptAsync(aadObjectId, appId, ct))
            {
                return new InstallOutcome.Ready();
            }
            // A second round without event or chat is not waited for forever: the sender counts it as a failed attempt.
            return claimed.Requests >= 2
                ? await RefuseAsync(claimed, ReachTexts.NoChat.With(), ct)
                : Waiting(ReachTexts.Installing.With(), options.Value.RetryAfter);
        }
        catch (ODataError e) when (GraphFailure.Classify(e) is GraphFailureKind.Throttled or GraphFailureKind.Unavailable)
        {
            logger.LogWarning("Installing the app for {User}: {Problem}; asking again later", aadObjectId, GraphFailure.Describe(e));
            await store.ReleaseAsync(claimed, CancellationToken.None);
            return Waiting(ReachTexts.GraphBusy.With(), options.Value.RetryAfter);
        }
        catch (ODataError e)
        {
            var kind = GraphFailure.Classify(e);
            if (kind == GraphFailureKind.PermissionMissing)
            {
                Volatile.Write(ref permissionMissingUntil, (time.GetUtcNow() + options.Value.RefusalKeptFor).UtcTicks);
            }
            logger.LogWarning("Installing the app for {User} was refused: {Problem}", aadObjectId, GraphFailure.Describe(e));
            return await RefuseAsync(claimed, kind switch
            {
                GraphFailureKind.PermissionMissing => ReachTexts.PermissionMissing.With(),
                GraphFailureKind.LicenceMissing => ReachTexts.NoLicence.With(),
                GraphFailureKind.NotFound => ReachTexts.UnknownUser.With(),
                _ => ReachTexts.InstallFailed.With(GraphFailure.Describe(e)),
            }, ct);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "Installing the app for {User} broke off; asking again later", aadObjectId);
            await store.ReleaseAsync(claimed, CancellationToken.None);
            return Waiting(ReachTexts.GraphUnreachable.With(), options.Value.RetryAfter);
        }
    }

    private async Task<InstallOutcome> RefuseAsync(AppInstallRow claimed, CodedText reason, CancellationToken ct)
    {
        await store.RecordAsync(claimed, AppInstallState.Refused, reason, time.GetUtcNow(), ct);
        return Refused(reason);
    }

    private static InstallOutcome.Waiting Waiting(CodedText reason, TimeSpan retryAfter) =>
        new(reason.English, retryAfter) { Code = reason.Code, Args = reason.Args };

    private static InstallOutcome.Refused Refused(CodedText reason) => new(reason.English) { Code = reason.Code, Args = reason.Args };

    public void Dispose() => pace?.Dispose();
}
