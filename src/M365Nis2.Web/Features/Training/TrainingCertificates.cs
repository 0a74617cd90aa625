using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// Certificates of attendance, for the CISO's record and a board member's self-report alike: checked (size, type)
/// before anything is stored, then signed into the vault (kind training.certificate, control art20.2).
/// </summary>
public sealed class TrainingCertificates(IEvidenceVault vault, IOptions<TrainingOptions> options)
{
    public const string Kind = "training.certificate";
    private static readonly string[] Types = ["application/pdf", "image/png", "image/jpeg"];

    /// <summary>The file's bytes, or a <see cref="TrainingInputException"/> naming the field.</summary>
    public async Task<(byte[] Content, string ContentType, string FileName)> ReadAsync(IFormFile certificate, CancellationToken ct)
    {
        var max = options.Value.MaxCertificateBytes;
        if (certificate.Length == 0 || certificate.Length > max)
            throw new TrainingInputException($"certificate must be between 1 byte and {max} bytes (Training:MaxCertificateBytes).");
        if (!Types.Contains(certificate.ContentType, StringComparer.OrdinalIgnoreCase))
            throw new TrainingInputException($"certificate must be one of {string.Join(", ", Types)}.");
        using var buffer = new MemoryStream();
        await certificate.CopyToAsync(buffer, ct);
        return (buffer.ToArray(), certificate.ContentType, Path.GetFileName(certificate.FileName));
    }

    public async Task<string> StoreAsync((byte[] Content, string ContentType, string FileName) file, string courseId, string memberObjectId, string actor, CancellationToken ct)
    {
        var receipt = await vault.PutAsync(file.Content, file.ContentType, Kind, ["art20.2"],
            new Dictionary<string, string> { ["courseId"] = courseId, ["memberObjectId"] = memberObjectId, ["fileName"] = file.FileName }, actor, ct);
        return receipt.Id;
    }
}
