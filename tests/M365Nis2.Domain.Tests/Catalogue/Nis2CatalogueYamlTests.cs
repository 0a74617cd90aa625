using M365Nis2.Domain.Catalogue;
using YamlDotNet.Serialization;

namespace M365Nis2.Domain.Tests.Catalogue;

/// <summary>Keeps <see cref="Nis2Catalogue.Default"/> in step with data/nis2-catalogue.yaml, the reviewed source of facts.</summary>
public class Nis2CatalogueYamlTests
{
    private static readonly Dictionary<object, object> Yaml = Load();

    private static Dictionary<object, object> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "M365Nis2.sln")))
            dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "data", "nis2-catalogue.yaml");
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(File.ReadAllText(path));
    }

    private static List<Dictionary<object, object>> Entries(object node) => [.. ((List<object>)node).Cast<Dictionary<object, object>>()];

    private static List<string> Strings(object node) => [.. ((List<object>)node).Select(o => (string)o)];

    private static Nis2Catalogue Catalogue => Nis2Catalogue.Default;

    [Fact]
    public void Measures_match_the_yaml()
    {
        var yaml = Entries(Yaml["measures"]);
        var measures = Catalogue.Measures.ToList();

        Assert.Equal(yaml.Select(m => (string)m["id"]), measures.Select(m => m.Id));
        foreach (var (entry, control) in yaml.Zip(measures))
        {
            Assert.Equal((string)entry["title"], control.Title);
            Assert.Equal((string)entry["title_da"], control.TitleDa);
            Assert.Equal(Strings(entry["iso27001"]), control.Iso27001);
            var common = entry.TryGetValue("iso_source", out var source) && (string)source == "common";
            Assert.Equal(common ? IsoMappingSource.Common : IsoMappingSource.Webinar, control.IsoSource);
        }
    }

    [Fact]
    public void Management_controls_match_the_yaml()
    {
        foreach (var entry in Entries(Yaml["management"]))
        {
            var control = Catalogue.Get((string)entry["id"]);
            Assert.Equal(ControlKind.Management, control.Kind);
            Assert.Equal((string)entry["title"], control.Title);
            Assert.Equal(Strings(entry["iso27001"]), control.Iso27001);
        }
    }

    [Fact]
    public void Reporting_stages_and_criteria_match_the_yaml()
    {
        var reporting = (Dictionary<object, object>)Yaml["reporting"];
        Assert.Equal(Strings(reporting["significant_incident_criteria"]), Catalogue.SignificantIncidentCriteria);

        var stages = Entries(reporting["stages"]);
        Assert.Equal(stages.Count, Catalogue.ReportingStages.Count);
        foreach (var (entry, stage) in stages.Zip(Catalogue.ReportingStages))
        {
            Assert.Equal((string)entry["id"], stage.Id);
            Assert.Equal((string)entry["due_after"], stage.DueAfter);
            Assert.Equal(entry.TryGetValue("from", out var from) ? (string)from : "none", stage.From.ToString().ToLowerInvariant());
            Assert.Equal(Strings(entry["contents"]), stage.Contents);
        }
    }

    [Fact]
    public void Documents_and_kpis_match_the_yaml()
    {
        var documents = Entries(Yaml["documents"]);
        Assert.Equal(documents.Select(d => (string)d["id"]), Catalogue.Documents.Select(d => d.Id));
        foreach (var (entry, document) in documents.Zip(Catalogue.Documents))
        {
            Assert.Equal((string)entry["title"], document.Title);
            Assert.Equal(Strings(entry["measures"]), document.Measures);
        }

        Assert.Equal(Strings(Yaml["kpis"]), Catalogue.Kpis);
    }

    [Fact]
    public void Document_entries_have_only_id_title_and_measures_so_no_title_was_cut_at_a_comma()
    {
        // An unquoted comma in a YAML flow mapping ends the value: the rest becomes stray keys and the title is cut.
        foreach (var entry in Entries(Yaml["documents"]))
        {
            Assert.Equal(["id", "measures", "title"], entry.Keys.Select(k => (string)k).Order(StringComparer.Ordinal));
        }
        foreach (var document in Catalogue.Documents)
        {
            Assert.Equal(document.Title.Count(c => c == '('), document.Title.Count(c => c == ')'));
        }
        Assert.Equal("IT security handbook (configuration, operation, use)", Catalogue.Documents.Single(d => d.Id == "security_handbook").Title);
        Assert.Equal("Asset register (hardware, software, data, owners)", Catalogue.Documents.Single(d => d.Id == "asset_register").Title);
    }
}
