namespace M365Nis2.Domain.Scope;

/// <summary>Ordered by how much of NIS2 applies, so the highest of several activities wins.</summary>
public enum EntityCategory
{
    NotCovered = 0,
    /// <summary>Only the domain-registration-data duties apply (Art. 2(4), 3(3), 27, 28).</summary>
    RegistrationOnly,
    Important,
    Essential,
}

/// <summary>One reason for the result, with the article it rests on, in English and Danish.</summary>
public sealed record ScopeReason(string Article, string Text, string TextDa);

/// <summary>The outcome of the scope check: category, size, why, what to watch, the fine ceiling and who supervises.</summary>
public sealed record ScopeResult(
    EntityCategory Category,
    SizeClass Size,
    IReadOnlyList<ScopeReason> Reasons,
    IReadOnlyList<ScopeReason> Notes,
    FineCeiling? Fine,
    IReadOnlyList<Bilingual> Authorities,
    EntityType? DecidingType)
{
    public bool IsCovered => Category is EntityCategory.Essential or EntityCategory.Important;
}
