using Azure;
using Azure.Data.Tables;

namespace M365Nis2.Web.Features.Scope;

/// <summary>
/// One version of a scope assessment or a registration record: PK "assessment" or "registration", RK the version
/// number zero-padded (so rows sort by version). The "head" row (RK <see cref="Head"/>) names the current version and is
/// written in the same batch as a new version, ETag-conditioned, so two instances saving at once cannot both become
/// version n+1.
/// </summary>
public sealed class ScopeVersionRow : ITableEntity
{
    public const string Head = "head";
    public const string Assessment = "assessment";
    public const string Registration = "registration";

    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Version { get; set; }

    /// <summary>The answers or the record as JSON (what was signed into the vault).</summary>
    public string Json { get; set; } = "";

    /// <summary>Vault artefact id of the signed version.</summary>
    public string ArtefactId { get; set; } = "";

    public string SavedBy { get; set; } = "";

    public string SavedByName { get; set; } = "";

    public DateTimeOffset SavedAt { get; set; }

    /// <summary>Assessment: the category. Registration: changed fields joined with ','.</summary>
    public string Summary { get; set; } = "";

    /// <summary>Registration: when this version was marked submitted to the authority, and its signed receipt.</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    public string? SubmittedArtefactId { get; set; }

    public static string Key(int version) => version.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
