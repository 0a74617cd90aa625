using System.Globalization;
using M365Nis2.Domain.Scope;
using M365Nis2.Web.Features.Approvals;

namespace M365Nis2.Web.Features.Scope;

/// <summary>What the board's card states about a classification, in English and Danish.</summary>
public sealed class ScopeSubjects(ScopeService scope)
{
    public ApprovalSubject Classification(ScopeView view)
    {
        var result = view.DomainResult;
        var category = Category(result.Category);
        var deciding = result.DecidingType is { } t ? new LocalText($"{t.Name.Name} ({t.Sector.Name.Name}, Annex {t.Sector.Annex})",
            $"{t.Name.NameDa} ({t.Sector.Name.NameDa}, bilag {t.Sector.Annex})") : new LocalText("none", "ingen");
        var activities = view.DomainAnswers.EntityTypeIds.Select(scope.Catalogue.Find).OfType<EntityType>().ToList();
        var reason = result.Reasons.Count > 0 ? result.Reasons[0] : null;
        return new ApprovalSubject(
            ScopeApprovalService.Kind, view.Version.ToString(CultureInfo.InvariantCulture), view.Version, view.Sha256,
            new($"NIS2 scope classification, version {view.Version}: {category.En}", $"NIS2-omfangsvurdering, version {view.Version}: {category.Da}"),
            [
                Fact("Classification", "Klassifikation", category),
                Fact("Size (EU SME definition)", "Størrelse (EU's SMV-definition)", Size(result.Size)),
                Fact("Deciding activity", "Afgørende aktivitet", deciding),
                Fact("Activities", "Aktiviteter", activities.Count == 0 ? new("none", "ingen")
                    : new(string.Join("; ", activities.Select(a => a.Name.Name)), string.Join("; ", activities.Select(a => a.Name.NameDa)))),
                Fact("Why", "Begrundelse", reason is null ? new("—", "—") : new($"{reason.Text} ({reason.Article})", $"{reason.TextDa} ({reason.Article})")),
                Fact("Competent authority", "Kompetent myndighed", result.Authorities.Count == 0 ? new("none", "ingen")
                    : new(string.Join("; ", result.Authorities.Select(a => a.Name)), string.Join("; ", result.Authorities.Select(a => a.NameDa)))),
                Fact("Maximum fine", "Bødeloft", Fine(result.Fine)),
                Fact("Answers by", "Besvaret af", LocalText.Same($"{view.SavedByName}, {view.SavedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")),
            ],
            "/tab/scope", ScopeService.Controls);
    }

    public static LocalText Category(EntityCategory category) => category switch
    {
        EntityCategory.Essential => new("Essential entity", "Væsentlig enhed"),
        EntityCategory.Important => new("Important entity", "Vigtig enhed"),
        EntityCategory.RegistrationOnly => new("Registration duties only (domain name registration)", "Kun registreringspligt (domænenavnsregistrering)"),
        _ => new("Not covered", "Ikke omfattet"),
    };

    private static LocalText Size(SizeClass size) => size switch
    {
        SizeClass.Micro => new("Micro", "Mikro"),
        SizeClass.Small => new("Small", "Lille"),
        SizeClass.Medium => new("Medium-sized", "Mellemstor"),
        _ => new("Large", "Stor"),
    };

    private static LocalText Fine(FineCeiling? fine)
    {
        if (fine is null) return new("none", "ingen");
        var max = fine.MaximumEur.ToString("N0", CultureInfo.InvariantCulture);
        var pct = fine.TurnoverPercent.ToString("0.#", CultureInfo.InvariantCulture);
        return new($"up to EUR {max} (EUR {fine.FixedEur.ToString("N0", CultureInfo.InvariantCulture)} or {pct} % of worldwide turnover, whichever is higher; {fine.Article})",
            $"op til EUR {max} (EUR {fine.FixedEur.ToString("N0", CultureInfo.InvariantCulture)} eller {pct} % af den globale omsætning, det højeste; {fine.Article})");
    }

    private static SubjectFact Fact(string en, string da, LocalText value) => new(new(en, da), value);
}
