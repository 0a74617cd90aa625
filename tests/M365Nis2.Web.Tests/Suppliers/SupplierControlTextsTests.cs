using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>The (d) control page in Danish: the words around a named supplier are Danish too, the name stays as registered.</summary>
public sealed class SupplierControlTextsTests : IDisposable
{
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    [Fact]
    public async Task A_supplier_never_assessed_is_named_with_danish_words_beside_the_english()
    {
        await t.CreateAsync(Msp());
        using var ciso = t.As(Ciso);
        var detail = (await ciso.GetFromJsonAsync<JsonObject>("/api/controls/art21.2.d"))!;

        var finding = Checks(detail).Single(c => c["check"]!.GetValue<string>() == "supply.assessments")["findings"]![0]!;
        Assert.Equal(["NordIT Drift A/S (never assessed)"], finding["subjects"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["NordIT Drift A/S (aldrig vurderet)"], finding["subjectsDa"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("Niveau 1: 1 er ikke vurderet inden for 12 måneder.", finding["messageDa"]!.GetValue<string>());
    }

    /// <summary>Every check-shaped object anywhere in the detail (providers' details are merged under their own names).</summary>
    private static IEnumerable<JsonObject> Checks(JsonNode? node) => node switch
    {
        JsonObject o when o["check"] is not null && o["findings"] is JsonArray => [o],
        JsonObject o => o.SelectMany(p => Checks(p.Value)),
        JsonArray a => a.SelectMany(Checks),
        _ => [],
    };
}
