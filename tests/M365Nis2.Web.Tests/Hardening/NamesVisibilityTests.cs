using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Evidence;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// Offender names (an unregistered admin: Nikolaj Friis in the demo tenant) are for the CISO and the board only:
/// employees get status and counts from the API and the bot; a team or group chat card shows no names; a guest gets
/// no evidence card at all.
/// </summary>
public sealed class NamesVisibilityTests : IAsyncLifetime, IDisposable
{
    private const string Offender = "Nikolaj Friis";
    private static readonly DemoDirectory Demo = new();
    private EvidenceTestApp t = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        t = new EvidenceTestApp();
        connector = await FakeConnector.StartAsync();
        await t.CollectAndWaitAsync();
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => t.Dispose();

    [Theory]
    [InlineData(EvidenceTestApp.Ciso, true)]
    [InlineData(EvidenceTestApp.Board, true)]
    [InlineData(EvidenceTestApp.Employee, false)]
    public async Task Control_detail_names_offenders_for_the_CISO_and_the_board_only(string user, bool namesShown)
    {
        using var http = t.Http(user);

        var detail = await http.GetStringAsync(new Uri("/api/controls/art21.2.j", UriKind.Relative));

        Assert.Equal(namesShown, detail.Contains(Offender, StringComparison.Ordinal));
        Assert.Contains("admin(s) are not registered", detail, StringComparison.Ordinal); // the count stays
    }

    private async Task<string?> EvidenceCardAsync(string aadObjectId, string conversationType)
    {
        var activity = BotActivities.Message(connector.ServiceUrl, "evidence").Unique(out _, out var conversationId);
        activity["from"]!["aadObjectId"] = aadObjectId;
        activity["conversation"]!["conversationType"] = conversationType;
        Assert.True((await t.App.PostActivityAsync(activity)).IsSuccessStatusCode);
        var (_, sent) = Assert.Single(connector.SentActivities, a => a.ConversationId == conversationId);
        return sent["attachments"]?[0]?["content"]?.ToJsonString() is { } card ? card : null;
    }

    [Fact]
    public async Task Evidence_card_in_a_1_to_1_chat_names_offenders_for_the_CISO_and_board_only()
    {
        Assert.Contains(Offender, await EvidenceCardAsync(Demo.Ciso.Id, "personal"), StringComparison.Ordinal);
        Assert.Contains(Offender, await EvidenceCardAsync(Demo.BoardMembers[0].Id, "personal"), StringComparison.Ordinal);
        var employeeCard = await EvidenceCardAsync(Demo.Users.First(u => u.Kind == DemoUserKind.Employee).Id, "personal");
        Assert.NotNull(employeeCard);
        Assert.DoesNotContain(Offender, employeeCard, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Evidence_card_in_a_team_or_group_chat_shows_no_names_even_for_the_CISO(string conversationType)
    {
        var card = await EvidenceCardAsync(Demo.Ciso.Id, conversationType);

        Assert.NotNull(card);
        Assert.DoesNotContain(Offender, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_gets_no_evidence_card()
    {
        Assert.Null(await EvidenceCardAsync(Demo.Guests[0].Id, "personal"));
    }
}
