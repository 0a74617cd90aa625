namespace M365Nis2.Domain.Risks;

/// <summary>One CSV row as read: its line number in the file (1 = header) and its fields.</summary>
public sealed record AssetRow(int Line, AssetInput Input);

/// <summary>Everything wrong with one row.</summary>
public sealed record RowError(int Line, IReadOnlyList<string> Problems);

/// <summary>
/// The outcome of an import: all assets, or none and an error per bad row. Nothing is half-imported, so a file with one
/// bad row is fixed and sent again as a whole.
/// </summary>
public sealed record AssetImportResult(IReadOnlyList<Asset> Assets, IReadOnlyList<RowError> Errors, string? FileError = null)
{
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
            return new([], [], "The file has no asset rows.");
        if (rows.Count > MaxRows)
            return new([], [], $"The file has {rows.Count} rows; at most {MaxRows} can be imported at once.");

        var assets = new List<Asset>();
        var errors = new List<RowError>();
        var firstLineOfName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var (asset, problems) = AssetRules.Parse(newId(), row.Input, resolveOwner);
            var list = problems.ToList();
            var name = row.Input.Name?.Trim() ?? "";
            if (name.Length > 0 && existingNames.Contains(name))
                list.Add($"An asset named '{name}' is already in the register.");
            if (name.Length > 0 && !firstLineOfName.TryAdd(name, row.Line))
                list.Add($"Same name as line {firstLineOfName[name]}.");
            if (list.Count > 0)
                errors.Add(new(row.Line, list));
            else
                assets.Add(asset!);
        }
        return errors.Count > 0 ? new([], errors) : new(assets, []);
    }
}
