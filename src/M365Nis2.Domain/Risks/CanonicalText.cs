using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace M365Nis2.Domain.Risks;

/// <summary>
/// A reproducible text form for hashing: one <c>key=value</c> line per field, LF-terminated, values with backslash,
/// CR and LF escaped so no value can forge a line. The hash is lowercase hex SHA-256 of the UTF-8 bytes.
/// </summary>
internal sealed class CanonicalText(string header)
{
    private readonly StringBuilder text = new StringBuilder().Append(header).Append('\n');

    public CanonicalText Add(string key, string? value)
    {
        text.Append(key).Append('=').Append(Escape(value ?? "")).Append('\n');
        return this;
    }

    public CanonicalText Add(string key, int value) => Add(key, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>One line per item, in the given order.</summary>
    public CanonicalText AddEach(string key, IEnumerable<string> values)
    {
        foreach (var value in values)
            Add(key, value);
        return this;
    }

    /// <summary>One line per item, sorted ordinally, for sets whose order means nothing.</summary>
    public CanonicalText AddSet(string key, IEnumerable<string> values) =>
        AddEach(key, values.Order(StringComparer.Ordinal));

    public override string ToString() => text.ToString();

    public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
