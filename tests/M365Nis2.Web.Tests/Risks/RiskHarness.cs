using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Risks;

/// <summary>Assets and risks through the API as the demo CISO.</summary>
public static class RiskHarness
{
    public const string Ciso = DemoDirectory.CisoUpn;
    public const string Employee = "mads.nielsen001@" + DemoDirectory.Domain;
    public static readonly DemoDirectory Demo = new();

    public static string Board(int i = 0) => Demo.BoardMembers[i].UserPrincipalName;

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> SendAsync(TestApp app, HttpMethod method, string path, JsonNode? body = null, string? user = Ciso)
    {
        using var http = app.Http(user);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
            request.Content = JsonContent.Create(body);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 || !text.TrimStart().StartsWith('{') && !text.TrimStart().StartsWith('[') ? null : JsonNode.Parse(text));
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostCsvAsync(TestApp app, string csv, string? user = Ciso)
    {
        using var http = app.Http(user);
        var response = await http.PostAsync(new Uri("/api/assets", UriKind.Relative), new StringContent(csv, Encoding.UTF8, "text/csv"));
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<string> AssetAsync(TestApp app, string name = "SCADA historian")
    {
        var (response, body) = await SendAsync(app, HttpMethod.Post, "/api/assets", new JsonObject
        {
            ["name"] = name, ["type"] = "system", ["owner"] = Ciso, ["criticality"] = "critical", ["services"] = "Grid operations",
        });
        Assert.True(response.IsSuccessStatusCode, body?.ToJsonString());
        return body![0]!["id"]!.GetValue<string>();
    }

    public static JsonObject Risk(string assetId, int l = 3, int i = 4, int? rl = null, int? ri = null, string treatment = "accept") => new()
    {
        ["title"] = "Ransomware on the SCADA historian",
        ["scenario"] = "Ransomware encrypts the historian; operators lose trends",
        ["threat"] = "Criminal ransomware group",
        ["vulnerability"] = "Flat network between office and OT",
        ["assetIds"] = new JsonArray(assetId),
        ["likelihood"] = l,
        ["impact"] = i,
        ["residualLikelihood"] = rl,
        ["residualImpact"] = ri,
        ["treatment"] = treatment,
        ["plannedMeasures"] = treatment == "accept" ? new JsonArray() : new JsonArray("Segment the OT network"),
        ["owner"] = Ciso,
        ["measures"] = new JsonArray("art21.2.c"),
        ["annexA"] = new JsonArray("A.8.13"),
    };

    public static async Task<string> RiskAsync(TestApp app, JsonObject risk)
    {
        var (response, body) = await SendAsync(app, HttpMethod.Post, "/api/risks", risk);
        Assert.True(response.IsSuccessStatusCode, body?.ToJsonString());
        return body!["risk"]!["id"]!.GetValue<string>();
    }

    public static async Task<JsonNode> ControlAsync(TestApp app, string id)
    {
        var (_, body) = await SendAsync(app, HttpMethod.Get, "/api/controls/" + id);
        return body!;
    }

    /// <summary>Polls until <paramref name="done"/> holds on GET <paramref name="path"/> (decisions arrive after the vote's response).</summary>
    public static async Task<JsonNode> WaitForAsync(TestApp app, string path, Func<JsonNode, bool> done)
    {
        for (var i = 0; ; i++)
        {
            var (_, body) = await SendAsync(app, HttpMethod.Get, path);
            if (body is not null && done(body))
                return body;
            Assert.True(i < 300, $"{path} never reached the expected state: {body?.ToJsonString()}");
            await Task.Delay(100);
        }
    }
}
