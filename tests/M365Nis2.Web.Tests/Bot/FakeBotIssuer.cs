using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace M365Nis2.Web.Tests.Bot;

/// <summary>
/// A local stand-in for login.botframework.com and the Entra tenant: OpenID metadata and a JWKS on loopback, keys made
/// in the test. The Bot Framework keys carry "endorsements" like the real ones; Entra keys carry none.
/// </summary>
public sealed class FakeBotIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string AppId = "5f0b2c4e-1d9a-4a7e-9c3b-8e2f6a1d0b01";
    public const string TenantId = "3c1a8e2d-7b4f-4c9a-a1e6-2d5f8b0c9e11";
    private readonly RSA key = RSA.Create(2048);
    private LoopbackServer server = null!;

    public FakeBotIssuer(params string[] endorsements) => Endorsements = endorsements;

    public string[] Endorsements { get; }

    public string KeyId { get; } = "test-key-" + Guid.NewGuid().ToString("N")[..8];

    public RsaSecurityKey SigningKey => new(key) { KeyId = KeyId };

    public Uri BotFrameworkMetadataUrl => new(server.BaseAddress, "/botframework/.well-known/openidconfiguration");

    public Uri EntraMetadataUrl => new(server.BaseAddress, "/entra/v2.0/.well-known/openid-configuration");

    public static string EntraIssuer => $"https://login.microsoftonline.com/{TenantId}/v2.0";

    public static async Task<FakeBotIssuer> StartAsync(params string[] endorsements)
    {
        var issuer = new FakeBotIssuer(endorsements.Length == 0 ? ["msteams"] : endorsements);
        issuer.server = await LoopbackServer.StartAsync(issuer.AnswerAsync);
        return issuer;
    }

    /// <summary>Bot settings for a TestApp that trusts this issuer.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Bot:AppId"] = AppId,
        ["Bot:TenantId"] = TenantId,
        ["Bot:AppSecret"] = "not-used-the-test-replaces-the-credential",
        ["Bot:OpenIdMetadataUrl"] = BotFrameworkMetadataUrl.ToString(),
        // The fake connector is on loopback; outside local mode that host must be listed to receive the token.
        ["Bot:AdditionalServiceUrlHosts:0"] = "127.0.0.1",
    };

    public string CreateToken(string serviceUrl, string issuer = BotFrameworkIssuer, string audience = AppId,
        DateTime? expires = null, SecurityKey? signWith = null)
    {
        var notBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore,
            IssuedAt = notBefore,
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl), new Claim("appid", AppId)]),
            SigningCredentials = new SigningCredentials(signWith ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        var p = key.ExportParameters(includePrivateParameters: false);
        object body = request.Path switch
        {
            "/botframework/.well-known/openidconfiguration" => Metadata(BotFrameworkIssuer, "/botframework/keys"),
            "/entra/v2.0/.well-known/openid-configuration" => Metadata(EntraIssuer, "/entra/keys"),
            "/botframework/keys" => new { keys = new[] { Jwk(p, Endorsements) } },
            "/entra/keys" => new { keys = new[] { Jwk(p, null) } },
            _ => new { error = "not found" },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private Dictionary<string, object> Metadata(string issuer, string keysPath) => new Dictionary<string, object>
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = new Uri(server.BaseAddress, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };

    private Dictionary<string, object> Jwk(RSAParameters p, string[]? endorsements)
    {
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }
        return jwk;
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        key.Dispose();
    }
}
