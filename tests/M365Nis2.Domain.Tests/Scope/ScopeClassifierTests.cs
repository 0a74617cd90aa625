using M365Nis2.Domain.Scope;

namespace M365Nis2.Domain.Tests.Scope;

public class ScopeClassifierTests
{
    private const decimal M = 1_000_000m;

    public static TheoryData<string, string, int, decimal, decimal, EntityCategory, string> Cases => new()
    {
        // case, entity types (comma separated), staff, turnover (EUR m), balance sheet (EUR m), expected, article in reasons
        { "large energy producer", "energy.electricity.producer", 400, 200, 150, EntityCategory.Essential, "Art. 3(1)(a)" },
        { "medium energy producer", "energy.electricity.producer", 120, 30, 20, EntityCategory.Important, "Art. 3(2)" },
        { "small energy producer", "energy.electricity.producer", 20, 5, 5, EntityCategory.NotCovered, "Art. 2(1)" },
        { "49 staff, small money: out", "transport.rail.undertaking", 49, 9, 9, EntityCategory.NotCovered, "Art. 2(1)" },
        { "50 staff: medium, in", "transport.rail.undertaking", 50, 1, 1, EntityCategory.Important, "Art. 3(2)" },
        { "turnover over 10 m but balance sheet 10 m: small", "food.business", 30, 25, 10, EntityCategory.NotCovered, "Art. 2(1)" },
        { "both over 10 m: medium", "food.business", 30, 25, 11, EntityCategory.Important, "Art. 3(2)" },
        { "large Annex II stays important", "manufacturing.machinery", 2000, 900, 800, EntityCategory.Important, "Annex II" },
        { "turnover over 50 m, balance sheet 43 m: medium", "health.provider", 200, 60, 43, EntityCategory.Important, "Art. 3(2)" },
        { "250 staff: large", "health.provider", 250, 20, 20, EntityCategory.Essential, "Art. 3(1)(a)" },
        { "micro DNS provider: essential", "digital.dns", 3, 0.5m, 0.2m, EntityCategory.Essential, "Art. 3(1)(b)" },
        { "micro TLD registry: essential", "digital.tld", 5, 1, 1, EntityCategory.Essential, "Art. 3(1)(b)" },
        { "small qualified trust service: essential", "digital.trust-qualified", 15, 3, 3, EntityCategory.Essential, "Art. 3(1)(b)" },
        { "small trust service: important", "digital.trust", 15, 3, 3, EntityCategory.Important, "Art. 2(2)(a)(ii)" },
        { "large trust service: essential", "digital.trust", 300, 80, 80, EntityCategory.Essential, "Art. 3(1)(a)" },
        { "small telecom: important", "digital.ecomms-service", 12, 4, 4, EntityCategory.Important, "Art. 2(2)(a)(i)" },
        { "medium telecom: essential", "digital.ecomms-network", 60, 12, 12, EntityCategory.Essential, "Art. 3(1)(c)" },
        { "tiny ministry: essential", "public.central", 8, 0, 0, EntityCategory.Essential, "Art. 3(1)(d)" },
        { "small municipality unit: important", "public.regional", 30, 3, 3, EntityCategory.Important, "Art. 2(2)(f)(ii)" },
        { "registrar only: registration duties", "digital.domain-registration", 5, 1, 1, EntityCategory.RegistrationOnly, "Art. 2(4)" },
        { "highest activity wins", "food.business,digital.dns", 30, 3, 3, EntityCategory.Essential, "Art. 3(1)(b)" },
        { "large MSP: essential", "ict.msp", 260, 40, 40, EntityCategory.Essential, "Art. 3(1)(a)" },
        { "medium cloud provider: important", "digital.cloud", 80, 15, 12, EntityCategory.Important, "Art. 3(2)" },
        { "no Annex activity", "", 5000, 900, 900, EntityCategory.NotCovered, "Annex I–II" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classifies_by_sector_size_and_size_independent_rules(string @case, string types, int staff, decimal turnoverM, decimal balanceM,
        EntityCategory expected, string article)
    {
        var result = ScopeClassifier.Classify(Answers(types, staff, turnoverM, balanceM));

        Assert.True(expected == result.Category, $"{@case}: expected {expected}, got {result.Category}");
        Assert.Contains(result.Reasons, r => r.Article.Contains(article.Replace("Art. ", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.All(result.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.TextDa)));
    }

    [Fact]
    public void Covered_entities_get_fine_ceiling_and_authority_and_uncovered_get_neither()
    {
        var essential = ScopeClassifier.Classify(Answers("energy.gas.tso", 400, 1_000, 900));
        Assert.Equal(20_000_000m, essential.Fine!.MaximumEur);
        Assert.Equal("Energistyrelsen", Assert.Single(essential.Authorities).NameDa);

        var important = ScopeClassifier.Classify(Answers("digital-providers.marketplace", 60, 20, 20));
        Assert.Equal(7_000_000m, important.Fine!.MaximumEur);
        Assert.Equal("Digitaliseringsstyrelsen", Assert.Single(important.Authorities).NameDa);

        var outside = ScopeClassifier.Classify(Answers("research.organisation", 10, 1, 1));
        Assert.Null(outside.Fine);
        Assert.Empty(outside.Authorities);
        Assert.Null(outside.DecidingType);
    }

    [Fact]
    public void A_subsector_authority_overrides_the_sector_authority()
    {
        var vts = ScopeClassifier.Classify(Answers("transport.water.vts", 300, 60, 60));
        Assert.Contains("Samfundssikkerhed", Assert.Single(vts.Authorities).NameDa, StringComparison.Ordinal);
        // Shipping companies: the Danish Maritime Authority; ports: the Civil Aviation and Railway Authority (docs/scope.md).
        var company = ScopeClassifier.Classify(Answers("transport.water.company", 300, 60, 60));
        Assert.Equal("Søfartsstyrelsen", Assert.Single(company.Authorities).NameDa);
        var port = ScopeClassifier.Classify(Answers("transport.water.port", 300, 60, 60));
        Assert.Equal("Trafikstyrelsen", Assert.Single(port.Authorities).NameDa);
    }

    [Fact]
    public void An_activity_regulated_by_a_Danish_sector_act_says_so_in_the_notes()
    {
        var telecom = ScopeClassifier.Classify(Answers("digital.ecomms-service", 12, 4, 4));
        Assert.Contains(telecom.Notes, n => n.TextDa.Contains("lov om sikkerhed og beredskab i telesektoren", StringComparison.Ordinal));
        var cloud = ScopeClassifier.Classify(Answers("digital.cloud", 80, 15, 12));
        Assert.DoesNotContain(cloud.Notes, n => n.Text.Contains("telecommunications", StringComparison.Ordinal));
    }

    [Fact]
    public void An_authority_not_confirmed_from_the_executive_order_is_flagged_in_the_notes_once_per_authority()
    {
        // Health and food: the data marks their authorities unconfirmed (docs/scope.md); energy and shipping are confirmed.
        var health = ScopeClassifier.Classify(Answers("health.provider,health.reference-lab,food.business", 300, 60, 60));
        var flagged = health.Notes.Where(n => n.Text.Contains("not been confirmed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.Contains(flagged, n => n.TextDa.Contains("Sundhedsdatastyrelsen", StringComparison.Ordinal) && n.TextDa.Contains("ikke bekræftet", StringComparison.Ordinal));
        Assert.Contains(flagged, n => n.Text.Contains("Danish Veterinary and Food Administration", StringComparison.Ordinal));

        var energy = ScopeClassifier.Classify(Answers("energy.electricity.producer,transport.water.company", 400, 200, 150));
        Assert.DoesNotContain(energy.Notes, n => n.Text.Contains("not been confirmed", StringComparison.Ordinal));
        // Not covered: no authority is shown, so there is nothing to flag.
        var outside = ScopeClassifier.Classify(Answers("health.provider", 10, 1, 1));
        Assert.DoesNotContain(outside.Notes, n => n.Text.Contains("not been confirmed", StringComparison.Ordinal));
    }

    [Fact]
    public void Critical_entity_under_CER_is_essential_whatever_its_size()
    {
        var result = ScopeClassifier.Classify(Answers("waste-water.undertaking", 8, 1, 1) with { IsCriticalEntityUnderCer = true });
        Assert.Equal(EntityCategory.Essential, result.Category);
        Assert.Contains(result.Reasons, r => r.Article.Contains("3(1)(f)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(AuthorityDesignation.Essential, EntityCategory.Essential)]
    [InlineData(AuthorityDesignation.Important, EntityCategory.Important)]
    [InlineData(AuthorityDesignation.None, EntityCategory.NotCovered)]
    public void Designation_by_the_authority_decides_over_size(AuthorityDesignation designation, EntityCategory expected)
    {
        var result = ScopeClassifier.Classify(Answers("drinking-water.supplier", 12, 2, 2) with { Designation = designation });
        Assert.Equal(expected, result.Category);
    }

    [Fact]
    public void Designation_never_lowers_a_category()
    {
        var result = ScopeClassifier.Classify(Answers("digital.dns", 3, 1, 1) with { Designation = AuthorityDesignation.Important });
        Assert.Equal(EntityCategory.Essential, result.Category);
    }

    [Fact]
    public void Indicators_without_designation_leave_a_small_entity_out_but_say_to_ask_the_authority()
    {
        var result = ScopeClassifier.Classify(Answers("drinking-water.supplier", 12, 2, 2) with { SoleProviderOfEssentialService = true });
        Assert.Equal(EntityCategory.NotCovered, result.Category);
        Assert.Contains(result.Notes, n => n.Article == "Art. 2(2)(b)–(e)");
    }

    [Fact]
    public void No_services_in_the_EU_means_not_covered_even_for_a_DNS_provider()
    {
        var result = ScopeClassifier.Classify(Answers("digital.dns", 3, 1, 1) with { ProvidesServicesInEu = false });
        Assert.Equal(EntityCategory.NotCovered, result.Category);
        Assert.Contains(result.Reasons, r => r.Article == "Art. 2(1)");
    }

    [Fact]
    public void Partner_or_linked_enterprises_left_out_of_the_figures_are_flagged()
    {
        var answers = new ScopeAnswers(["food.business"], new SizeFigures(40, 5 * M, 5 * M, HasPartnerOrLinkedEnterprises: true));
        Assert.Contains(ScopeClassifier.Classify(answers).Notes, n => n.Article.Contains("Art. 6", StringComparison.Ordinal));
        var included = answers with { Size = answers.Size with { PartnerOrLinkedIncluded = true } };
        Assert.DoesNotContain(ScopeClassifier.Classify(included).Notes, n => n.Article.Contains("Art. 6", StringComparison.Ordinal));
    }

    [Fact]
    public void Banking_carries_the_DORA_note()
    {
        var result = ScopeClassifier.Classify(Answers("banking.credit-institution", 500, 300, 3_000));
        Assert.Contains(result.Notes, n => n.Text.Contains("DORA", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_entity_type_is_refused_with_its_id()
    {
        var error = Assert.Throws<ArgumentException>(() => ScopeClassifier.Classify(Answers("energy.nuclear-fusion", 10, 1, 1)));
        Assert.Contains("energy.nuclear-fusion", error.Message, StringComparison.Ordinal);
    }

    private static ScopeAnswers Answers(string types, int staff, decimal turnoverM, decimal balanceM) =>
        new(types.Split(',', StringSplitOptions.RemoveEmptyEntries), new SizeFigures(staff, turnoverM * M, balanceM * M));
}
