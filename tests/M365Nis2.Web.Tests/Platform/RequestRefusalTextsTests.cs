using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Platform;

/// <summary>
/// A request refused for its shape (no body, no file, too large, an unknown tier) is a coded problem: the English
/// <c>title</c> and <c>detail</c> as API clients have always read them, beside them <c>code</c>, <c>titleDa</c> and
/// <c>detailDa</c> for the tab's Danish reader.
/// </summary>
public sealed class RequestRefusalTextsTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string, string, string, int, string, string, string, string, string> Refusals => new()
    {
        { "GET", "/api/suppliers/questionnaire/7", "", 400, "Unknown tier", "Tier must be 1, 2 or 3.", "supplier.input.tier", "Ukendt niveau",
            "Niveau skal være 1, 2 eller 3." },
        { "POST", "/api/suppliers/import", "form", 400, "No file", "Attach the CSV as the form field 'file'.", "request.file.csv", "Ingen fil",
            "Vedhæft CSV-filen i formularfeltet 'file'." },
        { "POST", "/api/suppliers/import", "large", 413, "File too large", "The file is larger than 1000 KB.", "request.file.kb", "Filen er for stor",
            "Filen er større end 1000 KB." },
        { "POST", "/api/tasks", "null", 400, "Invalid request", "Send a JSON body {title, ownerUpn | ownerId, dueDate, measures, description, idempotencyKey}.",
            "request.json", "Ugyldig anmodning", "Send et JSON-objekt {title, ownerUpn | ownerId, dueDate, measures, description, idempotencyKey} i anmodningen." },
        { "POST", "/api/risks", "null", 400, "Invalid request", "Send a JSON body with the risk's fields.", "request.json.risk", "Ugyldig anmodning",
            "Send risikoens felter som et JSON-objekt i anmodningen." },
        { "POST", "/api/assets", "form", 400, "Invalid request", "The 'file' part (the CSV) is missing.", "request.asset.file", "Ugyldig anmodning",
            "Delen 'file' (CSV-filen) mangler." },
        { "POST", "/api/policies", "null", 400, "Invalid request",
            "Send multipart/form-data with a 'file' part and the fields policyKey, title, controlIds, owner, reviewPeriodMonths.", "request.policy.multipart",
            "Ugyldig anmodning", "Send multipart/form-data med en 'file'-del og felterne policyKey, title, controlIds, owner, reviewPeriodMonths." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_request_keeps_its_english_and_adds_danish(string method, string path, string body, int status, string title, string detail,
        string code, string titleDa, string detailDa)
    {
        using var http = app.Http(DemoDirectory.CisoUpn);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(body) };
        using var response = await http.SendAsync(request);

        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((title, detail), (problem["title"]!.GetValue<string>(), problem["detail"]!.GetValue<string>()));
        Assert.Equal((code, titleDa, detailDa), (problem["code"]!.GetValue<string>(), problem["titleDa"]!.GetValue<string>(), problem["detailDa"]!.GetValue<string>()));
    }

    private static HttpContent? Body(string kind) => kind switch
    {
        "form" => new MultipartFormDataContent { { new StringContent("x"), "note" } },
        "large" => new StringContent(new string('a', 1_000_001), Encoding.UTF8, "text/csv"),
        "null" => new StringContent("null", Encoding.UTF8, "application/json"),
        _ => null,
    };
}
