using System.Text;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>The document formats the register accepts, checked by declared content type AND by the bytes themselves.</summary>
public static class PolicyDocuments
{
    public const string Pdf = "application/pdf";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Markdown = "text/markdown";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The normalised content type to store, or a problem saying why the document is refused.</summary>
    public static (string? ContentType, CodedText? Problem) Check(string? declaredType, string? fileName, ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return (null, ApprovalInputTexts.DocumentEmpty.With());
        }
        var declared = (declaredType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var isMarkdownName = fileName is not null && (fileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));
        switch (declared)
        {
            case Pdf:
                return content.StartsWith(PdfMagic) ? (Pdf, null) : (null, ApprovalInputTexts.NotPdf.With());
            case Docx:
                return content.StartsWith(ZipMagic) ? (Docx, null) : (null, ApprovalInputTexts.NotDocx.With());
            case Markdown or "text/x-markdown":
            case "text/plain" when isMarkdownName:
                return IsText(content) ? (Markdown, null) : (null, ApprovalInputTexts.NotMarkdown.With());
            default:
                return (null, ApprovalInputTexts.ContentType.With(declared, Pdf, Docx, Markdown));
        }
    }

    private static bool IsText(ReadOnlySpan<byte> content)
    {
        if (content.Contains((byte)0))
        {
            return false; // NUL bytes: a binary file, even if it happens to decode
        }
        try
        {
            StrictUtf8.GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
