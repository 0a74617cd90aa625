using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace M365Nis2.Domain.Vault;

/// <summary>
/// The canonical byte form of a ledger entry, reproducible by an auditor with any tool:
/// UTF-8 (no BOM) of these seven lines, each ending in a single LF (0x0A), no other whitespace:
/// <code>
/// m365nis2-ledger-v1
/// sequence=&lt;decimal, no leading zeros&gt;
/// artefact=&lt;64 lowercase hex&gt;
/// kind=&lt;kind&gt;
/// time=&lt;UTC, yyyy-MM-ddTHH:mm:ss.fffZ&gt;
/// actor=&lt;actor&gt;
/// previous=&lt;64 lowercase hex; 64 zeros for sequence 1&gt;
/// </code>
/// entry hash = lowercase hex SHA-256 of those bytes. Kind and actor may not contain control characters, so no line
/// can be forged by embedding a newline.
/// </summary>
public static class LedgerCanonical
{
    public const string Version = "m365nis2-ledger-v1";
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    public static readonly string GenesisHash = new('0', 64);

    public static string Text(long sequence, string artefactId, string kind, DateTimeOffset recordedAt, string actor, string previousHash) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Version}\nsequence={sequence}\nartefact={artefactId}\nkind={kind}\ntime={FormatTime(recordedAt)}\nactor={actor}\nprevious={previousHash}\n");

    public static string Hash(long sequence, string artefactId, string kind, DateTimeOffset recordedAt, string actor, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(sequence, artefactId, kind, recordedAt, actor, previousHash))));

    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Kind and actor: non-empty, at most 256 characters, no control characters.</summary>
    public static bool IsValidField(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 256 && !value.Any(char.IsControl);
}
