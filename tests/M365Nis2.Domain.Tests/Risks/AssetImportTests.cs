using M365Nis2.Domain.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class AssetImportTests
{
    private static readonly Person Mette = new("oid-mette", "Mette Holm");
    private static int next;

    private static Person? Resolve(string upnOrId) =>
        upnOrId.Equals("mette@nordlys.dk", StringComparison.OrdinalIgnoreCase) || upnOrId == "oid-mette" ? Mette : null;

    private static string NewId() => $"asset-{Interlocked.Increment(ref next)}";

    private static AssetRow Row(int line, string? name = "SCADA historian", string? type = "system", string? owner = "mette@nordlys.dk",
        string? criticality = "high", string? services = "Grid operations; Billing") => new(line, new(name, type, owner, criticality, services));

    [Fact]
    public void Good_rows_become_assets_with_their_services()
    {
        var result = AssetImport.Validate([Row(2), Row(3, "Customer data", "information", "oid-mette", "Critical", "")], new HashSet<string>(), Resolve, NewId);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Assets.Count);
        var first = result.Assets[0];
        Assert.Equal(("SCADA historian", AssetType.System, Criticality.High, Mette), (first.Name, first.Type, first.Criticality, first.Owner));
        Assert.Equal(["Grid operations", "Billing"], first.Services);
        Assert.Empty(result.Assets[1].Services);
    }

    [Theory]
    [InlineData("supplier-provided", AssetType.SupplierProvided)]
    [InlineData("Supplier provided", AssetType.SupplierProvided)]
    [InlineData("SupplierProvided", AssetType.SupplierProvided)]
    [InlineData("PEOPLE", AssetType.People)]
    [InlineData(" site ", AssetType.Site)]
    public void Types_are_read_as_people_write_them(string text, AssetType type) =>
        Assert.Equal(type, AssetRules.Parse("a", new("n", text, "oid-mette", "low", null), Resolve).Asset!.Type);

    [Fact]
    public void Each_bad_row_gets_its_own_errors_and_nothing_is_imported()
    {
        var result = AssetImport.Validate(
        [
            Row(2),
            Row(3, name: "", type: "3"),
            Row(4, name: "Badge system", owner: "ghost@nordlys.dk", criticality: "extreme"),
            Row(5, name: "scada HISTORIAN"),
            Row(6, name: "ERP", owner: ""),
        ], new HashSet<string>(), Resolve, NewId);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Assets);
        Assert.Equal([3, 4, 5, 6], result.Errors.Select(e => e.Line));
        Assert.Equal(2, result.Errors[0].Problems.Count);
        Assert.Contains(result.Errors[0].Problems, p => p.Contains("name is required", StringComparison.Ordinal));
        Assert.Contains(result.Errors[0].Problems, p => p.Contains("Type '3'", StringComparison.Ordinal));
        Assert.Contains("Owner 'ghost@nordlys.dk' is not a user in this tenant.", result.Errors[1].Problems);
        Assert.Contains(result.Errors[1].Problems, p => p.Contains("Criticality 'extreme'", StringComparison.Ordinal));
        Assert.Equal(["Same name as line 2."], result.Errors[2].Problems);
        Assert.Contains(result.Errors[3].Problems, p => p.Contains("owner", StringComparison.Ordinal));
    }

    [Fact]
    public void A_danish_reader_gets_each_row_problem_in_danish_and_the_english_is_unchanged()
    {
        var result = AssetImport.Validate(
        [
            Row(2),
            Row(3, name: "", type: "3"),
            Row(4, name: "Badge system", owner: "ghost@nordlys.dk", criticality: "extreme"),
            Row(5, name: "scada HISTORIAN"),
        ], new HashSet<string>(), Resolve, NewId);

        Assert.Equal(["Et navn skal udfyldes.", "Typen '3' er ikke en af: information, service, system, site, people, supplier-provided."],
            result.Errors[0].In("da"));
        Assert.Equal(["Kritikaliteten 'extreme' er ikke en af: low, medium, high, critical.", "Ejeren 'ghost@nordlys.dk' er ikke en bruger i denne lejer."],
            result.Errors[1].In("da-DK"));
        Assert.Equal("Linje 5: Samme navn som linje 2.", result.Errors[2].Sentence("da"));
        Assert.Equal("Line 5: Same name as line 2.", result.Errors[2].Sentence("en"));
        Assert.Equal(result.Errors[1].Problems, result.Errors[1].In("en-GB"));
        Assert.Equal("Filen har ingen rækker med aktiver.", AssetImport.Validate([], new HashSet<string>(), Resolve, NewId).FileErrorText!.Danish);
    }

    [Fact]
    public void A_name_already_in_the_register_is_an_error_not_an_overwrite()
    {
        var result = AssetImport.Validate([Row(2)], new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "scada historian" }, Resolve, NewId);
        Assert.Equal("An asset named 'SCADA historian' is already in the register.", Assert.Single(Assert.Single(result.Errors).Problems));
    }

    [Fact]
    public void An_empty_or_oversized_file_is_refused_as_a_whole()
    {
        Assert.Equal("The file has no asset rows.", AssetImport.Validate([], new HashSet<string>(), Resolve, NewId).FileError);
        var many = Enumerable.Range(2, AssetImport.MaxRows + 1).Select(i => Row(i, name: $"a{i}")).ToList();
        Assert.False(AssetImport.Validate(many, new HashSet<string>(), Resolve, NewId).Succeeded);
    }

    [Fact]
    public void Numbers_and_flag_combinations_are_not_criticalities()
    {
        Assert.Null(AssetRules.Parse("a", new("n", "system", "oid-mette", "2", null), Resolve).Asset);
        Assert.Null(AssetRules.Parse("a", new("n", "system", "oid-mette", "low,high", null), Resolve).Asset);
    }

    [Fact]
    public void Control_characters_and_overlong_names_are_refused()
    {
        Assert.NotEmpty(AssetRules.Parse("a", new("bad\u0007name", "system", "oid-mette", "low", null), Resolve).Problems);
        Assert.NotEmpty(AssetRules.Parse("a", new(new string('x', 201), "system", "oid-mette", "low", null), Resolve).Problems);
    }
}
