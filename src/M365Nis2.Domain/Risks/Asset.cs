using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

public enum AssetType
{
    Information = 0,
    Service,
    System,
    Site,
    People,
    SupplierProvided,
}

public enum Criticality
{
    Low = 0,
    Medium,
    High,
    Critical,
}

/// <summary>One entry in the light asset register (Art. 21(2)(i) asset management; ISO/IEC 27001 A.5.9).</summary>
/// <param name="Services">The services the asset supports, by name.</param>
public sealed record Asset(string Id, string Name, AssetType Type, Person Owner, Criticality Criticality, IReadOnlyList<string> Services);

/// <summary>An asset as typed by a person or read from a CSV row: text, not yet checked.</summary>
/// <param name="Owner">UPN or Entra object id of the owner.</param>
/// <param name="Services">Services separated by semicolons (or | when the file itself is semicolon-separated).</param>
public sealed record AssetInput(string? Name, string? Type, string? Owner, string? Criticality, string? Services);

/// <summary>Parsing and checking one asset.</summary>
public static class AssetRules
{
    public const int MaxNameLength = 200;
    public const int MaxServices = 50;

    /// <summary>Accepted spellings of the types besides the enum names (the CSV column is for people).</summary>
    private static readonly Dictionary<string, AssetType> TypeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["supplier-provided"] = AssetType.SupplierProvided,
        ["supplier provided"] = AssetType.SupplierProvided,
    };

    /// <summary>The asset, or every problem with the input.</summary>
    /// <param name="resolveOwner">Finds the owner among the tenant's users (the caller looks them up beforehand).</param>
    public static (Asset? Asset, IReadOnlyList<CodedText> Problems) Parse(string id, AssetInput input, Func<string, Person?> resolveOwner)
    {
        var problems = new List<CodedText>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0)
            problems.Add(AssetInputTexts.NameRequired.With());
        else if (name.Length > MaxNameLength || name.Any(char.IsControl))
            problems.Add(AssetInputTexts.NameInvalid.With(MaxNameLength));

        var type = ParseType(input.Type);
        if (type is null)
            problems.Add(AssetInputTexts.NotType.With(input.Type));

        var criticality = ParseName<Criticality>(input.Criticality);
        if (criticality is null)
            problems.Add(AssetInputTexts.NotCriticality.With(input.Criticality));

        Person? owner = null;
        if (string.IsNullOrWhiteSpace(input.Owner))
            problems.Add(AssetInputTexts.OwnerRequired.With());
        else if ((owner = resolveOwner(input.Owner.Trim())) is null)
            problems.Add(AssetInputTexts.NotUser.With(input.Owner.Trim()));

        var services = (input.Services ?? "").Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (services.Count > MaxServices)
            problems.Add(AssetInputTexts.TooManyServices.With(MaxServices));
        if (services.Any(s => s.Length > MaxNameLength))
            problems.Add(AssetInputTexts.ServiceTooLong.With(MaxNameLength));

        return problems.Count > 0 ? (null, problems) : (new Asset(id, name, type!.Value, owner!, criticality!.Value, services), []);
    }

    private static AssetType? ParseType(string? text)
    {
        var value = text?.Trim() ?? "";
        if (TypeNames.TryGetValue(value, out var named))
            return named;
        return ParseName<AssetType>(value);
    }

    /// <summary>An enum member by name only.</summary>
    internal static T? ParseName<T>(string? text) where T : struct, Enum =>
        !IsNumber(text) && Enum.TryParse<T>(text?.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    // Enum.TryParse accepts "2" or "1,2"; a CSV with numbers is a mistake, not a type.
    private static bool IsNumber(string? value) => value?.Trim() is { Length: > 0 } v && (char.IsDigit(v[0]) || v[0] == '-' || v.Contains(',', StringComparison.Ordinal));
}
