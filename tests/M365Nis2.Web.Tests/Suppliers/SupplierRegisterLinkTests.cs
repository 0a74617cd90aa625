using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Risks;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>Linked assets and risks come from the asset and risk registers (Features/Risks), never free text.</summary>
public sealed class SupplierRegisterLinkTests : IDisposable
{
    private readonly SupplierTestApp t = new();

    public void Dispose() => t.Dispose();

    private static object Body(string[] assets, string[] risks) => new
    {
        name = "NordIT Drift A/S", country = "DK", services = new[] { "managed-it" }, access = "privileged", owner = Employee,
        assetIds = assets, riskIds = risks,
    };

    [Theory]
    [InlineData("assetIds")]
    [InlineData("riskIds")]
    public async Task An_id_not_in_the_register_is_refused_naming_the_field_and_nothing_is_stored(string field)
    {
        var asset = await RiskHarness.AssetAsync(t.App);
        var risk = await RiskHarness.RiskAsync(t.App, RiskHarness.Risk(asset));
        using var ciso = t.As(Ciso);
        var response = await ciso.PostAsJsonAsync("/api/suppliers", field == "assetIds" ? Body([asset, "A-999"], [risk]) : Body([asset], ["R-999"]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray())!;
        Assert.Equal(field, error["field"]!.GetValue<string>());
        Assert.Contains(field == "assetIds" ? "'A-999' is not an asset in the asset register" : "'R-999' is not a risk in the risk register",
            error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>("/api/suppliers"))!);
    }

    [Fact]
    public async Task Linked_entries_read_back_with_their_names_the_ciso_gets_the_registers_to_pick_from_an_owner_only_ids()
    {
        var scada = await RiskHarness.AssetAsync(t.App);
        var mail = await RiskHarness.AssetAsync(t.App, "Mail and calendar");
        var risk = await RiskHarness.RiskAsync(t.App, RiskHarness.Risk(scada));
        // Typed in another case: stored as the register spells it.
        var id = (await t.CreateAsync(Body([scada.ToLowerInvariant()], [risk])))["id"]!.GetValue<string>();

        var page = await t.GetAsync(id);
        Assert.Equal([scada], page["assetIds"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal((scada, "SCADA historian"), Entry(page["links"]!["assets"]![0]!));
        Assert.Equal((risk, "Ransomware on the SCADA historian"), Entry(page["links"]!["risks"]![0]!));
        Assert.Equal(new[] { mail, scada }.Order(StringComparer.Ordinal),
            page["links"]!["options"]!["assets"]!.AsArray().Select(x => x!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));

        var board = await t.GetAsync(id, Board);
        Assert.Equal("SCADA historian", board["links"]!["assets"]![0]!["name"]!.GetValue<string>());
        Assert.Null(board["links"]!["options"]);
        var owner = await t.GetAsync(id, Employee);
        Assert.Null(owner["links"]);
        Assert.Equal([risk], owner["riskIds"]!.AsArray().Select(x => x!.GetValue<string>()));
    }

    [Fact]
    public async Task The_supply_chain_measure_is_not_met_until_critical_suppliers_are_assessed_and_privileged_apps_decided()
    {
        Assert.Equal("NoEvidenceYet", await StatusAsync());
        var id = (await t.CreateAsync(Msp()))["id"]!.GetValue<string>();
        var discovery = await t.DiscoverAsync();
        Assert.Equal("NotMet", await StatusAsync());
        var detail = await DetailAsync();
        Assert.Equal(4, detail["discovery"]!["pendingHighPrivilege"]!.GetValue<int>());
        Assert.Equal(("NordIT Drift A/S", "never-assessed"), (detail["criticalSuppliers"]![0]!["name"]!.GetValue<string>(),
            detail["criticalSuppliers"]![0]!["assessment"]!.GetValue<string>()));

        // The owner answers everything "yes" (the card itself is SupplierAssessmentTests): assessed, no finding.
        using var ciso = t.As(Ciso);
        var assessmentId = (await (await ciso.PostAsync($"/api/suppliers/{id}/assessments", null)).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var owner = new DemoDirectory().FindByUpn(Employee)!;
        var answers = Questionnaires.ForTier(SupplierTier.Tier1).Questions.Select(q => new QuestionAnswer(q.Id, Answer.Yes, null)).ToList();
        Assert.Null((await t.App.Services.GetRequiredService<AssessmentService>().SubmitAsync(id, assessmentId, owner.Id, owner.DisplayName, answers,
            CancellationToken.None)).Refusal);
        Assert.Equal("NotMet", await StatusAsync()); // the high-privilege apps are still undecided

        foreach (var app in discovery["apps"]!.AsArray().Where(x => x!["highPrivilege"]!.GetValue<bool>()))
        {
            var dismissed = await ciso.PostAsJsonAsync($"/api/suppliers/discovered/{app!["id"]!.GetValue<string>()}/dismiss",
                new { reason = "Reviewed with IT: covered by the NordIT contract." });
            Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
        }
        Assert.Equal("Met", await StatusAsync());
        Assert.Equal("current", (await DetailAsync())["criticalSuppliers"]![0]!["assessment"]!.GetValue<string>());
    }

    private static (string, string?) Entry(JsonNode e) => (e["id"]!.GetValue<string>(), e["name"]?.GetValue<string>());

    private async Task<string> StatusAsync() =>
        (await RiskHarness.ControlAsync(t.App, SupplyChainRule.ControlId))["control"]!["status"]!.GetValue<string>();

    private async Task<JsonNode> DetailAsync() => (await RiskHarness.ControlAsync(t.App, SupplyChainRule.ControlId))["detail"]!;
}
