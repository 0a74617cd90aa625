using System.Globalization;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>Validation of the parts of a supplier the domain's CSV rules do not cover (certificates, links).</summary>
public static class SupplierFields
{
    public const int MaxLinks = 100;
    public const int MaxLinkLength = 100;

    public static IReadOnlyDictionary<string, CertificateKind> CertificateKinds { get; } = new Dictionary<string, CertificateKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["iso27001"] = CertificateKind.Iso27001,
        ["soc2-type2"] = CertificateKind.Soc2Type2,
        ["soc2-type1"] = CertificateKind.Soc2Type1,
        ["isae3402"] = CertificateKind.Isae3402,
        ["iso27701"] = CertificateKind.Iso27701,
        ["iso22301"] = CertificateKind.Iso22301,
        ["other"] = CertificateKind.Other,
    };

    public static List<SupplierCertificate> Certificates(IReadOnlyList<CertificateRequest>? raw, List<FieldError> errors)
    {
        var list = new List<SupplierCertificate>();
        foreach (var (c, i) in (raw ?? []).Select((c, i) => (c, i)))
        {
            var field = $"certificates[{i}]";
            if (c.Kind is null || !CertificateKinds.TryGetValue(c.Kind, out var kind))
            {
                errors.Add(new(field, SupplierInputTexts.CertificateKind.With(string.Join(", ", CertificateKinds.Keys))));
                continue;
            }
            if (!DateOnly.TryParseExact(c.ValidUntil ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
            {
                errors.Add(new(field, SupplierInputTexts.NotDate.With(c.ValidUntil)));
                continue;
            }
            var name = string.IsNullOrWhiteSpace(c.Name) ? CertificateRules.DisplayName(kind) : c.Name.Trim();
            if (name.Length > 200 || c.Scope?.Length > 1000)
            {
                errors.Add(new(field, SupplierInputTexts.CertificateTooLong.With()));
                continue;
            }
            list.Add(new(kind, name, until, string.IsNullOrWhiteSpace(c.Scope) ? null : c.Scope.Trim()));
        }
        return list;
    }

    /// <summary>Ids of other registers (assets, risks) or service principals: kept as typed, bounded and de-duplicated.</summary>
    public static List<string> Links(IReadOnlyList<string>? raw, string field, List<FieldError> errors)
    {
        var list = (raw ?? []).Select(x => x.Trim()).Where(x => x.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count > MaxLinks || list.Any(x => x.Length > MaxLinkLength || x.Any(char.IsControl)))
            errors.Add(new(field, SupplierInputTexts.TooManyLinks.With(MaxLinks, MaxLinkLength)));
        return list;
    }
}
