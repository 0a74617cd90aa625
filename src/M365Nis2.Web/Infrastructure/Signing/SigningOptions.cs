namespace M365Nis2.Web.Infrastructure.Signing;

public enum SigningMode
{
    Local,
    KeyVault,
}

/// <summary>
/// Where the evidence-signing certificate comes from. Local (the default) generates a self-signed ECDSA P-256
/// certificate once under <see cref="LocalFolder"/>; it is refused outside Development unless
/// <see cref="AllowLocalInProduction"/> is set, because a key on an app's disk is not a key an auditor should trust.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    public SigningMode Mode { get; set; } = SigningMode.Local;

    /// <summary>Key Vault URI, e.g. https://kv-m365nis2.vault.azure.net/ (KeyVault mode).</summary>
    public Uri? KeyVaultUri { get; set; }

    /// <summary>Name of the Key Vault certificate (an ECDSA P-256 certificate, exportable key) (KeyVault mode).</summary>
    public string? CertificateName { get; set; }

    /// <summary>Client id of the user-assigned managed identity allowed to read the certificate's secret.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Folder holding the local certificate (PFX + PEM); relative paths are under the current directory.</summary>
    public string LocalFolder { get; set; } = Path.Combine(".data", "signing");

    public bool AllowLocalInProduction { get; set; }

    /// <summary>Start-up validation; each message names the setting to fix.</summary>
    public IEnumerable<string> Problems(bool isDevelopment)
    {
        if (Mode == SigningMode.KeyVault)
        {
            if (KeyVaultUri is null || !KeyVaultUri.IsAbsoluteUri || KeyVaultUri.Scheme != Uri.UriSchemeHttps)
            {
                yield return "Signing:KeyVaultUri must be an absolute https URI when Signing:Mode is KeyVault.";
            }
            if (string.IsNullOrWhiteSpace(CertificateName))
            {
                yield return "Signing:CertificateName is required when Signing:Mode is KeyVault.";
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(LocalFolder))
            {
                yield return "Signing:LocalFolder must not be empty when Signing:Mode is Local.";
            }
            if (!isDevelopment && !AllowLocalInProduction)
            {
                yield return "Signing:Mode is Local outside Development: set Signing:Mode=KeyVault (with Signing:KeyVaultUri and " +
                    "Signing:CertificateName), or set Signing:AllowLocalInProduction=true to accept a self-signed key on disk.";
            }
        }
    }
}
