namespace M365Nis2.Domain.Suppliers;

public enum Answer
{
    Yes = 0,
    Partly,
    No,
    NotApplicable,
}

/// <summary>One question, in English and Danish.</summary>
/// <param name="UpToTier">Asked of suppliers of this tier and more critical ones (Tier3 = everyone, Tier1 = tier 1 only).</param>
/// <param name="SeverityIfNo">Severity of the finding a "No" raises; "Partly" raises one level lower.</param>
public sealed record Question(string Id, SupplierTier UpToTier, Severity SeverityIfNo, string English, string Danish)
{
    public bool AppliesTo(SupplierTier tier) => (int)tier <= (int)UpToTier;

    public string Text(string language) => Languages.IsDanish(language) ? Danish : English;
}

/// <summary>The questionnaire for one tier: proportionate, so tier 3 answers 5 questions and tier 1 all 16.</summary>
public sealed record QuestionnaireTemplate(SupplierTier Tier, string Version, IReadOnlyList<Question> Questions)
{
    public string Title(string language) => Languages.IsDanish(language)
        ? $"Leverandørvurdering (niveau {(int)Tier})"
        : $"Supplier assessment (tier {(int)Tier})";
}

/// <summary>An answered question.</summary>
public sealed record QuestionAnswer(string QuestionId, Answer Answer, string? Comment = null);

/// <summary>Helpers for the two languages the app speaks.</summary>
public static class Languages
{
    /// <summary>Danish for "da", "da-DK" and the like; English for anything else.</summary>
    public static bool IsDanish(string? language) =>
        language is not null && language.StartsWith("da", StringComparison.OrdinalIgnoreCase);
}
