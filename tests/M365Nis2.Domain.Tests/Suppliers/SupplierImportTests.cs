using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Domain.Tests.Suppliers;

public class SupplierImportTests
{
    // 25313763 passes the CVR modulus-11 check; 25313764 does not.
    private static SupplierCsvRow Row(int line, string name, string? vat = "DK25313763", string? country = "DK", string? services = "managed-it",
        string? data = "personal", string? access = "privileged", string? tier = null, string? owner = "mette.holm@nordlysenergi.onmicrosoft.com",
        string? start = "2024-01-01", string? end = "2027-12-31", string? clauses = "confidentiality|exit", string? sole = null) =>
        new(line, name, vat, country, services, data, access, sole, tier, owner, start, end, clauses, "Entra ID;Backup");

    private static ImportValidation Validate(params SupplierCsvRow[] rows) => SupplierImport.Validate(rows, ["Existing A/S"], ["12345674"]);

    [Fact]
    public void A_clean_file_yields_one_draft_per_row_with_suggested_or_chosen_tier()
    {
        var result = Validate(Row(2, "Nordic MSP"), Row(3, "Canteen", vat: null, services: "facilities", data: "", access: "", tier: "3"));
        Assert.True(result.IsValid);
        var (line, msp) = result.Drafts[0];
        Assert.Equal((2, SupplierTier.Tier1, false, "DK25313763"), (line, msp.Tier, msp.TierDecided, msp.VatNumber));
        Assert.Equal([ServiceKind.ManagedIt], msp.Services);
        Assert.Equal(["Entra ID", "Backup"], msp.Systems);
        Assert.Equal((SupplierTier.Tier3, true), (result.Drafts[1].Draft.Tier, result.Drafts[1].Draft.TierDecided));
    }

    [Fact]
    public void Each_bad_row_gets_its_own_errors_and_nothing_is_imported()
    {
        var result = Validate(
            Row(2, "Good"),
            Row(3, "", country: "XX"),
            Row(4, "Bad tier", vat: "DK25313764", tier: "high", services: "cleaning"),
            Row(5, "Dates", start: "2027-01-01", end: "2026-01-01", owner: "not-an-upn"));
        Assert.False(result.IsValid);
        Assert.Equal([2], result.Drafts.Select(d => d.Line)); // only the good row, for further checks; nothing is imported
        Assert.DoesNotContain(result.Errors, e => e.Line == 2);
        Assert.Equal(["name", "country"], result.Errors.Where(e => e.Line == 3).Select(e => e.Column));
        Assert.Equal(["tier", "vat", "services"], result.Errors.Where(e => e.Line == 4).Select(e => e.Column));
        Assert.Contains(result.Errors, e => e.Line == 4 && e.Message == "'DK25313764' fails the CVR check digit; please check for a typing error.");
        Assert.Equal(["owner", "contractEnd"], result.Errors.Where(e => e.Line == 5).Select(e => e.Column));
    }

    [Fact]
    public void Duplicates_in_the_file_or_the_register_are_refused_by_name_and_vat()
    {
        var result = Validate(Row(2, "Alpha"), Row(3, "alpha", vat: "25313763"), Row(4, "Existing A/S", vat: null), Row(5, "Beta", vat: "DK12345674"));
        Assert.Equal([(3, "name"), (3, "vat"), (4, "name"), (5, "vat")], result.Errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void A_danish_reader_gets_each_row_error_in_danish_and_the_english_is_unchanged()
    {
        var result = Validate(
            Row(2, "", country: "XX"),
            Row(3, "Bad tier", vat: "DK25313764", tier: "high", services: "cleaning", sole: "maybe"),
            Row(4, "Dates", start: "2027-01-01", end: "2026-01-01", owner: "not-an-upn"),
            Row(5, "Existing A/S", vat: "DK12345674"));
        string[] Danish(int line) => [.. result.Errors.Where(e => e.Line == line).Select(e => e.In("da-DK"))];

        Assert.Equal(["Navn skal udfyldes.", "'XX' er ikke en landekode på to bogstaver efter ISO 3166 (f.eks. DK)."], Danish(2));
        Assert.Contains("'high' er ikke et niveau (1, 2 eller 3).", Danish(3));
        Assert.Contains("'maybe' er hverken ja eller nej.", Danish(3));
        Assert.Contains("'DK25313764' har et forkert kontrolciffer for CVR-numre; kontrollér, om der er en tastefejl.", Danish(3));
        Assert.Contains(Danish(3), m => m.StartsWith("'cleaning' er ikke en af: ", StringComparison.Ordinal));
        Assert.Equal(["'not-an-upn' er ikke et brugernavn på formen navn@domæne.", "Kontrakten udløber, før den begynder."], Danish(4));
        Assert.Equal(["'Existing A/S' findes allerede i registret eller tidligere i filen.",
            "CVR-/momsnummeret 'DK12345674' findes allerede i registret eller tidligere i filen."], Danish(5));
        Assert.Equal("Filen har ingen rækker med leverandører.", Validate().Errors.Single().In("da"));

        Assert.Equal(["Name is required.", "'XX' is not a two-letter ISO 3166 country code (e.g. DK)."],
            result.Errors.Where(e => e.Line == 2).Select(e => e.In("en")));
        Assert.Equal(result.Errors.Select(e => e.Message), result.Errors.Select(e => e.In(null)));
        Assert.Contains(result.Errors, e => e.Message == "'maybe' is not yes or no.");
        Assert.Contains(result.Errors, e => e.Message == "VAT number 'DK12345674' is already in the register or earlier in the file.");
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused()
    {
        Assert.Equal("The file has no supplier rows.", Validate().Errors.Single().Message);
        var many = Enumerable.Range(2, SupplierImport.MaxRows + 1).Select(i => Row(i, $"S{i}", vat: null)).ToArray();
        Assert.Single(Validate(many).Errors);
    }

    [Theory]
    [InlineData("ja", true)]
    [InlineData("YES", true)]
    [InlineData("nej", false)]
    [InlineData("", false)]
    public void Sole_provider_reads_yes_and_no_in_english_and_danish(string value, bool expected) =>
        Assert.Equal(expected, Validate(Row(2, "S", sole: value)).Drafts[0].Draft.SoleProvider);

    [Fact]
    public void Unknown_clause_and_sole_provider_values_are_named()
    {
        var errors = Validate(Row(2, "S", clauses: "confidentiality;nda", sole: "maybe")).Errors;
        Assert.Equal(["soleProvider", "clauses"], errors.Select(e => e.Column));
    }

    [Theory]
    [InlineData("DE123456789", "DE", true)]
    [InlineData("GB 123 4567 89", "GB", true)]
    [InlineData("x", "SE", false)]
    [InlineData("25313763", "DK", true)]
    [InlineData("2531376", "DK", false)]
    public void Vat_numbers_are_shape_checked_and_cvr_check_digits_verified(string vat, string country, bool ok) =>
        Assert.Equal(ok, VatNumbers.Check(VatNumbers.Normalize(vat)!, country) is null);
}
