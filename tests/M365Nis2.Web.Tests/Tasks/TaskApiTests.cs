using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Tasks;

/// <summary>The task API as each role sees it, and the owner's path from open to done with a signed record.</summary>
public sealed class TaskApiTests : IDisposable
{
    private static readonly DemoDirectory Demo = new();
    private static readonly DemoUser Owner = Demo.ItAdmins[0];
    private static readonly DemoUser Other = Demo.ItAdmins[1];
    private static readonly string Board = Demo.BoardMembers[0].UserPrincipalName;
    private readonly TestApp app = new(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" });

    public void Dispose() => app.Dispose();

    private static Uri U(string path) => new(path, UriKind.Relative);

    private async Task<JsonObject> CreateAsync(string? title = null, DemoUser? owner = null)
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var response = await ciso.PostAsJsonAsync(U("/api/tasks"), new
        {
            title = title ?? "Review firewall rules", ownerUpn = (owner ?? Owner).UserPrincipalName, dueDate = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            measures = new[] { "art21.2.e" }, description = "Quarterly review found 3 any-any rules.",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private async Task<HttpResponseMessage> PutAsync(string upn, string id, object body)
    {
        using var http = app.Http(upn);
        return await http.PutAsJsonAsync(U($"/api/tasks/{id}"), body);
    }

    [Fact]
    public async Task Each_role_gets_its_answer_on_every_task_route()
    {
        var task = await CreateAsync();
        var id = task["id"]!.GetValue<string>();
        var guest = Demo.Guests[0].UserPrincipalName;
        async Task<HttpStatusCode> Status(string? upn, HttpMethod method, string path, object? body = null)
        {
            using var http = app.Http(upn);
            using var request = new HttpRequestMessage(method, U(path)) { Content = body is null ? null : JsonContent.Create(body) };
            return (await http.SendAsync(request)).StatusCode;
        }
        var newTask = new { title = "x", ownerUpn = Owner.UserPrincipalName, dueDate = "2099-01-01" };
        // Anonymous: 401 everywhere.
        foreach (var (m, p) in new[] { (HttpMethod.Get, "/api/tasks"), (HttpMethod.Get, "/api/tasks/deviations"), (HttpMethod.Get, $"/api/tasks/{id}") })
            Assert.Equal(HttpStatusCode.Unauthorized, await Status(null, m, p));
        // Guests hold no role.
        Assert.Equal(HttpStatusCode.Forbidden, await Status(guest, HttpMethod.Get, "/api/tasks"));
        // Opening by hand: CISO only.
        Assert.Equal(HttpStatusCode.Forbidden, await Status(Board, HttpMethod.Post, "/api/tasks", newTask));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(Owner.UserPrincipalName, HttpMethod.Post, "/api/tasks", newTask));
        // Deviations: board and CISO.
        Assert.Equal(HttpStatusCode.OK, await Status(Board, HttpMethod.Get, "/api/tasks/deviations"));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(Owner.UserPrincipalName, HttpMethod.Get, "/api/tasks/deviations"));
        // A task: the owner, the CISO and the board see it; another employee does not even learn it exists.
        Assert.Equal(HttpStatusCode.OK, await Status(Owner.UserPrincipalName, HttpMethod.Get, $"/api/tasks/{id}"));
        Assert.Equal(HttpStatusCode.OK, await Status(Board, HttpMethod.Get, $"/api/tasks/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(Other.UserPrincipalName, HttpMethod.Get, $"/api/tasks/{id}"));
        Assert.Equal(HttpStatusCode.NotFound, await Status(Other.UserPrincipalName, HttpMethod.Put, $"/api/tasks/{id}", new { action = "complete", comment = "x" }));
        // The board reads but does not act on tasks.
        Assert.Equal(HttpStatusCode.Conflict, await Status(Board, HttpMethod.Put, $"/api/tasks/{id}", new { action = "complete", comment = "x" }));
    }

    [Fact]
    public async Task An_employee_lists_only_their_own_tasks_while_the_ciso_sees_all()
    {
        await CreateAsync("Mine");
        await CreateAsync("Someone else's", Other);
        using var owner = app.Http(Owner.UserPrincipalName);
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var mine = (await owner.GetFromJsonAsync<JsonArray>(U("/api/tasks")))!;
        Assert.Equal(["Mine"], mine.Select(t => t!["title"]!.GetValue<string>()));
        Assert.Equal(2, (await ciso.GetFromJsonAsync<JsonArray>(U("/api/tasks")))!.Count);
    }

    [Fact]
    public async Task Bad_input_gets_a_400_naming_each_problem_and_stores_nothing()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var response = await ciso.PostAsJsonAsync(U("/api/tasks"), new { title = "", ownerUpn = "nobody@nordlysenergi.onmicrosoft.com", dueDate = "2099-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nobody@", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        response = await ciso.PostAsJsonAsync(U("/api/tasks"), new { title = "", ownerUpn = Owner.UserPrincipalName, dueDate = "2001-01-01", measures = new[] { "art99" } });
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var problem in new[] { "title is required", "past", "art99" })
            Assert.Contains(problem, text, StringComparison.Ordinal);
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>(U("/api/tasks")))!);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(DemoDirectory.CisoUpn, "0123456789abcdef", new { action = "fly" })).StatusCode);
    }

    [Fact]
    public async Task The_same_idempotency_key_opens_one_task()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var body = new { title = "Renew TLS certificate", ownerUpn = Owner.UserPrincipalName, dueDate = "2099-01-01", idempotencyKey = "req-42" };
        Assert.Equal(HttpStatusCode.Created, (await ciso.PostAsJsonAsync(U("/api/tasks"), body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ciso.PostAsJsonAsync(U("/api/tasks"), body)).StatusCode);
        Assert.Single((await ciso.GetFromJsonAsync<JsonArray>(U("/api/tasks")))!);
    }

    [Fact]
    public async Task The_owner_adds_a_file_and_completes_and_the_task_is_signed_into_the_vault()
    {
        var id = (await CreateAsync())["id"]!.GetValue<string>();
        using var owner = app.Http(Owner.UserPrincipalName);
        using var exe = new MultipartFormDataContent { { new ByteArrayContent([0x4d, 0x5a]), "file", "tool.exe" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.PostAsync(U($"/api/tasks/{id}/files"), exe)).StatusCode);
        using var form = new MultipartFormDataContent { { new StringContent("rule 14, 22, 31 removed"), "file", "firewall-diff.txt" } };
        var attached = await owner.PostAsync(U($"/api/tasks/{id}/files"), form);
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);

        var done = await PutAsync(Owner.UserPrincipalName, id, new { action = "complete" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Done", (await done.Content.ReadFromJsonAsync<JsonObject>())!["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(Owner.UserPrincipalName, id, new { action = "complete", comment = "again" })).StatusCode);

        var detail = (await owner.GetFromJsonAsync<JsonObject>(U($"/api/tasks/{id}")))!;
        var history = detail["history"]!.AsArray().Select(h => h!["kind"]!.GetValue<string>()).ToList();
        Assert.Equal(["opened", "file", "completed", "signed"], history);
        var signedId = detail["history"]!.AsArray().Single(h => h!["kind"]!.GetValue<string>() == "signed")!["artefactId"]!.GetValue<string>();
        var vault = app.Services.GetRequiredService<M365Nis2.Web.Features.Vault.IEvidenceVault>();
        var record = await vault.FindAsync(signedId);
        Assert.Equal(TaskRecords.CompletionKind, record!.Kind);
        Assert.Equal(["art21.2.e"], record.ControlIds);
        Assert.True((await vault.VerifyAsync()).Ok);
    }

    [Fact]
    public async Task More_time_is_asked_by_the_owner_and_granted_by_the_ciso()
    {
        var task = await CreateAsync();
        var id = task["id"]!.GetValue<string>();
        var newDue = DateOnly.Parse(task["dueDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(Owner.UserPrincipalName, id, new { action = "request-extension", dueDate = newDue })).StatusCode);
        var asked = await PutAsync(Owner.UserPrincipalName, id, new { action = "request-extension", dueDate = newDue, reason = "Vendor patch due next month" });
        Assert.Equal("ExtensionRequested", (await asked.Content.ReadFromJsonAsync<JsonObject>())!["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(Owner.UserPrincipalName, id, new { action = "decide-extension", grant = true })).StatusCode);
        var granted = (await (await PutAsync(DemoDirectory.CisoUpn, id, new { action = "decide-extension", grant = true })).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((newDue, true), (granted["dueDate"]!.GetValue<string>(), granted["extended"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Overdue_open_tasks_are_the_boards_open_deviations()
    {
        var tasks = app.Services.GetRequiredService<IFollowUpTasks>();
        await tasks.OpenAsync(new(Owner.Id, "Patch VPN appliance", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10), ["art21.2.e"],
            new TaskSource(TaskSourceKind.EvidenceFinding, "vuln/vpn")), default);
        await tasks.OpenAsync(new(Owner.Id, "Not yet due", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10), ["art21.2.e"],
            new TaskSource(TaskSourceKind.EvidenceFinding, "vuln/other")), default);
        using var board = app.Http(Board);
        var deviations = (await board.GetFromJsonAsync<JsonObject>(U("/api/tasks/deviations")))!;
        Assert.Equal((2, 1, 1), (deviations["openTasks"]!.GetValue<int>(), deviations["overdue"]!.GetValue<int>(),
            deviations["overdueByMeasure"]!["art21.2.e"]!.GetValue<int>()));
        Assert.Equal("Patch VPN appliance", deviations["overdueTasks"]![0]!["title"]!.GetValue<string>());
    }
}
