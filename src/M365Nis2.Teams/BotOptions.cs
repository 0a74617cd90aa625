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

    /// <summary>Bot:EntraOpenIdMetadataUrl; defaults to the tenant's v2.0 metadata when empty.</summary>
    public Uri? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>Where proactive 1:1 conversations are created when no serviceUrl has been seen yet.</summary>
    public Uri DefaultServiceUrl { get; set; } = new("https://smba.trafficmanager.net/teams/");

    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    public Uri EntraMetadataUrl() =>
        EntraOpenIdMetadataUrl ?? new Uri($"https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration");

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
