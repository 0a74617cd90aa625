using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Teams;

/// <summary>
/// The bot's identity. With no AppId the bot runs in local mode: inbound requests are accepted unauthenticated from
/// loopback only (Agents Playground) and outbound calls carry no token.
/// </summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>Bot:AppId, the Entra application (client) id of the bot registration.</summary>
    public string? AppId { get; set; }

    /// <summary>Bot:TenantId, the home tenant of the single-tenant bot registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>Bot:AppSecret for client-credential tokens; leave empty with a managed identity.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Bot:ManagedIdentityClientId of the user-assigned identity the bot runs as.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>
    /// Bot:AdditionalServiceUrlHosts: connector hosts trusted besides <see cref="TeamsServiceUrlHosts"/> (e.g. a sovereign
    /// cloud such as smba.teams.sovcloud-core.fr). The bot sends its connector token to no other host.
    /// </summary>
    public List<string> AdditionalServiceUrlHosts { get; set; } = [];

    /// <summary>
    /// The Teams connector hosts Microsoft documents (public cloud incl. its regional paths /teams/, /emea/, /amer/,
    /// /apac/, GCC, GCC High, DoD, 21Vianet). Only these (plus the additional ones) receive the bot's token.
    /// </summary>
    public static readonly IReadOnlyList<string> TeamsServiceUrlHosts =
    [
        "smba.trafficmanager.net",
        "smba.onyx.prod.teams.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "frontend.botapi.msg.infra.teams.microsoftonline.cn",
    ];

    /// <summary>
    /// Whether the bot may call (and send its token to) this connector URL: https on a Teams host or an additional
    /// one; loopback (the Agents Playground, test fakes) in local mode, or when a loopback host is listed explicitly
    /// in Bot:AdditionalServiceUrlHosts (the test suite's fake connector behind a real token check).
    /// </summary>
    public bool IsTrustedServiceUrl(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri)
        {
            return false;
        }
        if (url.IsLoopback)
        {
            return IsLocalMode || AdditionalServiceUrlHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase);
        }
        return url.Scheme == Uri.UriSchemeHttps
            && TeamsServiceUrlHosts.Concat(AdditionalServiceUrlHosts).Contains(url.Host, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Where proactive 1:1 conversations are created when no serviceUrl has been seen yet.</summary>
    public Uri DefaultServiceUrl { get; set; } = new("https://smba.trafficmanager.net/teams/");

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);


    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsLocalMode)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(TenantId))
        {
            yield return new ValidationResult("Bot:TenantId is required when Bot:AppId is set (single-tenant bot).", [nameof(TenantId)]);
        }
        if (string.IsNullOrWhiteSpace(AppSecret) && string.IsNullOrWhiteSpace(ManagedIdentityClientId))
        {
            yield return new ValidationResult(
                "Bot:AppSecret or Bot:ManagedIdentityClientId is required when Bot:AppId is set (outbound connector token).",
                [nameof(AppSecret)]);
        }
    }
}
