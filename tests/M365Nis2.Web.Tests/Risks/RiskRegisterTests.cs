using System.Net;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

public class RiskRegisterTests
{
    [Fact]
    public async Task A_risk_is_created_edited_and_every_change_is_in_its_history()
    {
        using var app = new TestApp();
        var asset = await AssetAsync(app);
        var id = await RiskAsync(app, Risk(asset, 3, 4, 1, 4, "mitigate"));

        var edited = Risk(asset, 4, 4, 1, 4, "mitigate");
        edited["title"] = "Ransomware on OT";
        var (put, putBody) = await SendAsync(app, HttpMethod.Put, $"/api/risks/{id}", edited);
        var (_, detail) = await SendAsync(app, HttpMethod.Get, $"/api/risks/{id}");

        Assert.True(put.StatusCode == HttpStatusCode.OK, putBody?.ToJsonString());
        var history = detail!["history"]!.AsArray();
        Assert.Equal(["created", "edited"], history.Select(h => h!["action"]!.GetValue<string>()));
        var changes = history[1]!["changes"]!.AsArray().Select(c => c!["field"]!.GetValue<string>()).ToList();
        Assert.Equal(["title", "inherent"], changes);
        Assert.Equal("Mette Holm", history[1]!["actorName"]!.GetValue<string>());
        Assert.Equal(2, detail["risk"]!["version"]!.GetValue<int>());
        Assert.Equal("SCADA historian", detail["assets"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(["TreatmentPlanNotApproved"], detail["risk"]!["posture"]!["gaps"]!.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task A_bad_risk_gets_every_problem_in_a_400_and_nothing_is_stored()
    {
        using var app = new TestApp();
        var bad = Risk("asset-404", 9, 4, treatment: "mitigate");
        bad["title"] = "";
        bad["plannedMeasures"] = new JsonArray();
        bad["annexA"] = new JsonArray("A.9.9");

        var (response, body) = await SendAsync(app, HttpMethod.Post, "/api/risks", bad);
        var (_, register) = await SendAsync(app, HttpMethod.Get, "/api/risks");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = body!["problems"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Contains("A title is required.", problems);
        Assert.Contains("Asset asset-404 is not in the asset register.", problems);
        Assert.Contains(problems, p => p.StartsWith("Likelihood and impact before treatment", StringComparison.Ordinal));
        Assert.Contains("A mitigate treatment needs at least one planned measure.", problems);
        Assert.Contains("A.9.9 is not an ISO/IEC 27001:2022 Annex A control.", problems);
        Assert.Empty(register!["risks"]!.AsArray());
    }

    [Fact]
    public async Task A_bad_risk_and_a_bad_statement_of_applicability_are_refused_in_danish_too_with_the_english_unchanged()
    {
        using var app = new TestApp();
        var bad = Risk("asset-404", 3, 4, treatment: "mitigate");
        bad["title"] = "";
        bad["plannedMeasures"] = new JsonArray();

        var (response, body) = await SendAsync(app, HttpMethod.Post, "/api/risks", bad);
        var (soa, soaBody) = await SendAsync(app, HttpMethod.Put, "/api/soa", new JsonObject { ["entries"] = new JsonArray() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["A title is required.", "Asset asset-404 is not in the asset register.", "A mitigate treatment needs at least one planned measure."],
            Strings(body!["problems"]));
        Assert.Equal("A title is required. Asset asset-404 is not in the asset register. A mitigate treatment needs at least one planned measure.",
            body["detail"]!.GetValue<string>());
        Assert.Equal(["En titel skal udfyldes.", "Aktivet asset-404 findes ikke i aktivregistret.", "Behandlingen 'Reducér' kræver mindst ét planlagt tiltag."],
            Strings(body["problemsDa"]));
        Assert.Equal(string.Join(" ", Strings(body["problemsDa"])), body["detailDa"]!.GetValue<string>());
        Assert.Equal(("Invalid request", "Ugyldig anmodning"), (body["title"]!.GetValue<string>(), body["titleDa"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.BadRequest, soa.StatusCode);
        Assert.StartsWith("Every Annex A control needs an entry; missing: A.5.1, A.5.2", soaBody!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Hver kontrol i bilag A skal have en linje; mangler: A.5.1, A.5.2", soaBody["detailDa"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(p => p!.GetValue<string>())];

    [Fact]
    public async Task Unknown_treatment_or_owner_is_a_400_and_an_unknown_risk_a_404()
    {
        using var app = new TestApp();
        var asset = await AssetAsync(app);
        var bad = Risk(asset);
        bad["treatment"] = "ignore";
        bad["owner"] = "nobody@example.com";
        var (response, body) = await SendAsync(app, HttpMethod.Post, "/api/risks", bad);
        var (missing, _) = await SendAsync(app, HttpMethod.Put, "/api/risks/R-999", Risk(asset));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2, body!["problems"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_register_shows_both_heat_maps_and_the_method()
    {
        using var app = new TestApp();
        var asset = await AssetAsync(app);
        await RiskAsync(app, Risk(asset, 3, 4, 1, 4, "mitigate"));

        var (_, register) = await SendAsync(app, HttpMethod.Get, "/api/risks", user: Board());

        Assert.Equal(16, register!["heatMapBefore"]!.AsArray().Count);
        JsonNode Cell(string map, int l, int i) => register[map]!.AsArray().Single(c => c!["likelihood"]!.GetValue<int>() == l && c["impact"]!.GetValue<int>() == i)!;
        Assert.Single(Cell("heatMapBefore", 3, 4)["riskIds"]!.AsArray());
        Assert.Single(Cell("heatMapAfter", 1, 4)["riskIds"]!.AsArray());
        Assert.Equal(6, register["method"]!["appetiteThreshold"]!.GetValue<int>());
        Assert.Equal("Sjælden", register["method"]!["likelihood"]![0]!["da"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("GET", "/api/risks", null, HttpStatusCode.Forbidden)]
    [InlineData("POST", "/api/risks", null, HttpStatusCode.Forbidden)]
    [InlineData("GET", "/api/assets", null, HttpStatusCode.Forbidden)]
    [InlineData("GET", "/api/soa", null, HttpStatusCode.Forbidden)]
    [InlineData("GET", "/api/risks", "board", HttpStatusCode.OK)]
    [InlineData("GET", "/api/soa", "board", HttpStatusCode.OK)]
    [InlineData("GET", "/api/assets", "board", HttpStatusCode.OK)]
    [InlineData("POST", "/api/risks", "board", HttpStatusCode.Forbidden)]
    [InlineData("PUT", "/api/soa", "board", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/api/assets", "board", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/api/risks/R-1/acceptance", "board", HttpStatusCode.Forbidden)]
    [InlineData("PUT", "/api/risks/method", "board", HttpStatusCode.Forbidden)]
    [InlineData("POST", "/api/risks/assessments", "board", HttpStatusCode.Forbidden)]
    [InlineData("GET", "/api/risks", "anonymous", HttpStatusCode.Unauthorized)]
    public async Task Routes_answer_by_role_CISO_edits_board_reads_employees_nothing(string method, string path, string? who, HttpStatusCode expected)
    {
        using var app = new TestApp();
        var user = who switch { null => Employee, "board" => Board(), _ => null };
        var (response, _) = await SendAsync(app, new HttpMethod(method), path, method == "GET" ? null : new JsonObject(), user);
        Assert.Equal(expected, response.StatusCode);
    }
}
