using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Tab;

/// <summary>
/// A CISO's manual evidence for any control: the document goes into the vault as it is, and a JSON manifest naming the
/// document's id, the note and the validity date goes in next to it. The vault signs content, not metadata, so the
/// note and date are signed only because they are in the manifest.
/// </summary>
public sealed class ManualEvidenceUpload(IEvidenceVault vault, TimeProvider time)
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const int MaxNoteLength = 2000;

    /// <summary>Document types an auditor can open without special tools; anything else is refused.</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
        [".csv"] = "text/csv",
        [".json"] = "application/json",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    public sealed record Result(string ManifestId, string DocumentId, long LedgerSequence);

    /// <summary>Validates and stores; returns the problems (field → message) instead when the input is bad.</summary>
    public async Task<(Result? Stored, Dictionary<string, string[]> Errors)> StoreAsync(string controlId, IFormFile? document, string? note,
        string? validUntil, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        string? contentType = null;
        if (document is null || document.Length == 0)
        {
            errors["document"] = ["A document is required (form field 'document')."];
        }
        else if (document.Length > MaxBytes)
        {
            errors["document"] = [$"The document is {document.Length} bytes; at most {MaxBytes} bytes (10 MB) are accepted."];
        }
        else if (!AllowedTypes.TryGetValue(Path.GetExtension(document.FileName), out contentType))
        {
            errors["document"] = [$"'{Path.GetExtension(document.FileName)}' files are not accepted; use one of {string.Join(", ", AllowedTypes.Keys)}."];
        }
        if (string.IsNullOrWhiteSpace(note))
        {
            errors["note"] = ["A note is required: what the document shows and for which period."];
        }
        else if (note.Length > MaxNoteLength)
        {
            errors["note"] = [$"The note has {note.Length} characters; at most {MaxNoteLength}."];
        }
        if (!DateOnly.TryParseExact(validUntil, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var valid))
        {
            errors["validUntil"] = ["validUntil must be a date in the form yyyy-MM-dd."];
        }
        else if (valid < today || valid > today.AddYears(5))
        {
            errors["validUntil"] = ["validUntil must be between today and five years from now."];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        byte[] bytes;
        using (var buffer = new MemoryStream((int)document!.Length))
        {
            await document.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        var fileName = Path.GetFileName(document.FileName);
        var actor = user.ObjectId();
        var doc = await vault.PutAsync(bytes, contentType!, ManualEvidenceManifest.DocumentKind, [controlId],
            new Dictionary<string, string> { ["fileName"] = fileName }, actor, ct);
        var manifest = new ManualEvidenceManifest(ManualEvidenceManifest.SchemaName, controlId, doc.Id, fileName, contentType!, bytes.Length,
            note!.Trim(), valid, actor, user.DisplayName(), time.GetUtcNow());
        var stored = await vault.PutAsync(JsonSerializer.SerializeToUtf8Bytes(manifest, ControlOverview.Json), "application/json",
            ManualEvidenceManifest.Kind, [controlId], new Dictionary<string, string> { ["documentId"] = doc.Id, ["fileName"] = fileName }, actor, ct);
        return (new Result(stored.Id, doc.Id, stored.LedgerSequence), errors);
    }
}
