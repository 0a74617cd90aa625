using M365Nis2.Domain.Scope;

namespace M365Nis2.Domain.Tests.Scope;

public class ScopeCatalogueTests
{
    [Fact]
    public void Holds_every_sector_of_Annex_I_and_II_with_Danish_names()
    {
        var catalogue = ScopeCatalogue.Default;
        Assert.Equal(11, catalogue.Sectors.Count(s => s.Annex == "I"));
        Assert.Equal(7, catalogue.Sectors.Count(s => s.Annex == "II"));
        Assert.All(catalogue.Types, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Name.NameDa));
            Assert.False(string.IsNullOrWhiteSpace(t.Authority.NameDa));
        });
    }

    [Fact]
    public void Bad_data_is_refused_with_a_message_naming_the_entry()
    {
        const string badRule = """
            {"singlePointOfContact":{"name":"x","nameDa":"x"},"sectors":[{"id":"s","annex":"I","name":"S","nameDa":"S",
             "authority":{"name":"A","nameDa":"A"},"subsectors":[{"id":"u","name":"U","nameDa":"U","types":[
             {"id":"s.t","name":"T","nameDa":"T","rule":"sometimes"}]}]}]}
            """;
        Assert.Contains("s.t", Assert.Throws<FormatException>(() => ScopeCatalogue.Parse(badRule)).Message, StringComparison.Ordinal);
        Assert.Contains("annex", Assert.Throws<FormatException>(() => ScopeCatalogue.Parse(badRule.Replace("\"annex\":\"I\"", "\"annex\":\"III\"", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }
}
