using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Suppliers;

/// <summary>One CSV row as read, before validation; lists are keys separated by ';' or '|' ('|' when the file itself uses ';').</summary>
/// <param name="Line">The line number in the file (header = line 1), so errors point where the user looks.</param>
public sealed record SupplierCsvRow(int Line, string? Name, string? VatNumber, string? Country, string? Services, string? Data,
    string? Access, string? SoleProvider, string? Tier, string? Owner, string? ContractStart, string? ContractEnd, string? Clauses,
    string? Systems);

/// <summary>One problem in one row of an import: <see cref="Message"/> in English (what API clients have always read).</summary>
public sealed record RowError(int Line, string Column, string Message)
{
    /// <summary>A coded problem: <see cref="Message"/> is its English; <see cref="Text"/> gives it in the reader's language.</summary>
    public RowError(int line, string column, CodedText text)
        : this(line, column, text.English)
    {
        Text = text;
    }

    /// <summary>The coded text; null for a problem only in English.</summary>
    public CodedText? Text { get; init; }

    /// <summary>The message in the reader's language ("da" or "en").</summary>
    public string In(string? language) => Text?.InLanguage(language) ?? Message;
}

/// <summary>
/// The drafts of the good rows and every error. Import only when <see cref="IsValid"/>: a file with any error imports nothing;
/// the good rows' drafts are still returned so the caller can add its own per-row checks (e.g. owners in the directory).
/// </summary>
public sealed record ImportValidation(IReadOnlyList<(int Line, SupplierDraft Draft)> Drafts, IReadOnlyList<RowError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Validates a supplier CSV file all or nothing: each bad row gets its own errors (line and column), duplicates inside the
/// file and against the register are refused by name and by VAT number, and only a clean file yields drafts.
/// </summary>
public static class SupplierImport
{
    public const int MaxRows = 2000;

    public static ImportValidation Validate(IReadOnlyList<SupplierCsvRow> rows, IReadOnlyCollection<string> existingNames,
        IReadOnlyCollection<string> existingVatNumbers)
    {
        var errors = new List<RowError>();
        if (rows.Count == 0)
            return new([], [new RowError(1, "", SupplierInputTexts.NoRows.With())]);
        if (rows.Count > MaxRows)
            return new([], [new RowError(MaxRows + 2, "", SupplierInputTexts.TooManyRows.With(rows.Count, MaxRows))]);

        var names = new HashSet<string>(existingNames.Select(n => n.Trim()), StringComparer.OrdinalIgnoreCase);
        var vats = new HashSet<string>(existingVatNumbers.Select(VatNumbers.Key), StringComparer.OrdinalIgnoreCase);
        var drafts = new List<(int, SupplierDraft)>();
        foreach (var row in rows)
        {
            var (input, parseErrors) = ToInput(row);
            var result = SupplierValidation.Validate(input);
            var rowErrors = parseErrors.Concat(result.Errors).Select(e => new RowError(row.Line, e.Field, e.Message) { Text = e.Text }).ToList();
            if (result.Draft is { } draft)
            {
                if (!names.Add(draft.Name))
                    rowErrors.Add(new(row.Line, "name", SupplierInputTexts.NameInFile.With(draft.Name)));
                if (draft.VatNumber is { } vat && !vats.Add(VatNumbers.Key(vat)))
                    rowErrors.Add(new(row.Line, "vat", SupplierInputTexts.VatInFile.With(vat)));
                if (rowErrors.Count == 0) drafts.Add((row.Line, draft));
            }

            errors.AddRange(rowErrors);
        }

        return new(drafts, errors);
    }

    private static (SupplierInput Input, List<FieldError> Errors) ToInput(SupplierCsvRow row)
    {
        var errors = new List<FieldError>();
        int? tier = null;
        if (!string.IsNullOrWhiteSpace(row.Tier))
        {
            if (int.TryParse(row.Tier.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var t)) tier = t;
            else errors.Add(new("tier", SupplierInputTexts.NotTier.With(row.Tier)));
        }

        var sole = false;
        if (!string.IsNullOrWhiteSpace(row.SoleProvider))
        {
            var v = row.SoleProvider.Trim().ToLowerInvariant();
            if (v is "yes" or "true" or "ja" or "1") sole = true;
            else if (v is not ("no" or "false" or "nej" or "0")) errors.Add(new("soleProvider", SupplierInputTexts.NotYesNo.With(row.SoleProvider)));
        }

        return (new SupplierInput(row.Name, row.VatNumber, row.Country, Split(row.Services), Split(row.Data), row.Access, sole, tier,
            row.Owner, row.ContractStart, row.ContractEnd, Split(row.Clauses), Split(row.Systems)), errors);
    }

    private static List<string> Split(string? list) =>
        list is null ? [] : [.. list.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
