using CsvHelper;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// Reads a supplier CSV with CsvHelper into raw rows for the domain's validation. Comma or semicolon separated (Danish
/// Excel writes ';'), decided from the header line rather than guessed from the data, because list fields may hold '|'.
/// Header names are matched ignoring case; an unknown column is an error because it is usually a typo that would
/// silently drop a field.
/// </summary>
public static class SupplierCsvReader
{
    public const int MaxChars = 1_000_000;

    private static readonly string[] Required = ["name", "country"];

    public static IReadOnlyList<string> Columns { get; } =
        ["name", "vat", "country", "services", "data", "access", "sole_provider", "tier", "owner", "contract_start", "contract_end", "clauses", "systems"];

    public static (IReadOnlyList<SupplierCsvRow> Rows, IReadOnlyList<RowError> Errors) Read(string text)
    {
        if (text.Length > MaxChars)
            return ([], [new RowError(1, "", SupplierInputTexts.FileTooLarge.With(MaxChars / 1000))]);
        var firstLine = text.AsSpan().TrimStart('\uFEFF');
        var end = firstLine.IndexOfAny('\r', '\n');
        var header = (end < 0 ? firstLine : firstLine[..end]).ToString();
        if (header.Trim().Length == 0)
            return ([], [new RowError(1, "", SupplierInputTexts.NoHeader.With())]);
        var options = new CsvReaderOptions
        {
            Separator = header.Contains(';', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? ';' : ',',
            TrackLineNumbers = true,
            TrimWhitespace = true,
        };
        using var csv = CsvReader.FromText(text, options);
        var names = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        var errors = names.Where(n => !Columns.Contains(n)).Select(n => new RowError(1, n, SupplierInputTexts.UnknownColumn.With(n, string.Join(", ", Columns)))).ToList();
        errors.AddRange(Required.Where(r => !names.Contains(r)).Select(r => new RowError(1, r, SupplierInputTexts.MissingColumn.With(r))));
        if (errors.Count > 0)
            return ([], errors);

        var rows = new List<SupplierCsvRow>();
        while (csv.Read())
        {
            string? F(string column)
            {
                var i = names.IndexOf(column);
                return i >= 0 && i < csv.FieldCount ? csv.GetString(i) : null;
            }
            rows.Add(new SupplierCsvRow((int)csv.LineNumber, F("name"), F("vat"), F("country"), F("services"), F("data"), F("access"),
                F("sole_provider"), F("tier"), F("owner"), F("contract_start"), F("contract_end"), F("clauses"), F("systems")));
            if (rows.Count > SupplierImport.MaxRows)
                break;
        }
        return (rows, []);
    }
}
