
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace M365Nis2.Teams.Auth;

/// <summary>
/// Validates the channel's bearer token the way the Bot Framework SDK validates channel tokens: issuer
/// https://api.botframework.com (the only issuer Teams uses towards a bot), audience = app id, lifetime with 5 minutes
/// skew, RS256 signature from the Bot Framework keys; the endpoint then checks the serviceurl claim, the endorsements,
/// the tenant and the connector host. Entra-issued tokens are refused: any app in the tenant can get one with
/// aud = the bot's app id and would then act as whoever the activity names (the SDK accepts them only from the
/// Emulator and from skills, which this bot does not serve). With no app id (local mode, Development only) only
/// loopback callers to a loopback host are let in, which is what the Agents Playground needs.
/// </summary>
public sealed class BotRequestAuthenticator
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    private readonly BotOptions options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration>? botFrameworkKeys;
    private readonly JsonWebTokenHandler handler = new();

    public BotRequestAuthenticator(IOptions<BotOptions> options, IHttpClientFactory httpFactory)
    {
        this.options = options.Value;
        if (!this.options.IsLocalMode)
        {
            botFrameworkKeys = Manager(this.options.OpenIdMetadataUrl, httpFactory);
        }
    }

    public async Task<BotAuthOutcome> AuthenticateAsync(HttpRequest request, CancellationToken ct)
    {
        if (options.IsLocalMode)
        {
            return LoopbackRequest.IsLoopback(request.HttpContext)
                ? BotAuthOutcome.Local
                : BotAuthOutcome.Unauthorized(
                    $"local mode (no Bot:AppId) accepts loopback callers to a loopback host only, not {request.HttpContext.Connection.RemoteIpAddress} for {request.Host}");
        }
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return BotAuthOutcome.Unauthorized("missing Authorization: Bearer header");
        }
        var token = header[7..].Trim();
        string issuer;
        try
        {
            issuer = handler.ReadJsonWebToken(token).Issuer;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return BotAuthOutcome.Unauthorized("malformed token");
        }
        if (issuer != BotFrameworkIssuer)
        {
            return BotAuthOutcome.Unauthorized($"untrusted issuer '{issuer}' (only {BotFrameworkIssuer} calls a Teams bot)");
        }
        var manager = botFrameworkKeys!;
        var result = await ValidateAsync(token, manager, [BotFrameworkIssuer], ct);
        if (result is null)
        {
            return BotAuthOutcome.Unauthorized("signing keys unavailable");
        }
        if (!result.IsValid)
        {
            return BotAuthOutcome.Unauthorized($"invalid token: {result.Exception?.GetType().Name}");
        }
        var jwt = (JsonWebToken)result.SecurityToken;
        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var url) ? url : null;
        var config = await manager.GetConfigurationAsync(ct);
        return new BotAuthOutcome(StatusCodes.Status200OK, null, serviceUrl, EndorsementsOf(config, jwt.Kid), IsBotFrameworkToken: true);
    }

    private async Task<TokenValidationResult?> ValidateAsync(string token, ConfigurationManager<OpenIdConnectConfiguration> manager, string[] issuers, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            OpenIdConnectConfiguration config;
            try
            {
                config = await manager.GetConfigurationAsync(ct);
            }
            catch (InvalidOperationException)
            {
                return null;
            }
            var result = await handler.ValidateTokenAsync(token, new TokenValidationParameters
            {
                ValidIssuers = issuers,
                ValidAudience = options.AppId,
                IssuerSigningKeys = config.SigningKeys,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                ClockSkew = TimeSpan.FromMinutes(5),
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidateLifetime = true,
            });
            // Keys roll over: an unknown kid earns one metadata refresh (rate-limited by the manager) before refusing.
            if (result.IsValid || result.Exception is not SecurityTokenSignatureKeyNotFoundException || attempt == 1)
            {
                return result;
            }
            manager.RequestRefresh();
        }
        return null;
    }

    /// <summary>Bot Framework JWKS entries carry an "endorsements" array (channel ids); IdentityModel keeps it in AdditionalData.</summary>
    private static string[] EndorsementsOf(OpenIdConnectConfiguration config, string? kid)
    {
        var key = config.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> list => [.. list.Select(o => o?.ToString() ?? "")],
            string single => [single],
            _ => [],
        };
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> Manager(Uri metadata, IHttpClientFactory httpFactory)
    {
        // Plain http only for a loopback issuer (tests); real metadata is always https.
        var retriever = new HttpDocumentRetriever(httpFactory.CreateClient(nameof(BotRequestAuthenticator))) { RequireHttps = !metadata.IsLoopback };
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadata.ToString(), new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
    }
}
