using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>
/// Where tables and blobs live. Locally a connection string (Azurite); in Azure the service endpoints plus the
/// app's managed identity, so no account key ever sits in app settings.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Blob endpoint for managed-identity access, e.g. https://acct.blob.core.windows.net/. Overrides the connection string.</summary>
    public Uri? BlobEndpoint { get; set; }

    /// <summary>Table endpoint for managed-identity access, e.g. https://acct.table.core.windows.net/.</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty uses the default credential chain.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Prefix for every table and container name. Lets parallel test hosts share one Azurite without seeing each
    /// other's data; empty in production. Lower-case letters and digits, starting with a letter.
    /// </summary>
    [RegularExpression("^([a-z][a-z0-9]{0,11})?$", ErrorMessage = "Storage:Prefix must be empty or 1-12 lower-case letters/digits starting with a letter.")]
    public string Prefix { get; set; } = "";
}
