using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using M365Nis2.Domain.Vault;

namespace M365Nis2.Web.Infrastructure.Signing;

/// <summary>
/// Detached CMS/PKCS#7 signatures (SHA-256, signer certificate included, signing-time attribute), DER encoded, so
/// `openssl cms -verify -binary -inform DER` checks them. Both the API and the offline verify command use <see cref="Check"/>.
/// </summary>
public static class CmsSignatures
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1", "sha256");

    public static byte[] Sign(ReadOnlySpan<byte> content, X509Certificate2 certificate, DateTimeOffset signingTime)
    {
        var cms = new SignedCms(new ContentInfo(content.ToArray()), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(signingTime.UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>
    /// Null when <paramref name="signature"/> is a valid detached signature over <paramref name="content"/> by
    /// <paramref name="trusted"/> itself or by a certificate that chains to it; otherwise the problem.
    /// </summary>
    public static VaultProblem? Check(LedgerEntry entry, byte[] content, byte[]? signature, X509Certificate2 trusted)
    {
        if (signature is null)
        {
            return new(entry.Sequence, entry.ArtefactId, VaultProblemKind.SignatureMissing, "signature (.p7s) is missing");
        }
        X509Certificate2 signerCertificate;
        try
        {
            var cms = new SignedCms(new ContentInfo(content), detached: true);
            cms.Decode(signature);
            var signer = cms.SignerInfos.Count == 1 ? cms.SignerInfos[0] : throw new CryptographicException("expected exactly one signer");
            signer.CheckSignature(verifySignatureOnly: true);
            signerCertificate = signer.Certificate ?? throw new CryptographicException("the signer certificate is not included");
        }
        catch (CryptographicException ex)
        {
            return new(entry.Sequence, entry.ArtefactId, VaultProblemKind.SignatureInvalid, "signature does not verify: " + ex.Message);
        }
        return IsTrusted(signerCertificate, trusted)
            ? null
            : new(entry.Sequence, entry.ArtefactId, VaultProblemKind.SignerNotTrusted,
                $"signed by '{signerCertificate.Subject}' ({signerCertificate.Thumbprint}), which is not the signing certificate");
    }

    private static bool IsTrusted(X509Certificate2 signer, X509Certificate2 trusted)
    {
        if (signer.RawDataMemory.Span.SequenceEqual(trusted.RawDataMemory.Span))
        {
            return true;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.IgnoreNotTimeValid;
        return chain.Build(signer);
    }
}
