using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

/// <summary>One CSV row as read: its line number in the file (1 = header) and its fields.</summary>
public sealed record AssetRow(int Line, AssetInput Input);

/// <summary>Everything wrong with one row: <see cref="Problems"/> in English (what API clients have always read).</summary>
public sealed record RowError(int Line, IReadOnlyList<string> Problems)
{
    /// <summary>Coded problems: <see cref="Problems"/> holds their English; <see cref="In"/> gives them in the reader's language.</summary>
    public RowError(int line, IReadOnlyList<CodedText> texts)
        : this(line, [.. texts.Select(t => t.English)])
    {
        Texts = texts;
    }

    /// <summary>The coded problems; null for problems only in English.</summary>
    public IReadOnlyList<CodedText>? Texts { get; init; }

    /// <summary>The problems in the reader's language ("da" or "en").</summary>
    public IReadOnlyList<string> In(string? language) => Texts is null ? Problems : [.. Texts.Select(t => t.InLanguage(language))];

    /// <summary>The row's line and problems in one sentence ("Line 3: …"), or the problems alone for a single asset (line 0).</summary>
    public string Sentence(string? language) => Line > 0
        ? AssetInputTexts.RowProblems.With(Line, string.Join(" ", In(language))).InLanguage(language)
        : string.Join(" ", In(language));
}

/// <summary>
/// The outcome of an import: all assets, or none and an error per bad row. Nothing is half-imported, so a file with one
/// bad row is fixed and sent again as a whole.
/// </summary>
public sealed record AssetImportResult(IReadOnlyList<Asset> Assets, IReadOnlyList<RowError> Errors, string? FileError = null)
{
    /// <summary>Nothing imported because of the file as a whole; <see cref="FileError"/> is the text's English.</summary>
    public static AssetImportResult Refused(CodedText fileError) => new([], [], fileError.English) { FileErrorText = fileError };

    /// <summary>The coded problem with the file as a whole; null when there is none or it is only in English.</summary>
    public CodedText? FileErrorText { get; init; }

    public bool Succeeded => Errors.Count == 0 && FileError is null;
}

/// <summary>Checks a whole import before anything is stored.</summary>
public static class AssetImport
{
    public const int MaxRows = 5000;

    /// <param name="existingNames">Names already in the register; a row with one of them is an error, not an overwrite.</param>
    public static AssetImportResult Validate(IReadOnlyList<AssetRow> rows, IReadOnlySet<string> existingNames,
        Func<string, Person?> resolveOwner, Func<string> newId)
    {
        if (rows.Count == 0)
            return AssetImportResult.Refused(AssetInputTexts.NoRows.With());
        if (rows.Count > MaxRows)
            return AssetImportResult.Refused(AssetInputTexts.TooManyRows.With(rows.Count, MaxRows));

        var assets = new List<Asset>();
        var errors = new List<RowError>();
        var firstLineOfName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var (asset, problems) = AssetRules.Parse(newId(), row.Input, resolveOwner);
            var list = problems.ToList();
            var name = row.Input.Name?.Trim() ?? "";
            if (name.Length > 0 && existingNames.Contains(name))
                list.Add(AssetInputTexts.NameTaken.With(name));
            if (name.Length > 0 && !firstLineOfName.TryAdd(name, row.Line))
                list.Add(AssetInputTexts.SameNameAs.With(firstLineOfName[name]));
            if (list.Count > 0)
                errors.Add(new(row.Line, list));
            else
                assets.Add(asset!);
        }
        return errors.Count > 0 ? new([], errors) : new(assets, []);
    }
}
