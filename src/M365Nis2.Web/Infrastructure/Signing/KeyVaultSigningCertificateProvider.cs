using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Signing;

/// <summary>
/// Production signing: the certificate (with its private key, via the certificate's secret) from Key Vault, read
/// with the app's managed identity. Cached for the life of the process; a rotated certificate is picked up on restart.
/// </summary>
public sealed class KeyVaultSigningCertificateProvider(IOptions<SigningOptions> options) : ISigningCertificateProvider, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private X509Certificate2? certificate;

    public async Task<X509Certificate2> GetAsync(CancellationToken ct = default)
    {
        if (certificate is { } cached)
        {
            return cached;
        }
        await gate.WaitAsync(ct);
        try
        {
            if (certificate is null)
            {
                var o = options.Value;
                var client = new CertificateClient(o.KeyVaultUri!, Credential(o));
                var downloaded = await client.DownloadCertificateAsync(o.CertificateName!, cancellationToken: ct);
                certificate = downloaded.Value.HasPrivateKey
                    ? downloaded.Value
                    : throw new InvalidOperationException($"Key Vault certificate '{o.CertificateName}' came without a private key: it must be exportable and the identity must be allowed to get its secret.");
            }
            return certificate;
        }
        finally
        {
            gate.Release();
        }
    }

    private static TokenCredential Credential(SigningOptions o) =>
        string.IsNullOrEmpty(o.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId));

    public void Dispose()
    {
        certificate?.Dispose();
        gate.Dispose();
    }
}
