using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>The questionnaire card to the owner in Teams and back, through the real bot endpoint and a connector fake.</summary>
public sealed class SupplierAssessmentTests : IAsyncLifetime, IDisposable
{
    private static readonly string OwnerId = new DemoDirectory().FindByUpn(Employee)!.Id;
    private FakeConnector connector = null!;
    private SupplierTestApp t = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        t = new SupplierTestApp(settings: new Dictionary<string, string?> { ["Bot:TenantId"] = FakeBotIssuer.TenantId });
        var install = BotActivities.Install(connector.ServiceUrl);
        install["from"]!["aadObjectId"] = OwnerId;
        Assert.True((await t.App.PostActivityAsync(install)).IsSuccessStatusCode);
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => t.Dispose();

    private async Task<JsonObject> SubmitAsync(JsonObject data, string? from = null)
    {
        var activity = BotActivities.Execute(connector.ServiceUrl, "supplier.assessment.submit", (JsonObject)data.DeepClone());
        activity["from"]!["aadObjectId"] = from ?? OwnerId;
        var response = await t.App.PostActivityAsync(activity);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static JsonObject Answers(string supplierId, string assessmentId, SupplierTier tier, Func<string, string> answer)
    {
        var data = new JsonObject { ["supplierId"] = supplierId, ["assessmentId"] = assessmentId };
        foreach (var q in Questionnaires.ForTier(tier).Questions)
            data["q_" + q.Id] = answer(q.Id);
        return data;
    }

    [Fact]
    public async Task The_owner_answers_in_the_card_once_and_findings_and_the_signed_answers_are_recorded()
    {
        var supplier = await t.CreateAsync(Msp());
        var id = supplier["id"]!.GetValue<string>();
        using var ciso = t.As(Ciso);
        var sent = await ciso.PostAsync($"/api/suppliers/{id}/assessments", null);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var assessmentId = (await sent.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var card = connector.SentActivities[^1].Activity["attachments"]![0]!["content"]!;
        Assert.Equal(16, card["body"]!.AsArray().Count(e => e!["id"]?.GetValue<string>().StartsWith("q_", StringComparison.Ordinal) == true));

        var again = await ciso.PostAsync($"/api/suppliers/{id}/assessments", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // Incomplete: the same form comes back with the problem on top and the answers kept; nothing is stored.
        var partial = Answers(id, assessmentId, SupplierTier.Tier1, q => q == "backup" ? "" : "yes");
        partial["q_mfa"] = "no";
        var refused = await SubmitAsync(partial);
        var refusedBody = refused["value"]!["body"]!.AsArray();
        // Read the text itself: ToJsonString would escape the quotes, and the card model Markdown-escapes user-facing text.
        Assert.Contains(refusedBody.Select(e => e!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })),
            text => text.Contains("backup", StringComparison.Ordinal) && text.Contains("is not answered", StringComparison.Ordinal));
        Assert.Equal("no", refusedBody.First(e => e!["id"]?.GetValue<string>() == "q_mfa")!["value"]!.GetValue<string>());
        Assert.Null((await t.GetAsync(id))["summary"]!["assessment"]!["lastAssessedOn"]);

        var full = Answers(id, assessmentId, SupplierTier.Tier1, q => q switch { "mfa" => "no", "exit" => "partly", _ => "yes" });
        var done = await SubmitAsync(full);
        // The owner (Mads) prefers Danish in Entra, so the card speaks Danish.
        Assert.Contains("er registreret", done["value"]!["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        var twice = await SubmitAsync(full);
        Assert.Equal(done["value"]!.ToJsonString(), twice["value"]!.ToJsonString());

        var page = await t.GetAsync(id);
        Assert.Equal("2026-03-02", page["summary"]!["assessment"]!["lastAssessedOn"]!.GetValue<string>());
        Assert.Equal([("high", "mfa"), ("low", "exit")], page["findings"]!.AsArray().Select(f => (f!["severity"]!.GetValue<string>(), f["questionId"]!.GetValue<string>())));
        var assessment = page["assessments"]![0]!;
        Assert.Equal("completed", assessment["status"]!.GetValue<string>());
        using var http = t.As(Ciso);
        var artefact = assessment["answersArtefactId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/artefacts/{artefact}")).StatusCode);

        // Each finding is a follow-up task for the owner, due by severity (high 30 days), opened once despite the repeat.
        var tasks = t.App.Services.GetRequiredService<IFollowUpTasks>();
        var high = page["findings"]![0]!["id"]!.GetValue<string>();
        var task = await tasks.FindAsync(SupplierFindingTasks.Source(id, high), CancellationToken.None);
        Assert.NotNull(task);
        Assert.Equal((OwnerId, new DateOnly(2026, 4, 1)), (task.OwnerId, task.DueDate));
        Assert.StartsWith("NordIT Drift A/S: ", task.Title, StringComparison.Ordinal);
        var row = await t.App.Services.GetRequiredService<TaskStore>().FindAsync(task.TaskId, CancellationToken.None);
        Assert.Matches("^NordIT Drift A/S: (Nej|Delvist): ", row!.TitleDa);
        Assert.NotEqual(row.Title, row.TitleDa);
        Assert.StartsWith("Høj fund fra leverandørvurderingen af NordIT Drift A/S", row.DescriptionDa, StringComparison.Ordinal);
        var low = page["findings"]![1]!["id"]!.GetValue<string>();
        Assert.Equal(new DateOnly(2026, 8, 29), (await tasks.FindAsync(SupplierFindingTasks.Source(id, low), CancellationToken.None))!.DueDate);
        Assert.False((await tasks.OpenAsync(new FollowUpRequest(OwnerId, "again", new DateOnly(2026, 4, 1), [], SupplierFindingTasks.Source(id, high)),
            CancellationToken.None)).Created);
    }

    [Fact]
    public async Task Someone_else_cannot_answer_the_owners_assessment()
    {
        var id = (await t.CreateAsync(Msp()))["id"]!.GetValue<string>();
        using var ciso = t.As(Ciso);
        var assessmentId = (await (await ciso.PostAsync($"/api/suppliers/{id}/assessments", null)).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var response = await SubmitAsync(Answers(id, assessmentId, SupplierTier.Tier1, _ => "yes"), from: BotActivities.UserAadObjectId);
        Assert.Equal(400, response["statusCode"]!.GetValue<int>());
        Assert.Null((await t.GetAsync(id))["summary"]!["assessment"]!["lastAssessedOn"]);
    }

    [Fact]
    public async Task A_supplier_without_an_owner_cannot_be_sent_an_assessment()
    {
        var id = (await t.CreateAsync(Msp(owner: null)))["id"]!.GetValue<string>();
        using var ciso = t.As(Ciso);
        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.PostAsync($"/api/suppliers/{id}/assessments", null)).StatusCode);
    }

    [Fact]
    public async Task Reminders_before_the_due_date_and_certificate_expiry_are_sent_once_on_a_fake_clock()
    {
        var id = (await t.CreateAsync(Msp()))["id"]!.GetValue<string>();
        using var ciso = t.As(Ciso);
        var put = await ciso.PutAsJsonAsync($"/api/suppliers/{id}", new
        {
            name = "NordIT Drift A/S", country = "DK", services = new[] { "managed-it" }, access = "privileged", owner = Employee, tier = 1,
            certificates = new[] { new { kind = "iso27001", validUntil = "2026-05-01" } },
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var runner = t.App.Services.GetRequiredService<SupplierReminderRunner>();

        var first = await runner.RunAsync(CancellationToken.None);   // 2 Mar: never assessed (due now); ISO expires in 60 days
        Assert.Equal(["assessment", "certificate"], first.Select(r => r.Kind).Order());
        Assert.Empty(await runner.RunAsync(CancellationToken.None)); // same day: nothing twice

        t.Clock.Advance(TimeSpan.FromDays(30));                       // 1 Apr: certificate 30 days
        Assert.Equal(["certificate:2026-05-01:d-30"], (await runner.RunAsync(CancellationToken.None)).Where(r => r.Kind == "certificate").Select(r => "certificate:" + r.Marker));
        t.Clock.Advance(TimeSpan.FromDays(30));                       // 1 May: expiry day; assessment overdue repeats
        var may = await runner.RunAsync(CancellationToken.None);
        Assert.Contains(may, r => r.Marker == "2026-05-01:d-0");
        Assert.True(connector.SentActivities.Count >= 5);
    }
}
