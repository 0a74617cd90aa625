using System.Globalization;

namespace M365Nis2.Domain.Scope;

/// <summary>The reasons and notes the scope check gives, in English and Danish, each with its article.</summary>
internal static class ScopeTexts
{
    public static readonly ScopeReason NoServicesInEu = new("Art. 2(1)",
        "NIS2 applies only to entities that provide their services or carry out their activities in the EU.",
        "NIS2 gælder kun enheder, der leverer tjenester eller udøver aktiviteter i EU.");

    public static readonly ScopeReason NoAnnexActivity = new("Art. 2(1), Annex I–II",
        "None of the entity's activities is of a type listed in Annex I or II.",
        "Ingen af enhedens aktiviteter er af en type, der er nævnt i bilag I eller II.");

    public static readonly ScopeReason MayBeIdentified = new("Art. 2(2)(b)–(e)",
        "You answered that the entity is a sole provider, or that a disruption would affect public safety or health, cause systemic risk or matter nationally or regionally. The authority can then identify the entity as covered whatever its size: ask your sector authority.",
        "I har svaret, at enheden er eneudbyder, eller at en afbrydelse vil ramme den offentlige sikkerhed eller sundhed, skabe systemisk risiko eller have national eller regional betydning. Myndigheden kan da udpege enheden uanset størrelse: spørg jeres sektormyndighed.");

    public static readonly ScopeReason CriticalEntity = new("Art. 2(3), 3(1)(f)",
        "The entity is identified as a critical entity under the CER Directive (EU) 2022/2557 (in Denmark the CER-loven): essential whatever its size.",
        "Enheden er udpeget som kritisk enhed efter CER-direktivet (EU) 2022/2557 (i Danmark CER-loven): væsentlig uanset størrelse.");

    public static readonly ScopeReason DesignatedEssential = new("Art. 3(1)(e)",
        "The authority has identified the entity as essential.",
        "Myndigheden har udpeget enheden som væsentlig.");

    public static readonly ScopeReason DesignatedImportant = new("Art. 3(2)",
        "The authority has identified the entity as important.",
        "Myndigheden har udpeget enheden som vigtig.");

    public static readonly ScopeReason EssentialSupervision = new("Art. 32",
        "Essential entities are supervised ex ante: the authority may inspect and audit without a prior incident.",
        "Væsentlige enheder er under forudgående tilsyn: myndigheden kan inspicere og auditere uden en forudgående hændelse.");

    public static readonly ScopeReason ImportantSupervision = new("Art. 33",
        "Important entities are supervised ex post: the authority acts on evidence or indications of non-compliance.",
        "Vigtige enheder er under efterfølgende tilsyn: myndigheden griber ind ved tegn på manglende overholdelse.");

    public static readonly ScopeReason PartnerOrLinkedMissing = new("Recommendation 2003/361/EC, Annex Art. 6",
        "The entity has partner or linked enterprises that are not included in the figures. Add linked enterprises in full and partners pro rata; the size class, and so the result, may change.",
        "Enheden har partner- eller tilknyttede virksomheder, som ikke indgår i tallene. Medregn tilknyttede virksomheder fuldt ud og partnere forholdsmæssigt; størrelsesklassen, og dermed resultatet, kan ændre sig.");

    public static ScopeReason AuthorityNotConfirmed(EntityType t) => new("NIS 2-loven § 10",
        $"The competent authority shown for {t.Name.Name} ({t.Authority.Name}) is the agency of the responsible ministry; it has not been confirmed against the executive order designating the competent authorities. Confirm it with the single point of contact, Styrelsen for Samfundssikkerhed, before you register.",
        $"Den kompetente myndighed for {t.Name.NameDa} ({t.Authority.NameDa}) er styrelsen under det ansvarlige ministerium; den er ikke bekræftet mod bekendtgørelsen om udpegning af kompetente myndigheder. Bekræft den hos det centrale kontaktpunkt, Styrelsen for Samfundssikkerhed, før I registrerer jer.");

    public static ScopeReason EssentialAnySize(EntityType t) => new("Art. 2(2)(a), 3(1)(b)",
        $"{t.Name.Name}: essential whatever the entity's size.",
        $"{t.Name.NameDa}: væsentlig uanset enhedens størrelse.");

    public static ScopeReason CentralGovernment(EntityType t) => new("Art. 2(2)(f)(i), 3(1)(d)",
        $"{t.Name.Name}: essential whatever its size.",
        $"{t.Name.NameDa}: væsentlig uanset størrelse.");

    public static ScopeReason RegionalGovernment(EntityType t) => new("Art. 2(2)(f)(ii), 3(2)",
        $"{t.Name.Name}: covered whatever its size and important unless the authority identifies it as essential.",
        $"{t.Name.NameDa}: omfattet uanset størrelse og vigtig, medmindre myndigheden udpeger den som væsentlig.");

    public static ScopeReason RegistrationOnly(EntityType t) => new("Art. 2(4), 3(3), 27, 28",
        $"{t.Name.Name}: only the duties on domain registration data and registration with the authority apply.",
        $"{t.Name.NameDa}: kun pligterne om domæneregistreringsdata og registrering hos myndigheden gælder.");

    public static ScopeReason EcommsMedium(EntityType t) => new("Art. 2(2)(a)(i), 3(1)(c)",
        $"{t.Name.Name} of at least medium size: essential.",
        $"{t.Name.NameDa} af mindst mellemstørrelse: væsentlig.");

    public static ScopeReason EcommsSmall(EntityType t) => new("Art. 2(2)(a)(i), 3(2)",
        $"{t.Name.Name}: covered whatever the size; below medium size it is important.",
        $"{t.Name.NameDa}: omfattet uanset størrelse; under mellemstørrelse er den vigtig.");

    public static ScopeReason TrustServiceAnySize(EntityType t) => new("Art. 2(2)(a)(ii), 3(2)",
        $"{t.Name.Name}: covered whatever the size; essential only when large, so important here.",
        $"{t.Name.NameDa}: omfattet uanset størrelse; kun væsentlig når den er stor, så her vigtig.");

    public static ScopeReason LargeAnnexI(EntityType t) => new("Art. 3(1)(a), Annex I",
        $"{t.Name.Name} ({t.Sector.Name.Name}, Annex I) and a large enterprise: essential.",
        $"{t.Name.NameDa} ({t.Sector.Name.NameDa}, bilag I) og en stor virksomhed: væsentlig.");

    public static ScopeReason MediumOrAnnexII(EntityType t, SizeClass size) => new($"Art. 2(1), 3(2), Annex {t.Sector.Annex}",
        $"{t.Name.Name} ({t.Sector.Name.Name}, Annex {t.Sector.Annex}) and a {Describe(size, false)} enterprise: important.",
        $"{t.Name.NameDa} ({t.Sector.Name.NameDa}, bilag {t.Sector.Annex}) og en {Describe(size, true)} virksomhed: vigtig.");

    public static ScopeReason BelowSizeCap(EntityType t, SizeClass size) => new("Art. 2(1)",
        $"{t.Name.Name} is an Annex {t.Sector.Annex} activity, but a {Describe(size, false)} enterprise is below the size cap (medium: 50 staff, or both turnover and balance sheet over EUR 10 m).",
        $"{t.Name.NameDa} er en aktivitet i bilag {t.Sector.Annex}, men en {Describe(size, true)} virksomhed er under størrelsesgrænsen (mellemstor: 50 ansatte, eller både omsætning og balance over 10 mio. EUR).");

    public static ScopeReason SizeIs(SizeClass size, SizeFigures f) => new("Recommendation 2003/361/EC, Annex Art. 2",
        $"Size: {Describe(size, false)} ({f.Staff} staff, turnover EUR {Eur(f.AnnualTurnoverEur)}, balance sheet EUR {Eur(f.BalanceSheetTotalEur)}).",
        $"Størrelse: {Describe(size, true)} ({f.Staff} ansatte, omsætning {Eur(f.AnnualTurnoverEur)} EUR, balance {Eur(f.BalanceSheetTotalEur)} EUR).");

    private static string Describe(SizeClass size, bool danish) => (size, danish) switch
    {
        (SizeClass.Micro, false) => "micro",
        (SizeClass.Small, false) => "small",
        (SizeClass.Medium, false) => "medium-sized",
        (SizeClass.Large, false) => "large",
        (SizeClass.Micro, true) => "mikro",
        (SizeClass.Small, true) => "lille",
        (SizeClass.Medium, true) => "mellemstor",
        _ => "stor",
    };

    private static string Eur(decimal amount) => amount.ToString("#,0", CultureInfo.InvariantCulture);
}
