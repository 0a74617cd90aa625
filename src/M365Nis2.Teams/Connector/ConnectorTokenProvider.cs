using Azure.Core;

namespace M365Nis2.Teams.Connector;

/// <summary>
/// Bearer tokens for the Bot Connector (scope https://api.botframework.com/.default), cached until five minutes
/// before expiry because not every Azure.Identity credential caches on its own. No credential = local mode, no token.
/// </summary>
public sealed class ConnectorTokenProvider(TokenCredential? credential, TimeProvider time) : IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken? cached;

    public bool HasCredential => credential is not null;

    public async Task<string?> GetTokenAsync(CancellationToken ct)
    {
        if (credential is null)
        {
            return null;
        }
        if (IsFresh(cached))
        {
            return cached!.Value.Token;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (!IsFresh(cached))
            {
                cached = await credential.GetTokenAsync(new TokenRequestContext([Scope]), ct);
            }
            return cached!.Value.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private bool IsFresh(AccessToken? token) => token is { } t && t.ExpiresOn - RefreshMargin > time.GetUtcNow();
}
