using System.Threading.RateLimiting;
using M365Nis2.Domain.Reach;
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
    public const string WaitingReason = "not reached yet: the app is being installed for this person in Teams; the message follows when Teams confirms";
    public const string PermissionReason = "not reached: the app may not install itself (TeamsAppInstallation.ReadWriteSelfForUser.All missing)";
    public const string LicenceReason = "not reached: this person has no Microsoft Teams licence, so the app cannot be installed for them";
    public const string NoChatReason = "not reached: the app is installed for this person, but Teams gave the bot no chat with them yet (they can open the app once)";
    public const string UnknownUserReason = "not reached: Teams does not know this person (no Teams licence, or the account was removed)";

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
            return new InstallOutcome.Refused("not reached: the app is not installed for this person and proactive installation is off (AppInstall:Enabled)");
        }
        if (!TableKeys.IsValid(aadObjectId))
        {
            return new InstallOutcome.Refused("not reached: not a valid user id");
        }
        // A claim lost to another sender is read again: at most a few rounds, then simply wait for that sender's outcome.
        for (var round = 0; round < 3; round++)
        {
            var current = await store.FindAsync(aadObjectId, ct);
            var now = time.GetUtcNow();
            switch (o.ToRules().Decide(current?.ParsedState, current?.Since, current?.Reason, now))
            {
                case AppInstallDecision.Wait wait:
                    return new InstallOutcome.Waiting(WaitingReason, wait.RetryAfter);
                case AppInstallDecision.Refuse refuse:
                    return new InstallOutcome.Refused(refuse.Reason);
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
                    return new InstallOutcome.Refused($"not reached: installing the app failed ({e.GetType().Name}: {e.Message})");
                }
            }
        }
        return new InstallOutcome.Waiting(WaitingReason, o.RetryAfter);
    }

    private async Task<InstallOutcome> InstallAsync(string aadObjectId, AppInstallRow claimed, CancellationToken ct)
    {
        if (time.GetUtcNow().UtcTicks < Volatile.Read(ref permissionMissingUntil))
        {
            return await RefuseAsync(claimed, PermissionReason, ct);
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
            return new InstallOutcome.Waiting(WaitingReason, options.Value.RetryAfter);
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
                ? await RefuseAsync(claimed, NoChatReason, ct)
                : new InstallOutcome.Waiting(WaitingReason, options.Value.RetryAfter);
        }
        catch (ODataError e) when (GraphFailure.Classify(e) is GraphFailureKind.Throttled or GraphFailureKind.Unavailable)
        {
            logger.LogWarning("Installing the app for {User}: {Problem}; asking again later", aadObjectId, GraphFailure.Describe(e));
            await store.ReleaseAsync(claimed, CancellationToken.None);
            return new InstallOutcome.Waiting("not reached yet: Microsoft Graph is busy; installing the app is tried again", options.Value.RetryAfter);
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
                GraphFailureKind.PermissionMissing => PermissionReason,
                GraphFailureKind.LicenceMissing => LicenceReason,
                GraphFailureKind.NotFound => UnknownUserReason,
                _ => $"not reached: installing the app failed ({GraphFailure.Describe(e)})",
            }, ct);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "Installing the app for {User} broke off; asking again later", aadObjectId);
            await store.ReleaseAsync(claimed, CancellationToken.None);
            return new InstallOutcome.Waiting("not reached yet: Microsoft Graph could not be reached; installing the app is tried again", options.Value.RetryAfter);
        }
    }

    private async Task<InstallOutcome> RefuseAsync(AppInstallRow claimed, string reason, CancellationToken ct)
    {
        await store.RecordAsync(claimed, AppInstallState.Refused, reason, time.GetUtcNow(), ct);
        return new InstallOutcome.Refused(reason);
    }

    public void Dispose() => pace?.Dispose();
}
