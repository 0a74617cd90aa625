using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// Stands in for the Entra tenant that issues Teams SSO tokens: an RSA key made in the test. The host runs
/// Microsoft.Identity.Web as in production (AzureAd:ClientId set); only the OpenID configuration (issuer + key) is
/// handed to JwtBearer directly instead of being fetched from login.microsoftonline.com.
/// </summary>
public sealed class EntraTestIssuer : IDisposable
{
    public const string TenantId = "3c1a8e2d-7b4f-4c9a-a1e6-2d5f8b0c9e11";
    public const string ClientId = "6a8e1f3c-2b4d-4e9f-8a7c-1d3e5f7a9b02";
    public static readonly string Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";
    private readonly RSA rsa = RSA.Create(2048);

    public RsaSecurityKey Key => new(rsa) { KeyId = "entra-test-key" };

    public static Dictionary<string, string?> Settings() => new()
    {
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
        ["AzureAd:TenantId"] = TenantId,
        ["AzureAd:ClientId"] = ClientId,
    };

    public void Configure(IServiceCollection services) =>
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
            configuration.SigningKeys.Add(Key);
            o.Configuration = configuration;
            o.ConfigurationManager = null;
            o.TokenValidationParameters.ValidIssuer = Issuer;
            o.TokenValidationParameters.IssuerValidator = null;
            o.TokenValidationParameters.IssuerSigningKey = Key;
        });

    /// <summary>A Teams SSO-shaped access token (v2: aud = client id, scp access_as_user) for a user of the demo tenant.</summary>
    public string Token(string objectId, string audience = ClientId, SecurityKey? signWith = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddHours(1),
            NotBefore = DateTime.UtcNow.AddMinutes(-5),
            Subject = new ClaimsIdentity([
                new Claim("oid", objectId), new Claim("tid", TenantId), new Claim("scp", "access_as_user"),
                new Claim("name", "Test user"), new Claim("ver", "2.0"),
            ]),
            SigningCredentials = new SigningCredentials(signWith ?? Key, SecurityAlgorithms.RsaSha256),
        });

    public void Dispose() => rsa.Dispose();
}
