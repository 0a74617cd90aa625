using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace M365Nis2.Domain.Scope;

/// <summary>A name in English and Danish.</summary>
public sealed record Bilingual(string Name, string NameDa)
{
    public string In(bool danish) => danish ? NameDa : Name;
}

/// <summary>
/// The size-independent rule an entity type falls under, if any. Most types have none: they are covered only when the
/// entity is at least medium-sized (Art. 2(1)).
/// </summary>
public enum SizeRule
{
    None = 0,
    /// <summary>Art. 3(1)(b): qualified trust service providers, TLD name registries and DNS service providers.</summary>
    EssentialAnySize,
    /// <summary>Art. 2(2)(a)(i) + 3(1)(c): public electronic communications — essential from medium size, important below.</summary>
    Ecomms,
    /// <summary>Art. 2(2)(a)(ii): non-qualified trust service providers — covered at any size, essential only when large.</summary>
    TrustService,
    /// <summary>Art. 2(2)(f)(i) + 3(1)(d): public administration of central government — essential at any size.</summary>
    CentralGovernment,
    /// <summary>Art. 2(2)(f)(ii): regional (in Denmark also municipal) public administration — important at any size.</summary>
    RegionalGovernment,
    /// <summary>Art. 2(4): domain name registration services — only the registration-data duties (Art. 3(3), 27, 28).</summary>
    RegistrationOnly,
}

/// <param name="Note">What to know about this activity in particular, e.g. that a Danish sector act regulates it instead.</param>
/// <param name="AuthorityConfirmed">
/// False where no public source confirmed the authority from the executive order designating competent authorities
/// (docs/scope.md lists what was checked): the result then says so instead of stating a guess as fact.
/// </param>
public sealed record EntityType(string Id, Bilingual Name, SizeRule Rule, Bilingual Authority, ScopeSector Sector, Bilingual Subsector,
    Bilingual? Note = null, bool AuthorityConfirmed = true);

public sealed record ScopeSector(string Id, string Annex, Bilingual Name, Bilingual Authority, Bilingual? Note);

/// <summary>
/// The entity types of Annexes I and II, read from data/nis2-scope.json (embedded in this assembly), so the data is
/// reviewed as data and the rules stay code. Parsing uses System.Text.Json only: the domain stays BCL-only.
/// </summary>
public sealed class ScopeCatalogue
{
    private readonly Dictionary<string, EntityType> _types;

    private ScopeCatalogue(IReadOnlyList<ScopeSector> sectors, IReadOnlyList<EntityType> types, Bilingual contact)
    {
        Sectors = sectors;
        Types = types;
        SinglePointOfContact = contact;
        _types = types.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ScopeSector> Sectors { get; }
    public IReadOnlyList<EntityType> Types { get; }
    public Bilingual SinglePointOfContact { get; }

    // Lazy: static initialisers run in text order, and parsing needs the JSON options declared further down.
    private static readonly Lazy<ScopeCatalogue> Embedded = new(LoadEmbedded);

    public static ScopeCatalogue Default => Embedded.Value;

    public EntityType? Find(string id) => _types.GetValueOrDefault(id);

    public static ScopeCatalogue Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FileDto>(json, JsonOptions) ?? throw new FormatException("Scope data is empty.");
        var sectors = new List<ScopeSector>();
        var types = new List<EntityType>();
        foreach (var s in file.Sectors)
        {
            if (s.Annex is not ("I" or "II")) throw new FormatException($"Sector '{s.Id}': annex must be I or II.");
            var sector = new ScopeSector(s.Id, s.Annex, new(s.Name, s.NameDa), s.Authority.ToBilingual(),
                s.Note is null ? null : new(s.Note, s.NoteDa ?? s.Note));
            sectors.Add(sector);
            foreach (var sub in s.Subsectors)
            {
                foreach (var t in sub.Types)
                {
                    var authority = t.Authority ?? sub.Authority ?? s.Authority;
                    types.Add(new EntityType(t.Id, new(t.Name, t.NameDa), ParseRule(t.Id, t.Rule), authority.ToBilingual(), sector,
                        new(sub.Name, sub.NameDa), t.Note is null ? null : new(t.Note, t.NoteDa ?? t.Note), authority.Confirmed ?? true));
                }
            }
        }
        var duplicate = types.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new FormatException($"Entity type '{duplicate.Key}' appears twice.");
        return new ScopeCatalogue(sectors, types, file.SinglePointOfContact.ToBilingual());
    }

    private static SizeRule ParseRule(string id, string? rule) => rule switch
    {
        null or "none" => SizeRule.None,
        "essential-any-size" => SizeRule.EssentialAnySize,
        "ecomms" => SizeRule.Ecomms,
        "trust-service" => SizeRule.TrustService,
        "central-government" => SizeRule.CentralGovernment,
        "regional-government" => SizeRule.RegionalGovernment,
        "registration-only" => SizeRule.RegistrationOnly,
        _ => throw new FormatException($"Entity type '{id}': unknown rule '{rule}'."),
    };

    private static ScopeCatalogue LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("M365Nis2.Domain.Scope.nis2-scope.json")
            ?? throw new InvalidOperationException("The embedded scope data (data/nis2-scope.json) is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <param name="Confirmed">Absent means confirmed; the data marks the unconfirmed ones with <c>false</c>.</param>
    private sealed record AuthorityDto(string Name, string NameDa, bool? Confirmed)
    {
        public Bilingual ToBilingual() => new(Name, NameDa);
    }
    private sealed record TypeDto(string Id, string Name, string NameDa, string? Rule, AuthorityDto? Authority, string? Note, string? NoteDa);
    private sealed record SubsectorDto(string Id, string Name, string NameDa, AuthorityDto? Authority, List<TypeDto> Types);
    private sealed record SectorDto(string Id, string Annex, string Name, string NameDa, AuthorityDto Authority, string? Note, string? NoteDa,
        List<SubsectorDto> Subsectors);
    private sealed record FileDto(AuthorityDto SinglePointOfContact, List<SectorDto> Sectors);
}
