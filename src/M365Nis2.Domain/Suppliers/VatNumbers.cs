using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Suppliers;

/// <summary>
/// VAT / company numbers. Danish CVR numbers (8 digits, optionally prefixed DK) are checked with their modulus-11 check
/// digit, because a mistyped CVR is the usual import error; other countries only get a shape check.
/// </summary>
public static class VatNumbers
{
    private static readonly int[] CvrWeights = [2, 7, 6, 5, 4, 3, 2, 1];

    /// <summary>Upper case without spaces, dots or dashes; null for empty.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        return new string([.. raw.Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-')]).ToUpperInvariant();
    }

    /// <summary>The problem with a normalized number for the country, or null when it is acceptable.</summary>
    public static CodedText? Check(string vat, string country)
    {
        if (country == "DK" || vat.StartsWith("DK", StringComparison.Ordinal))
        {
            var digits = vat.StartsWith("DK", StringComparison.Ordinal) ? vat[2..] : vat;
            if (digits.Length != 8 || !digits.All(char.IsAsciiDigit))
                return SupplierInputTexts.NotCvr.With(vat);
            var sum = digits.Select((c, i) => (c - '0') * CvrWeights[i]).Sum();
            return sum % 11 == 0 ? null : SupplierInputTexts.CvrCheckDigit.With(vat);
        }

        return vat.Length is >= 4 and <= 16 && vat.All(char.IsAsciiLetterOrDigit)
            ? null
            : SupplierInputTexts.NotVat.With(vat);
    }

    /// <summary>The comparable form for duplicate detection: a Danish number with or without the DK prefix is the same.</summary>
    public static string Key(string vat) => vat.StartsWith("DK", StringComparison.Ordinal) && vat.Length == 10 ? vat[2..] : vat;
}
