using System.Net;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Vault;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;

namespace M365Nis2.Web.Tests.Approvals;

/// <summary>The host in local bot mode, the fake connector, and the CISO and five board members who installed the app.</summary>
public sealed class BoardFixture : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;

    public TestApp App { get; private set; } = null!;

    public IReadOnlyList<DemoUser> Board { get; } = Demo.BoardMembers;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        App = new TestApp(new Dictionary<string, string?> { ["Bot:Outbound:TenantRequestsPerSecond"] = "50" });
        foreach (var user in Board.Append(Demo.Ciso))
        {
            await InstallAsync(App, Connector, user);
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

public class ApprovalRoundTests(BoardFixture f) : IClassFixture<BoardFixture>
{
    private async Task<(string RoundId, string Hash, JsonNode Started)> StartBoardRoundAsync(string name, object? quorum = null)
    {
        var (policyId, version, hash) = await UploadOkAsync(f.App, name + " " + Guid.NewGuid().ToString("N")[..6]);
        var (response, body) = await StartAsync(f.App, Round(policyId, version, quorum));
        Assert.True(response.StatusCode == HttpStatusCode.Created, body?.ToJsonString());
        return (body!["round"]!["roundId"]!.GetValue<string>(), hash, body);
    }

    private static string CardText(JsonNode invokeResponse) => invokeResponse["value"]!.ToJsonString();

    [Fact]
    public async Task Round_delivers_a_card_to_every_board_member_with_refresh_user_ids()
    {
        var (roundId, hash, started) = await StartBoardRoundAsync("Information security policy");

        Assert.Empty(started["notReached"]!.AsArray());
        foreach (var member in f.Board)
        {
            var (_, sent) = Assert.Single(f.Connector.SentActivities, a => a.ConversationId == ConversationOf(member)
                && a.Activity["attachments"]?[0]?["content"]?.ToJsonString().Contains(roundId, StringComparison.Ordinal) == true);
            var card = sent["attachments"]![0]!["content"]!;
            Assert.Equal("approval.refresh", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
            Assert.Equal("Action.Execute", card["refresh"]!["action"]!["type"]!.GetValue<string>());
            Assert.Equal(5, card["refresh"]!["userIds"]!.AsArray().Count);
            Assert.Contains(hash[..12], card.ToJsonString(), StringComparison.Ordinal);
            // The card opens the policy's page in the tab in Teams; the API keeps the page's web address.
            var open = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
            var path = new Uri(started["round"]!["documentLink"]!.GetValue<string>()).AbsolutePath;
            Assert.StartsWith("/tab/policies/", path, StringComparison.Ordinal);
            Assert.StartsWith("Information security policy", TabDeepLink.AssertOpens(open, path), StringComparison.Ordinal);
        }
        var round = await GetRoundAsync(f.App, roundId);
        Assert.All(round["delivery"]!.AsArray(), d => Assert.Equal("Sent", d!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Majority_of_five_decides_at_the_third_approval_and_the_signed_record_verifies_with_openssl()
    {
        var (roundId, hash, _) = await StartBoardRoundAsync("Risk management policy");

        // David and Emma read English; Anders Danish.
        var first = await VoteAsync(f.App, f.Connector, f.Board[3], roundId, "approve", hash, "Reviewed in the audit committee.");
        await VoteAsync(f.App, f.Connector, f.Board[4], roundId, "approve", hash);
        Assert.Equal("Pending", (await GetRoundAsync(f.App, roundId))["decision"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", first["type"]!.GetValue<string>());
        Assert.Contains("1 approved", CardText(first), StringComparison.Ordinal);
        await VoteAsync(f.App, f.Connector, f.Board[0], roundId, "approve", hash);

        var round = await WaitForRoundAsync(f.App, roundId, r => r["decisionArtefactId"] is not null);
        Assert.Equal("Approved", round["decision"]!.GetValue<string>());
        Assert.Equal(3, round["tally"]!["approved"]!.GetValue<int>());
        var artefactId = round["decisionArtefactId"]!.GetValue<string>();

        using var http = f.App.Http(Ciso);
        var folder = Directory.CreateTempSubdirectory("m365nis2-decision-").FullName;
        var content = await http.GetByteArrayAsync(new Uri($"/api/artefacts/{artefactId}", UriKind.Relative));
        await File.WriteAllBytesAsync(Path.Combine(folder, "record.json"), content);
        await File.WriteAllBytesAsync(Path.Combine(folder, "record.p7s"), await http.GetByteArrayAsync(new Uri($"/api/artefacts/{artefactId}/signature", UriKind.Relative)));
        await File.WriteAllTextAsync(Path.Combine(folder, "cert.pem"), await http.GetStringAsync(new Uri("/api/signing/certificate", UriKind.Relative)));
        var (exit, output) = OpenSslSignatureTests.OpenSslVerify(Path.Combine(folder, "record.json"), Path.Combine(folder, "record.p7s"), Path.Combine(folder, "cert.pem"));
        Assert.True(exit == 0, output);

        var record = JsonNode.Parse(content)!;
        Assert.Equal("approved", record["outcome"]!.GetValue<string>());
        Assert.Equal(hash, record["policy"]!["sha256"]!.GetValue<string>());
        Assert.Equal(3, record["votes"]!.AsArray().Count);
        Assert.Equal(f.Board[3].Id, record["votes"]![0]!["objectId"]!.GetValue<string>());
        Assert.Equal("Reviewed in the audit committee.", record["votes"]![0]!["comment"]!.GetValue<string>());

        var policies = JsonNode.Parse(await http.GetStringAsync(new Uri("/api/policies", UriKind.Relative)))!.AsArray();
        var policy = policies.Single(p => p!["policyId"]!.GetValue<string>() == round["policyId"]!.GetValue<string>())!;
        Assert.Equal("Current", policy["status"]!.GetValue<string>());
        Assert.NotNull(policy["nextReviewDue"]);

        await Eventually(() => f.Connector.SentActivities.Any(a => a.ConversationId == ConversationOf(Demo.Ciso)
            && a.Activity["text"]?.GetValue<string>().Contains(artefactId[..12], StringComparison.Ordinal) == true));
        await Eventually(() => f.Connector.Requests.Any(r => r.Method == "PUT" && r.Path.Contains(ConversationOf(f.Board[3]), StringComparison.Ordinal)
            && r.Body.Contains("Decision: approved", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Vote_from_non_member_is_refused_and_nothing_is_recorded()
    {
        var (roundId, hash, _) = await StartBoardRoundAsync("Supplier security policy");
        var outsider = Demo.Users.First(u => u.EmployeeNumber == 3); // an employee, reads English

        var response = await VoteAsync(f.App, f.Connector, outsider, roundId, "approve", hash);

        Assert.Equal("application/vnd.microsoft.activity.message", response["type"]!.GetValue<string>());
        Assert.Contains("not an approver", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await GetRoundAsync(f.App, roundId))["votes"]!.AsArray());
    }

    [Fact]
    public async Task Stale_hash_vote_is_refused_with_a_clear_message()
    {
        var (roundId, _, _) = await StartBoardRoundAsync("Cryptography policy");

        var response = await VoteAsync(f.App, f.Connector, f.Board[3], roundId, "approve", new string('a', 64));

        Assert.Contains("older version", response["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await GetRoundAsync(f.App, roundId))["votes"]!.AsArray());
    }

    [Fact]
    public async Task Reject_needs_a_reason_repeated_clicks_are_idempotent_and_a_changed_vote_is_recorded()
    {
        var (roundId, hash, _) = await StartBoardRoundAsync("Access control policy", "all");

        var noReason = await VoteAsync(f.App, f.Connector, f.Board[3], roundId, "reject", hash);
        Assert.Contains("reason", noReason["value"]!.GetValue<string>(), StringComparison.Ordinal);
        await VoteAsync(f.App, f.Connector, f.Board[0], roundId, "approve", hash);
        await VoteAsync(f.App, f.Connector, f.Board[0], roundId, "approve", hash);
        var votes = (await GetRoundAsync(f.App, roundId))["votes"]!.AsArray();
        Assert.Single(votes);

        var danish = await VoteAsync(f.App, f.Connector, f.Board[1], roundId, "approve", hash);
        Assert.Contains("Din stemme", CardText(danish), StringComparison.Ordinal); // Birgitte's locale is da-DK
        await VoteAsync(f.App, f.Connector, f.Board[1], roundId, "approve", hash, "On reflection, fine.");
        var round = await GetRoundAsync(f.App, roundId);
        Assert.Equal(3, round["votes"]!.AsArray().Count);
        Assert.Equal(2, round["tally"]!["approved"]!.GetValue<int>());
        Assert.Equal("Pending", round["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task Vote_after_close_is_refused()
    {
        var (roundId, hash, _) = await StartBoardRoundAsync("Business continuity plan", 1);
        await VoteAsync(f.App, f.Connector, f.Board[0], roundId, "approve", hash);

        var late = await VoteAsync(f.App, f.Connector, f.Board[4], roundId, "reject", hash, "Too late?");

        Assert.Contains("closed", late["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var round = await GetRoundAsync(f.App, roundId);
        Assert.Single(round["votes"]!.AsArray());
        Assert.Equal("Approved", round["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task Twenty_concurrent_votes_from_twenty_members_all_count_exactly_once()
    {
        var (policyId, version, hash) = await UploadOkAsync(f.App, "Incident response plan " + Guid.NewGuid().ToString("N")[..6]);
        var employees = Enumerable.Range(1, 20).Select(n => Demo.Users.First(u => u.EmployeeNumber == n)).ToList();
        var (response, body) = await StartAsync(f.App, Round(policyId, version, "all", [.. employees.Select(e => e.Id)]));
        Assert.True(response.StatusCode == HttpStatusCode.Created, body?.ToJsonString());
        var roundId = body!["round"]!["roundId"]!.GetValue<string>();

        var responses = await Task.WhenAll(employees.Select(e => VoteAsync(f.App, f.Connector, e, roundId, "approve", hash)));

        Assert.All(responses, r => Assert.Equal("application/vnd.microsoft.card.adaptive", r["type"]!.GetValue<string>()));
        var round = await GetRoundAsync(f.App, roundId);
        var votes = round["votes"]!.AsArray();
        Assert.Equal(20, votes.Count);
        Assert.Equal(20, votes.Select(v => v!["objectId"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(20, round["tally"]!["approved"]!.GetValue<int>());
        Assert.Equal("Approved", round["decision"]!.GetValue<string>());
    }

    [Fact]
    public async Task Start_is_refused_when_the_quorum_exceeds_the_approvers_or_the_deadline_is_past()
    {
        var (policyId, version, _) = await UploadOkAsync(f.App, "Quorum check " + Guid.NewGuid().ToString("N")[..6]);

        var (tooMany, body) = await StartAsync(f.App, Round(policyId, version, 6));
        var (past, pastBody) = await StartAsync(f.App, Round(policyId, version, dueAt: DateTimeOffset.UtcNow.AddHours(-1)));
        var (noVersion, _) = await StartAsync(f.App, Round(policyId, version + 1));

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("only 5 approvers", body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("dueAt", pastBody!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
    }

    private async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; !condition(); i++)
        {
            Assert.True(i < 300, "condition never became true; connector saw: "
                + string.Join("\n", f.Connector.Requests.Select(r => $"{r.Method} {r.Path} {r.Body[..Math.Min(r.Body.Length, 300)]}").TakeLast(12)));
            await Task.Delay(100);
        }
    }
}
