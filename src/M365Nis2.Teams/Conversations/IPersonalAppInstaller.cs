namespace M365Nis2.Teams.Conversations;

/// <summary>What asking to install the app in one user's personal scope led to.</summary>
public abstract record InstallOutcome
{
    /// <summary>The reason's stable code and arguments (see <see cref="ProactiveResult.NoConversation.Code"/>); the Reason is its English.</summary>
    public string? Code { get; init; }

    public IReadOnlyDictionary<string, string>? Args { get; init; }

    /// <summary>
    /// Installation requested (now, or earlier by this or another instance): Teams will send the installation event that
    /// brings the 1:1 conversation. Nothing can be sent yet; try again after <paramref name="RetryAfter"/>.
    /// </summary>
    public sealed record Waiting(string Reason, TimeSpan RetryAfter) : InstallOutcome;

    /// <summary>The app is installed and a conversation reference was stored meanwhile: look it up again and send.</summary>
    public sealed record Ready : InstallOutcome;

    /// <summary>The app cannot install itself for this user (permission, licence, switched off); the reason is for the CISO.</summary>
    public sealed record Refused(string Reason) : InstallOutcome;
}

/// <summary>
/// Proactive installation ("reach everyone"): called by <see cref="ProactiveMessenger"/> when a user has no 1:1
/// conversation and none could be created, i.e. the app is not installed for them. The host supplies the real one
/// (Microsoft Graph); without it nobody is installed and the send reports "no conversation" as before.
/// </summary>
public interface IPersonalAppInstaller
{
    /// <summary>Null when installation is not attempted at all (no installer configured).</summary>
    Task<InstallOutcome?> RequestAsync(string aadObjectId, CancellationToken ct);
}

/// <summary>The default: never installs.</summary>
internal sealed class NoPersonalAppInstaller : IPersonalAppInstaller
{
    public Task<InstallOutcome?> RequestAsync(string aadObjectId, CancellationToken ct) => Task.FromResult<InstallOutcome?>(null);
}
