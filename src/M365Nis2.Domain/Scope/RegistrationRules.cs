using System.Net;
using System.Text.RegularExpressions;

namespace M365Nis2.Domain.Scope;

/// <summary>Validation of the registration record, what changed between two versions, and the 14-day update duty.</summary>
public static partial class RegistrationRules
{
    /// <summary>Danish NIS 2-loven: a change to the registered information is reported within 14 days.</summary>
    public static readonly TimeSpan UpdateWithin = TimeSpan.FromDays(14);

    private static readonly HashSet<string> EuMemberStates = new(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
        "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
    };

    public static IReadOnlyList<FieldError> Validate(RegistrationRecord record, ScopeCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        catalogue ??= ScopeCatalogue.Default;
        var errors = new List<FieldError>();
        Required(errors, "legalName", record.LegalName);
        Required(errors, "address", record.Address);
        Required(errors, "authority", record.Authority);
        // Eight digits only: the old modulus-11 check is not applied, so no valid CVR number is ever refused.
        if (!CvrPattern().IsMatch(record.Cvr ?? "")) errors.Add(new("cvr", "CVR number must be eight digits."));
        if (!IsEmail(record.Email)) errors.Add(new("email", "E-mail address is not valid."));
        if (!IsPhone(record.Phone)) errors.Add(new("phone", "Phone number must have 8–15 digits, optionally with a leading +."));
        if (record.Contacts is null || record.Contacts.Count == 0) errors.Add(new("contacts", "At least one contact person is required."));
        for (var i = 0; i < (record.Contacts?.Count ?? 0); i++)
        {
            var c = record.Contacts![i];
            Required(errors, $"contacts[{i}].name", c.Name);
            if (!IsEmail(c.Email)) errors.Add(new($"contacts[{i}].email", "E-mail address is not valid."));
            if (!IsPhone(c.Phone)) errors.Add(new($"contacts[{i}].phone", "Phone number must have 8–15 digits, optionally with a leading +."));
        }
        for (var i = 0; i < (record.PublicIpRanges?.Count ?? 0); i++)
        {
            if (!IPNetwork.TryParse(record.PublicIpRanges![i], out _))
                errors.Add(new($"publicIpRanges[{i}]", $"'{record.PublicIpRanges[i]}' is not an IP range in CIDR notation (e.g. 203.0.113.0/24)."));
        }
        if (record.EntityTypeIds is null || record.EntityTypeIds.Count == 0) errors.Add(new("entityTypeIds", "Choose at least one activity."));
        foreach (var id in record.EntityTypeIds ?? [])
        {
            if (catalogue.Find(id) is null) errors.Add(new("entityTypeIds", $"Unknown activity '{id}'."));
        }
        if (record.MemberStates is null || record.MemberStates.Count == 0) errors.Add(new("memberStates", "Name at least one member state."));
        foreach (var state in record.MemberStates ?? [])
        {
            if (!EuMemberStates.Contains(state)) errors.Add(new("memberStates", $"'{state}' is not an EU member state code (ISO 3166-1 alpha-2, e.g. DK)."));
        }
        return errors;
    }

    /// <summary>The fields whose value differs; lists compare as sets, so reordering is not a change to report.</summary>
    public static IReadOnlyList<string> ChangedFields(RegistrationRecord before, RegistrationRecord after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changed = new List<string>();
        void Text(string name, string a, string b) { if (!string.Equals(a?.Trim(), b?.Trim(), StringComparison.Ordinal)) changed.Add(name); }
        void Set(string name, IEnumerable<string> a, IEnumerable<string> b) { if (!a.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b)) changed.Add(name); }
        Text("legalName", before.LegalName, after.LegalName);
        Text("cvr", before.Cvr, after.Cvr);
        Text("address", before.Address, after.Address);
        Text("email", before.Email, after.Email);
        Text("phone", before.Phone, after.Phone);
        Set("contacts", before.Contacts.Select(Key), after.Contacts.Select(Key));
        Set("publicIpRanges", before.PublicIpRanges.Select(Normalise), after.PublicIpRanges.Select(Normalise));
        Set("entityTypeIds", before.EntityTypeIds, after.EntityTypeIds);
        Set("memberStates", before.MemberStates, after.MemberStates);
        Text("authority", before.Authority, after.Authority);
        return changed;
    }

    public static DateTimeOffset UpdateDue(DateTimeOffset changedAt) => changedAt + UpdateWithin;

    private static string Key(RegistrationContact c) => $"{c.Name.Trim()}|{c.Role.Trim()}|{c.Email.Trim()}|{c.Phone.Trim()}";

    private static string Normalise(string range) => IPNetwork.TryParse(range, out var network) ? network.ToString() : range.Trim();

    private static void Required(List<FieldError> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new(field, "Required."));
    }

    private static bool IsEmail(string? value) => value is not null && EmailPattern().IsMatch(value);

    private static bool IsPhone(string? value) => value is not null && PhonePattern().IsMatch(value.Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex CvrPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex PhonePattern();
}
