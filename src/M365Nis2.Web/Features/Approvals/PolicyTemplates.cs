using System.Reflection;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// A standard NIS2 policy the CISO can start from: its key, title, measures, the checklist document it fulfils
/// (data/nis2-catalogue.yaml "documents") and a starting text in English and Danish (Templates/{key}.{lang}.md).
/// </summary>
public sealed record PolicyTemplate(string PolicyKey, string Title, string TitleDa, IReadOnlyList<string> ControlIds, string DocumentId);

public static class PolicyTemplates
{
    public static IReadOnlyList<PolicyTemplate> All { get; } =
    [
        new("information-security-policy", "Information security policy", "Informationssikkerhedspolitik", ["art21.2.a"], "infosec_policy"),
        new("risk-management-policy", "Risk management policy", "Risikostyringspolitik", ["art21.2.a"], "risk_policy"),
        new("incident-response-plan", "Incident response plan", "Beredskabsplan for hændelser", ["art21.2.b"], "incident_procedure"),
        new("business-continuity-plan", "Business continuity plan", "Beredskabsplan for forretningskontinuitet", ["art21.2.c"], "contingency_plan"),
        new("supplier-security-policy", "Supplier security policy", "Leverandørsikkerhedspolitik", ["art21.2.d"], "supplier_policy"),
        new("cryptography-policy", "Cryptography policy", "Kryptografipolitik", ["art21.2.h"], "cryptography_policy"),
        new("access-control-policy", "Access control policy", "Adgangsstyringspolitik", ["art21.2.i"], "access_approval"),
    ];

    public static PolicyTemplate? Find(string key) => All.FirstOrDefault(t => string.Equals(t.PolicyKey, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The starting text (Markdown) in "en" or "da"; null for an unknown template or language.</summary>
    public static string? Text(string key, string lang)
    {
        if (Find(key) is not { } template || lang is not ("en" or "da"))
        {
            return null;
        }
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"{typeof(PolicyTemplates).Namespace}.Templates.{template.PolicyKey}.{lang}.md");
        if (stream is null)
        {
            return null;
        }
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
