using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Awareness;

public class CampaignApiTests
{
    [Fact]
    public async Task Bad_campaigns_are_refused_with_400_and_nothing_is_stored()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Awareness:FanoutEnabled"] = "false" });
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var unknownModule = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "crypto_101", audienceGroupId = "all" });
        var unknownGroup = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", audienceGroupId = Guid.NewGuid().ToString() });
        var notAGroup = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", audienceGroupId = "everyone!" });
        var unknownUser = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", recipientIds = new[] { Guid.NewGuid().ToString() } });
        var both = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", audienceGroupId = "all", recipientIds = new[] { new DemoDirectory().Ciso.Id } });

        Assert.All([unknownModule, unknownGroup, notAGroup, unknownUser, both], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("phishing", await unknownModule.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<CampaignStore>().ListCampaignsAsync(default));
        using var employee = app.Http(new DemoDirectory().Users.First(u => u.Kind == DemoUserKind.Employee).UserPrincipalName);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", audienceGroupId = "all" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.GetAsync("/api/awareness/campaigns/nope")).StatusCode);
    }

    [Fact]
    public async Task Everyone_means_enabled_members_of_the_tenant_in_their_language_without_guests()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Awareness:FanoutEnabled"] = "false" });
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var created = (await (await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "incident_reporting", audienceGroupId = "all" }))
            .Content.ReadFromJsonAsync<JsonObject>())!;
        var rows = await app.Services.GetRequiredService<CampaignStore>().RecipientsOfAsync(created["campaignId"]!.GetValue<string>(), null, default);
        var demo = new DemoDirectory();

        Assert.DoesNotContain(rows, r => demo.Guests.Any(g => g.Id == r.ObjectId));
        Assert.Contains(rows, r => r.ObjectId == demo.Ciso.Id && r.Language == "da");
        Assert.Contains(rows, r => r.ObjectId == demo.BoardMembers[3].Id && r.Language == "en");
        Assert.All(rows, r => Assert.Equal(RecipientStates.Pending, r.State));
        var status = (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{created["campaignId"]}"))!;
        Assert.Equal(rows.Count, status["pending"]!.GetValue<int>());
    }
}
