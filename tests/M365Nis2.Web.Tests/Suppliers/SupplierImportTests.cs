using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

public sealed class SupplierImportTests : IDisposable
{
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    private const string Header = "name,vat,country,services,data,access,tier,owner,contract_start,clauses";

    private async Task<(HttpStatusCode Status, JsonObject Body)> ImportAsync(string csv, string upn = Ciso)
    {
        using var http = t.As(upn);
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await http.PostAsync("/api/suppliers/import", content);
        var body = response.Content.Headers.ContentLength > 0 ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
        return (response.StatusCode, body ?? []);
    }

    private async Task<JsonArray> ListAsync(string upn = Ciso)
    {
        using var http = t.As(upn);
        return (await http.GetFromJsonAsync<JsonArray>("/api/suppliers"))!;
    }

    [Fact]
    public async Task A_file_with_bad_rows_imports_nothing_and_names_each_bad_row()
    {
        var csv = $"""
            {Header}
            NordIT Drift A/S,DK25313763,DK,managed-it,credentials,privileged,,{Employee},2024-01-01,confidentiality|exit
            Bad Country ApS,,XX,saas,personal,user,2,,2024-02-01,
            Typo CVR A/S,DK25313764,DK,saas;cleaning,,,,,,
            Ghost Owner Ltd,,GB,consulting,,,3,nobody@nordlysenergi.onmicrosoft.com,,
            """;
        var (status, body) = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Nothing was imported", body["title"]!.GetValue<string>());
        var errors = body["errors"]!.AsArray().Select(e => (Line: e!["line"]!.GetValue<int>(), Column: e["column"]!.GetValue<string>())).ToList();
        Assert.DoesNotContain(errors, e => e.Line == 2);
        Assert.Equal([(3, "country"), (4, "vat"), (4, "services"), (5, "owner")], errors);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Each_row_error_carries_its_danish_beside_the_english_for_the_tab()
    {
        var csv = $"""
            {Header}
            Bad Country ApS,,XX,saas,personal,user,2,,2024-02-01,
            Ghost Owner Ltd,,GB,consulting,,,3,nobody@nordlysenergi.onmicrosoft.com,,
            """;
        var (status, body) = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(("Intet blev importeret", "2 rækker har fejl; ret dem, og importér filen igen."),
            (body["titleDa"]!.GetValue<string>(), body["detailDa"]!.GetValue<string>()));
        Assert.Equal("2 rows have errors; fix them and import the file again.", body["detail"]!.GetValue<string>());
        var errors = body["errors"]!.AsArray().Select(e => (English: e!["message"]!.GetValue<string>(), Danish: e["messageDa"]!.GetValue<string>())).ToList();
        Assert.Equal([
            ("'XX' is not a two-letter ISO 3166 country code (e.g. DK).", "'XX' er ikke en landekode på to bogstaver efter ISO 3166 (f.eks. DK)."),
            ("'nobody@nordlysenergi.onmicrosoft.com' is not a user in the tenant.", "'nobody@nordlysenergi.onmicrosoft.com' er ikke en bruger i lejeren."),
        ], errors);

        var (_, header) = await ImportAsync("name,colour\nAcme,red\n");
        Assert.Equal(["Ukendt kolonne 'colour'; forventet: " + string.Join(", ", M365Nis2.Web.Features.Suppliers.SupplierCsvReader.Columns) + ".",
            "Den påkrævede kolonne 'country' mangler."], header["errors"]!.AsArray().Select(e => e!["messageDa"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_clean_semicolon_file_imports_every_row_with_suggested_tiers_and_resolved_owners()
    {
        var csv = $"""
            name;vat;country;services;data;access;owner
            NordIT Drift A/S;DK25313763;DK;managed-it;credentials;privileged;{Employee}
            PayFlow Nordic AB;SE556677889901;SE;payment|saas;personal;user;
            Kantine Service ApS;;DK;facilities;;;
            """;
        var (status, body) = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, body["imported"]!.GetValue<int>());
        var list = await ListAsync();
        Assert.Equal(["Kantine Service ApS", "NordIT Drift A/S", "PayFlow Nordic AB"], list.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal([3, 1, 2], list.Select(s => s!["tier"]!.GetValue<int>()));
        Assert.All(list, s => Assert.False(s!["tierDecided"]!.GetValue<bool>()));
        Assert.Equal(Employee, list[1]!["owner"]!["upn"]!.GetValue<string>());
        Assert.Equal("never-assessed", list[1]!["assessment"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Importing_the_same_supplier_twice_is_refused_as_a_duplicate()
    {
        var csv = $"{Header}\nNordIT Drift A/S,DK25313763,DK,managed-it,,,,,,";
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(csv)).Status);
        var (status, body) = await ImportAsync(csv);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(2, body["errors"]!.AsArray().Count); // name and VAT number
        Assert.Single(await ListAsync());
    }

    [Fact]
    public async Task An_unknown_column_is_refused_before_any_row()
    {
        var (status, body) = await ImportAsync("name,contry\nX,DK");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Unknown column 'contry'", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Board, HttpStatusCode.Forbidden)]
    [InlineData(Employee, HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task Only_the_ciso_imports(string? upn, HttpStatusCode expected) =>
        Assert.Equal(expected, (await ImportAsync($"{Header}\nX,,DK,,,,,,,", upn!)).Status);
}
