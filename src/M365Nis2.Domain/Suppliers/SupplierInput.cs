using System.Globalization;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Suppliers;

/// <summary>A supplier as typed by a person (API body or CSV row): raw strings, validated by <see cref="SupplierValidation"/>.</summary>
public sealed record SupplierInput(
    string? Name,
    string? VatNumber,
    string? Country,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Data,
    string? Access,
    bool SoleProvider,
    int? Tier,
    string? OwnerUpn,
    string? ContractStart,
    string? ContractEnd,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Systems);

/// <summary>A validated supplier. <see cref="Tier"/> is the CISO's choice when given, else the suggestion (not yet decided).</summary>
public sealed record SupplierDraft(
    string Name,
    string? VatNumber,
    string Country,
    IReadOnlyList<ServiceKind> Services,
    IReadOnlyList<DataKind> Data,
    SystemAccess Access,
    bool SoleProvider,
    SupplierTier Tier,
    bool TierDecided,
    TierSuggestion Suggestion,
    string? OwnerUpn,
    DateOnly? ContractStart,
    DateOnly? ContractEnd,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Systems)
{
    public SupplierProfile Profile => new(Services, Data, Access, SoleProvider);
}

/// <summary>One problem with one field: <see cref="Message"/> in English (what API clients have always read).</summary>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>A coded problem: <see cref="Message"/> is its English; <see cref="Text"/> gives it in the reader's language.</summary>
    public FieldError(string field, CodedText text)
        : this(field, text.English)
    {
        Text = text;
    }

    /// <summary>The coded text; null for a problem only in English.</summary>
    public CodedText? Text { get; init; }

    /// <summary>The message in the reader's language ("da" or "en").</summary>
    public string In(string? language) => Text?.InLanguage(language) ?? Message;
}

/// <summary>Either a draft or every problem with the input (never a half-valid draft).</summary>
public sealed record SupplierValidationResult(SupplierDraft? Draft, IReadOnlyList<FieldError> Errors);

/// <summary>Field rules shared by the API and the CSV import, so both refuse the same things with the same words.</summary>
public static class SupplierValidation
{
    public const int MaxNameLength = 200;
    public const int MaxListItems = 50;

    public static SupplierValidationResult Validate(SupplierInput input)
    {
        var errors = new List<FieldError>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) errors.Add(new("name", SupplierInputTexts.NameRequired.With()));
        else if (name.Length > MaxNameLength) errors.Add(new("name", SupplierInputTexts.NameTooLong.With(MaxNameLength)));

        var country = input.Country?.Trim().ToUpperInvariant() ?? "";
        if (!IsCountry(country)) errors.Add(new("country", SupplierInputTexts.NotCountry.With(input.Country)));

        var vat = VatNumbers.Normalize(input.VatNumber);
        if (vat is not null && VatNumbers.Check(vat, country) is { } vatError) errors.Add(new("vat", vatError));

        var services = Keys(input.Services, SupplierVocabulary.Services, "services", errors);
        var data = Keys(input.Data, SupplierVocabulary.Data, "data", errors);
        var access = SystemAccess.None;
        if (!string.IsNullOrWhiteSpace(input.Access) && !SupplierVocabulary.Access.TryGetValue(input.Access.Trim(), out access))
            errors.Add(new("access", SupplierInputTexts.NotOneOf.With(input.Access, string.Join(", ", SupplierVocabulary.Access.Keys))));
        if (input.Tier is { } t && t is < 1 or > 3) errors.Add(new("tier", SupplierInputTexts.TierRange.With()));

        var owner = string.IsNullOrWhiteSpace(input.OwnerUpn) ? null : input.OwnerUpn.Trim();
        if (owner is not null && (owner.Length > 256 || owner.Count(c => c == '@') != 1 || owner.StartsWith('@') || owner.EndsWith('@')))
            errors.Add(new("owner", SupplierInputTexts.NotUpn.With(owner)));

        var start = Date(input.ContractStart, "contractStart", errors);
        var end = Date(input.ContractEnd, "contractEnd", errors);
        if (start is { } s && end is { } e && e < s) errors.Add(new("contractEnd", SupplierInputTexts.EndsBeforeStart.With()));

        var clauses = input.Clauses.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        foreach (var unknown in clauses.Where(c => !ContractClauses.IsKnown(c)))
            errors.Add(new("clauses", SupplierInputTexts.NotOneOf.With(unknown, string.Join(", ", ContractClauses.All.Select(c => c.Id)))));
        var systems = input.Systems.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct().ToList();
        if (systems.Count > MaxListItems || systems.Any(x => x.Length > MaxNameLength))
            errors.Add(new("systems", SupplierInputTexts.TooManySystems.With(MaxListItems, MaxNameLength)));

        if (errors.Count > 0)
            return new(null, errors);
        var profile = new SupplierProfile(services, data, access, input.SoleProvider);
        var suggestion = TierRules.Suggest(profile);
        var tier = input.Tier is { } chosen ? (SupplierTier)chosen : suggestion.Tier;
        return new(new SupplierDraft(name, vat, country, services, data, access, input.SoleProvider, tier, input.Tier is not null,
            suggestion, owner, start, end, clauses, systems), []);
    }

    private static List<T> Keys<T>(IReadOnlyList<string> raw, IReadOnlyDictionary<string, T> vocabulary, string field, List<FieldError> errors)
    {
        var values = new List<T>();
        foreach (var key in raw.Select(k => k.Trim()).Where(k => k.Length > 0))
        {
            if (vocabulary.TryGetValue(key, out var value)) { if (!values.Contains(value)) values.Add(value); }
            else errors.Add(new(field, SupplierInputTexts.NotOneOf.With(key, string.Join(", ", vocabulary.Keys))));
        }

        return values;
    }

    private static DateOnly? Date(string? raw, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (DateOnly.TryParseExact(raw.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(new(field, SupplierInputTexts.NotDate.With(raw)));
        return null;
    }

    private static bool IsCountry(string code)
    {
        if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper)) return false;
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
