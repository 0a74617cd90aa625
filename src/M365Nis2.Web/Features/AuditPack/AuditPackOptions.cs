using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.AuditPack;

/// <summary>Section <c>AuditPack</c>.</summary>
public sealed class AuditPackOptions : IValidatableObject
{
    public const string Section = "AuditPack";

    /// <summary>
    /// AuditPack:WorkFolder, where a pack is staged and zipped before it streams (default: the system temp folder).
    /// On App Service the temp folder is small and per instance; point this at a larger local disk for big vaults.
    /// </summary>
    public string WorkFolder { get; set; } = Path.GetTempPath();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(WorkFolder) || !Path.IsPathFullyQualified(WorkFolder))
        {
            yield return new ValidationResult($"AuditPack:WorkFolder must be an absolute path (was '{WorkFolder}').", [nameof(WorkFolder)]);
        }
    }
}
