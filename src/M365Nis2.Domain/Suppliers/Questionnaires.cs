namespace M365Nis2.Domain.Suppliers;

/// <summary>
/// The question bank behind the per-tier templates. Questions follow ISO/IEC 27001:2022 A.5.19–A.5.23 and what NIS2
/// Art. 21(2)(d) asks of direct suppliers. Ids are stable: stored answers and findings refer to them.
/// </summary>
public static class Questionnaires
{
    /// <summary>Bumped when a question is added, removed or reworded; stored with each assessment.</summary>
    public const string Version = "2026.1";

    public static IReadOnlyList<Question> Bank { get; } =
    [
        new("incident-notice", SupplierTier.Tier3, Severity.High,
            "Will the supplier notify us of security incidents affecting our data or services without undue delay (within 24 hours)?",
            "Underretter leverandøren os uden unødig forsinkelse (inden for 24 timer) om sikkerhedshændelser, der berører vores data eller ydelser?"),
        new("mfa", SupplierTier.Tier3, Severity.High,
            "Is multi-factor authentication required for all of the supplier's staff who access our data or systems?",
            "Kræves multifaktorautentificering for alle leverandørens medarbejdere med adgang til vores data eller systemer?"),
        new("patching", SupplierTier.Tier3, Severity.Medium,
            "Are security updates applied to the systems that deliver the service within a set time (critical ones within 14 days)?",
            "Installeres sikkerhedsopdateringer på de systemer, der leverer ydelsen, inden for en fast frist (kritiske inden for 14 dage)?"),
        new("data-location", SupplierTier.Tier3, Severity.Low,
            "Do we know in which countries our data is stored and processed?",
            "Ved vi, i hvilke lande vores data opbevares og behandles?"),
        new("confidentiality", SupplierTier.Tier3, Severity.Medium,
            "Are the supplier's staff bound by confidentiality for our information?",
            "Er leverandørens medarbejdere underlagt tavshedspligt om vores oplysninger?"),
        new("policy", SupplierTier.Tier2, Severity.Medium,
            "Does the supplier have an information security policy approved by its management?",
            "Har leverandøren en informationssikkerhedspolitik, der er godkendt af ledelsen?"),
        new("certification", SupplierTier.Tier2, Severity.Medium,
            "Does the supplier hold a current ISO/IEC 27001 certificate or SOC 2 Type II report that covers our service?",
            "Har leverandøren et gyldigt ISO/IEC 27001-certifikat eller en SOC 2 Type II-erklæring, der dækker vores ydelse?"),
        new("access-review", SupplierTier.Tier2, Severity.Medium,
            "Does the supplier review at least yearly which of its staff have access to our data or systems?",
            "Gennemgår leverandøren mindst årligt, hvilke af dens medarbejdere der har adgang til vores data eller systemer?"),
        new("encryption", SupplierTier.Tier2, Severity.High,
            "Is our data encrypted in transit and at rest?",
            "Krypteres vores data under overførsel og ved opbevaring?"),
        new("subcontractors", SupplierTier.Tier2, Severity.Medium,
            "Does the supplier tell us before it uses new subcontractors for our service?",
            "Orienterer leverandøren os, før den tager nye underleverandører i brug til vores ydelse?"),
        new("backup", SupplierTier.Tier1, Severity.High,
            "Are backups of our data kept separate from production and restore-tested at least yearly?",
            "Opbevares backup af vores data adskilt fra driften, og testes gendannelse mindst årligt?"),
        new("continuity", SupplierTier.Tier1, Severity.High,
            "Does the supplier have a tested business continuity and disaster recovery plan for the service?",
            "Har leverandøren en testet beredskabs- og reetableringsplan for ydelsen?"),
        new("privileged-access", SupplierTier.Tier1, Severity.High,
            "Is the supplier's privileged access to our systems limited, logged and approved by us?",
            "Er leverandørens privilegerede adgang til vores systemer begrænset, logget og godkendt af os?"),
        new("vulnerability-testing", SupplierTier.Tier1, Severity.Medium,
            "Does the supplier scan for vulnerabilities and have an independent penetration test at least yearly?",
            "Scanner leverandøren for sårbarheder, og får den udført en uafhængig penetrationstest mindst årligt?"),
        new("logging", SupplierTier.Tier1, Severity.Medium,
            "Are security logs for our service kept for at least 6 months and available to us on request?",
            "Opbevares sikkerhedslogge for vores ydelse i mindst 6 måneder, og udleveres de efter anmodning?"),
        new("exit", SupplierTier.Tier1, Severity.Medium,
            "Is there an exit plan that returns and deletes our data when the contract ends?",
            "Er der en exitplan, der sikrer tilbagelevering og sletning af vores data, når kontrakten ophører?"),
    ];

    public static QuestionnaireTemplate ForTier(SupplierTier tier) =>
        new(tier, Version, [.. Bank.Where(q => q.AppliesTo(tier))]);

    public static Question? Find(string id) => Bank.FirstOrDefault(q => q.Id == id);
}
