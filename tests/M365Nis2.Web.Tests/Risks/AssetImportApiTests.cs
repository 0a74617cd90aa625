using System.Net;
using System.Net.Http.Headers;
using System.Text;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

public class AssetImportApiTests
{
    [Fact]
    public async Task A_csv_with_bad_rows_imports_nothing_and_names_each_bad_line()
    {
        using var app = new TestApp();
        var csv = "Name,Type,Owner,Criticality,Services\n"
            + $"SCADA historian,system,{Ciso},critical,Grid operations;Billing\n"
            + $"Customer data,data,{Ciso},high,\n"
            + "Badge system,site,ghost@nordlysenergi.onmicrosoft.com,extreme,\n"
            + $"\"Control room, Aarhus\",site,{Ciso},high,\"Grid operations\"\n";

        var (response, body) = await PostCsvAsync(app, csv);
        var (_, assets) = await SendAsync(app, HttpMethod.Get, "/api/assets");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = body!["rows"]!.AsArray();
        Assert.Equal([3, 4], rows.Select(r => r!["line"]!.GetValue<int>()));
        Assert.Contains("Type 'data'", rows[0]!["problems"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, rows[1]!["problems"]!.AsArray().Count);
        Assert.Contains("Line 4:", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(assets!.AsArray());
    }

    [Fact]
    public async Task Each_row_problem_carries_its_danish_beside_the_english_for_the_tab()
    {
        using var app = new TestApp();
        var csv = "Name,Type,Owner,Criticality,Services\n"
            + $"Customer data,data,{Ciso},high,\n"
            + "Badge system,site,ghost@nordlysenergi.onmicrosoft.com,extreme,\n";

        var (response, body) = await PostCsvAsync(app, csv);
        var (_, missing) = await PostCsvAsync(app, "name,type\nA,system\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var rows = body!["rows"]!.AsArray();
        Assert.Equal(["Typen 'data' er ikke en af: information, service, system, site, people, supplier-provided."],
            rows[0]!["problemsDa"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["Type 'data' is not one of: information, service, system, site, people, supplier-provided."],
            rows[0]!["problems"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(["Kritikaliteten 'extreme' er ikke en af: low, medium, high, critical.", "Ejeren 'ghost@nordlysenergi.onmicrosoft.com' er ikke en bruger i denne lejer."],
            rows[1]!["problemsDa"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.StartsWith("Linje 2: Typen 'data'", body["problemsDa"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Line 2: Type 'data'", body["problems"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Overskriften mangler kolonnen/kolonnerne owner, criticality; forventet: name, type, owner, criticality, services.",
            missing!["detailDa"]!.GetValue<string>());
        Assert.Equal("The header is missing the column(s) owner, criticality; expected: name, type, owner, criticality, services.",
            missing["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_good_csv_imports_every_row_and_a_second_import_of_the_same_names_is_refused()
    {
        using var app = new TestApp();
        var csv = "name;type;owner;criticality;services\n"
            + $"SCADA historian;system;{Ciso};critical;Grid operations|Billing\n"
            + $"Customer data;information;{Ciso};high;\n"
            + "\n"
            + $"Azure tenant;supplier-provided;{Ciso};critical;All\n";

        using var http = app.Http(Ciso);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("text/csv");
        form.Add(file, "file", "assets.csv");
        using var response = await http.PostAsync(new Uri("/api/assets", UriKind.Relative), form);
        var (again, againBody) = await PostCsvAsync(app, csv.Replace(';', ','));
        var (_, assets) = await SendAsync(app, HttpMethod.Get, "/api/assets", user: Board());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(3, assets!.AsArray().Count);
        var scada = assets.AsArray().Single(a => a!["name"]!.GetValue<string>() == "SCADA historian")!;
        Assert.Equal(2, scada["services"]!.AsArray().Count);
        Assert.Equal("SupplierProvided", assets.AsArray().Single(a => a!["name"]!.GetValue<string>() == "Azure tenant")!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(3, againBody!["rows"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("name,type\nx,system\n", "missing the column(s) owner, criticality")]
    [InlineData("name,type,owner,criticality\n", "no asset rows")]
    public async Task A_file_that_is_not_an_asset_csv_is_refused_as_a_whole(string csv, string expected)
    {
        using var app = new TestApp();
        var (response, body) = await PostCsvAsync(app, csv);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
