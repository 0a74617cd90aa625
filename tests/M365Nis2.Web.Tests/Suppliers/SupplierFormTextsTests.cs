using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>
/// The supplier form's certificate, link and finding errors are coded like its other field errors: the English
/// <c>message</c> as API clients have always read it, beside it <c>messageDa</c> and <c>code</c> for the tab's Danish reader.
/// </summary>
public sealed class SupplierFormTextsTests : IDisposable
{
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    [Fact]
    public async Task Certificate_and_link_errors_are_in_english_and_danish()
    {
        using var ciso = t.As(Ciso);
        var response = await ciso.PostAsJsonAsync("/api/suppliers", new
        {
            name = "NordIT Drift A/S", country = "DK", services = new[] { "managed-it" }, access = "privileged", owner = Employee,
            certificates = new object[]
            {
                new { kind = "iso9001", validUntil = "2027-01-01" },
                new { kind = "iso27001", validUntil = "1.1.2027" },
                new { kind = "iso27001", validUntil = "2027-01-01", name = new string('x', 201) },
            },
            assetIds = Enumerable.Range(0, 101).Select(i => $"A-{i}").ToArray(),
            riskIds = new[] { "R-999" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray()
            .Select(e => (Field: e!["field"]!.GetValue<string>(), English: e["message"]!.GetValue<string>(), Danish: e["messageDa"]!.GetValue<string>(),
                Code: e["code"]?.GetValue<string>()))
            .DistinctBy(e => (e.Field, e.Code)).ToList();
        Assert.Contains(("certificates[0]", "Kind must be one of: iso27001, soc2-type2, soc2-type1, isae3402, iso27701, iso22301, other.",
            "Typen skal være en af: iso27001, soc2-type2, soc2-type1, isae3402, iso27701, iso22301, other.", "supplier.input.certificate.kind"), errors);
        Assert.Contains(("certificates[1]", "'1.1.2027' is not a date in the form yyyy-MM-dd.", "'1.1.2027' er ikke en dato på formen åååå-mm-dd.",
            "supplier.input.date"), errors);
        Assert.Contains(("certificates[2]", "Name (200) or scope (1000 characters) is too long.",
            "Navnet (højst 200 tegn) eller omfanget (højst 1000 tegn) er for langt.", "supplier.input.certificate.long"), errors);
        Assert.Contains(("assetIds", "At most 100 ids of up to 100 characters each.", "Højst 100 id'er på op til 100 tegn hver.", "supplier.input.links"), errors);
        Assert.Contains(("assetIds", "'A-0' is not an asset in the asset register.", "'A-0' er ikke et aktiv i aktivregistret.", "supplier.input.asset"), errors);
        Assert.Contains(("riskIds", "'R-999' is not a risk in the risk register.", "'R-999' er ikke en risiko i risikoregistret.", "supplier.input.risk"), errors);
        Assert.All(errors, e => Assert.NotNull(e.Code));
    }

    [Theory]
    [InlineData("reopened", "a reason", "state", "State must be open, resolved or risk-accepted.", "Status skal være åben, løst eller risikoaccepteret.")]
    [InlineData("resolved", "", "note", "A note (up to 1000 characters) says why the finding changes state.",
        "En note (op til 1000 tegn) skal forklare, hvorfor fundets status ændres.")]
    public async Task A_refused_finding_change_is_in_english_and_danish(string state, string note, string field, string english, string danish)
    {
        using var ciso = t.As(Ciso);
        var response = await ciso.PostAsJsonAsync("/api/suppliers/any/findings/any", new { state, note });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray())!;
        Assert.Equal((field, english, danish), (error["field"]!.GetValue<string>(), error["message"]!.GetValue<string>(), error["messageDa"]!.GetValue<string>()));
    }
}
