using System.Security.Cryptography.X509Certificates;

namespace M365Nis2.Web.Infrastructure.Signing;

/// <summary>The certificate (with private key) that signs every artefact. Implementations cache it for the process.</summary>
public interface ISigningCertificateProvider
{
    Task<X509Certificate2> GetAsync(CancellationToken ct = default);
}
