using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Tasks;

/// <summary>The per-user .ics feed, parsed by Ical.Net (a real RFC 5545 parser), and its revocable token.</summary>
public sealed class CalendarFeedTests : IDisposable
{
    private readonly TestApp app = new(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task The_feed_parses_as_icalendar_with_the_users_tasks_and_wheel_and_dies_when_revoked()
    {
        var ciso = new DemoDirectory().Ciso;
        await app.Services.GetRequiredService<IFollowUpTasks>().OpenAsync(new(ciso.Id, "Review; supplier, \"Nordlys\" — æøå contracts with a very long title that must be folded", new DateOnly(2026, 12, 15),
            ["art21.2.d"], new TaskSource(TaskSourceKind.SupplierFinding, "s-1")), default);
        using var http = app.Http(DemoDirectory.CisoUpn);
        var url = (await (await http.PostAsync(new Uri("/api/wheel/feed", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonObject>())!["url"]!.GetValue<string>();
        using var anonymous = app.Http();

        var response = await anonymous.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
        var calendar = Calendar.Load(text)!;
        var task = calendar.Events.Single(e => e.Summary!.StartsWith("Review; supplier", StringComparison.Ordinal));
        Assert.Equal("Review; supplier, \"Nordlys\" — æøå contracts with a very long title that must be folded", task.Summary);
        Assert.Equal(new DateOnly(2026, 12, 15), DateOnly.FromDateTime(task.DtStart!.Value));
        Assert.False(task.DtStart.HasTime);
        Assert.Contains(calendar.Events, e => e.Summary == "Yearly risk assessment");
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url.Replace("token=", "token=0", StringComparison.Ordinal)))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync(new Uri("/api/wheel/feed", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url))).StatusCode);
    }

    [Fact]
    public async Task A_link_issued_from_a_danish_tab_gives_danish_titles_and_one_without_a_language_stays_english()
    {
        var ciso = new DemoDirectory().Ciso;
        await app.Services.GetRequiredService<IFollowUpTasks>().OpenAsync(new(ciso.Id, "Renew the NordIT contract", new DateOnly(2026, 12, 15),
            ["art21.2.d"], new TaskSource(TaskSourceKind.SupplierFinding, "s-2"), "Add the NIS2 clauses.", TitleDa: "Forny kontrakten med NordIT",
            DescriptionDa: "Tilføj NIS2-klausulerne."), default);
        using var http = app.Http(DemoDirectory.CisoUpn);
        var url = (await (await http.PostAsync(new Uri("/api/wheel/feed?lang=da", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonObject>())!["url"]!
            .GetValue<string>();
        Assert.EndsWith("&lang=da", url, StringComparison.Ordinal);
        using var anonymous = app.Http();

        var danish = await anonymous.GetStringAsync(new Uri(url));
        var calendar = Calendar.Load(danish)!;
        var task = calendar.Events.Single(e => e.Summary == "Forny kontrakten med NordIT");
        Assert.Equal("Tilføj NIS2-klausulerne.", task.Description);
        Assert.Contains(calendar.Events, e => e.Summary == "Årlig risikovurdering");
        Assert.DoesNotContain(calendar.Events, e => e.Summary is "Yearly risk assessment" or "Renew the NordIT contract");
        Assert.Contains("X-WR-CALNAME:NIS2-årshjul", danish, StringComparison.Ordinal);

        var english = Calendar.Load(await anonymous.GetStringAsync(new Uri(url[..^"&lang=da".Length])))!;
        Assert.Contains(english.Events, e => e.Summary == "Renew the NordIT contract" && e.Description == "Add the NIS2 clauses.");
        Assert.Contains(english.Events, e => e.Summary == "Yearly risk assessment");
        Assert.DoesNotContain(english.Events, e => e.Summary == "Årlig risikovurdering");
    }
}
