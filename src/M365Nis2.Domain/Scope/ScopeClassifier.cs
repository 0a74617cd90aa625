namespace M365Nis2.Domain.Scope;

/// <summary>
/// Classifies an entity under NIS2 Art. 2–3: each selected Annex I/II activity is classified on its own and the
/// highest category wins, because the whole legal entity (its CVR number) is covered when any activity is.
/// Designation by the authority and critical-entity status (CER) decide over size.
/// </summary>
public static class ScopeClassifier
{
    public static ScopeResult Classify(ScopeAnswers answers, ScopeCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        catalogue ??= ScopeCatalogue.Default;
        var types = Resolve(answers.EntityTypeIds, catalogue);
        var size = EnterpriseSizing.Classify(answers.Size);
        var reasons = new List<ScopeReason>();
        var notes = new List<ScopeReason>();
        AddSizeNotes(answers.Size, size, notes);

        if (!answers.ProvidesServicesInEu)
        {
            reasons.Add(ScopeTexts.NoServicesInEu);
            return new(EntityCategory.NotCovered, size, reasons, notes, null, [], null);
        }

        var (category, deciding) = ClassifyActivities(types, size, reasons);
        category = ApplyDecisions(answers, types.Count > 0, category, reasons);
        if (category < EntityCategory.Important && answers.AnySizeIndependentIndicator && types.Count > 0)
            notes.Add(ScopeTexts.MayBeIdentified);
        if (types.Count == 0 && !answers.IsCriticalEntityUnderCer) reasons.Add(ScopeTexts.NoAnnexActivity);

        foreach (var sectorNote in types.Select(t => t.Sector).Distinct().Where(s => s.Note is not null))
            notes.Add(new ScopeReason(sectorNote.Name.Name, sectorNote.Note!.Name, sectorNote.Note.NameDa));
        foreach (var typeNote in types.Where(t => t.Note is not null))
            notes.Add(new ScopeReason(typeNote.Name.Name, typeNote.Note!.Name, typeNote.Note.NameDa));
        if (category != EntityCategory.NotCovered)
        {
            foreach (var unconfirmed in types.Where(t => !t.AuthorityConfirmed).DistinctBy(t => t.Authority))
                notes.Add(ScopeTexts.AuthorityNotConfirmed(unconfirmed));
        }

        var covered = category is EntityCategory.Essential or EntityCategory.Important;
        if (covered) reasons.Add(category == EntityCategory.Essential ? ScopeTexts.EssentialSupervision : ScopeTexts.ImportantSupervision);
        var fine = covered ? FineCeiling.For(category, answers.Size.AnnualTurnoverEur) : null;
        var authorities = category == EntityCategory.NotCovered
            ? []
            : types.Select(t => t.Authority).Distinct().ToList();
        return new(category, size, reasons, notes, fine, authorities, category == EntityCategory.NotCovered ? null : deciding);
    }

    private static List<EntityType> Resolve(IReadOnlyList<string> ids, ScopeCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var unknown = ids.Where(id => catalogue.Find(id) is null).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown entity type: {string.Join(", ", unknown)}.", nameof(ids));
        return ids.Distinct(StringComparer.Ordinal).Select(id => catalogue.Find(id)!).ToList();
    }

    private static (EntityCategory, EntityType?) ClassifyActivities(List<EntityType> types, SizeClass size, List<ScopeReason> reasons)
    {
        var best = EntityCategory.NotCovered;
        EntityType? deciding = null;
        ScopeReason? bestReason = null;
        foreach (var type in types)
        {
            var (category, reason) = ClassifyOne(type, size);
            if (deciding is null || category > best)
            {
                (best, deciding, bestReason) = (category, type, reason);
            }
        }
        if (bestReason is not null) reasons.Add(bestReason);
        return (best, deciding);
    }

    private static (EntityCategory, ScopeReason) ClassifyOne(EntityType type, SizeClass size) => type.Rule switch
    {
        SizeRule.EssentialAnySize => (EntityCategory.Essential, ScopeTexts.EssentialAnySize(type)),
        SizeRule.CentralGovernment => (EntityCategory.Essential, ScopeTexts.CentralGovernment(type)),
        SizeRule.RegionalGovernment => (EntityCategory.Important, ScopeTexts.RegionalGovernment(type)),
        SizeRule.RegistrationOnly => (EntityCategory.RegistrationOnly, ScopeTexts.RegistrationOnly(type)),
        SizeRule.Ecomms => size.IsMediumOrLarger()
            ? (EntityCategory.Essential, ScopeTexts.EcommsMedium(type))
            : (EntityCategory.Important, ScopeTexts.EcommsSmall(type)),
        SizeRule.TrustService => size == SizeClass.Large
            ? (EntityCategory.Essential, ScopeTexts.LargeAnnexI(type))
            : (EntityCategory.Important, ScopeTexts.TrustServiceAnySize(type)),
        _ => size switch
        {
            SizeClass.Large when type.Sector.Annex == "I" => (EntityCategory.Essential, ScopeTexts.LargeAnnexI(type)),
            SizeClass.Large or SizeClass.Medium => (EntityCategory.Important, ScopeTexts.MediumOrAnnexII(type, size)),
            _ => (EntityCategory.NotCovered, ScopeTexts.BelowSizeCap(type, size)),
        },
    };

    private static EntityCategory ApplyDecisions(ScopeAnswers answers, bool hasAnnexActivity, EntityCategory category, List<ScopeReason> reasons)
    {
        if (answers.IsCriticalEntityUnderCer)
        {
            reasons.Add(ScopeTexts.CriticalEntity);
            return EntityCategory.Essential;
        }
        if (!hasAnnexActivity) return category;
        switch (answers.Designation)
        {
            case AuthorityDesignation.Essential when category < EntityCategory.Essential:
                reasons.Add(ScopeTexts.DesignatedEssential);
                return EntityCategory.Essential;
            case AuthorityDesignation.Important when category < EntityCategory.Important:
                reasons.Add(ScopeTexts.DesignatedImportant);
                return EntityCategory.Important;
            default:
                return category;
        }
    }

    private static void AddSizeNotes(SizeFigures figures, SizeClass size, List<ScopeReason> notes)
    {
        notes.Add(ScopeTexts.SizeIs(size, figures));
        if (figures.HasPartnerOrLinkedEnterprises && !figures.PartnerOrLinkedIncluded) notes.Add(ScopeTexts.PartnerOrLinkedMissing);
    }
}
