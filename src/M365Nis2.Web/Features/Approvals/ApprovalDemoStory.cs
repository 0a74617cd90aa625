using System.Text;
using M365Nis2.Domain.Approvals;
using M365Nis2.Web.Features.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// Demo story: three policies from the templates, uploaded and put to the board through the real round starter and
/// vote lanes: one approved 13 months ago (so its review is overdue), one approved last month, one round open now.
/// </summary>
public sealed class ApprovalDemoStory(PolicyService policies, RoundStarter starter, VoteLanes lanes, DecisionRecorder decisions, IServer server)
    : IDemoStoryPart
{
    public string Name => "approvals";

    public int Order => 20;

    public async Task SeedAsync(DemoStory story, CancellationToken ct)
    {
        const VoteChoice Yes = VoteChoice.Approve, No = VoteChoice.Reject;
        // Majority of five: the third approval decides; the open round has two of the three it needs.
        await PolicyRoundAsync(story, "access-control-policy", TimeSpan.FromDays(400), [Yes, Yes, Yes], ct);
        await PolicyRoundAsync(story, "information-security-policy", TimeSpan.FromDays(30), [Yes, No, Yes, Yes], ct);
        await PolicyRoundAsync(story, "incident-response-plan", TimeSpan.FromDays(2), [Yes, Yes], ct);
    }

    /// <summary>Uploads the template's English text, starts a 14-day majority round then, and a day later the board members vote in order.</summary>
    private async Task PolicyRoundAsync(DemoStory story, string key, TimeSpan ago, IReadOnlyList<VoteChoice> votes, CancellationToken ct)
    {
        var template = PolicyTemplates.Find(key) ?? throw new InvalidOperationException($"No policy template '{key}'.");
        var text = $"> Demo story: a starting text from the {template.Title} template, uploaded by the demo CISO.\n\n" + PolicyTemplates.Text(key, "en");
        string roundId, sha;
        using (story.Ago(ago))
        {
            var (_, version, problems) = await policies.UploadAsync(new PolicyUpload(key, DemoStory.Label(template.Title), string.Join(',', template.ControlIds),
                story.Ciso.DisplayName, "12", $"{key}.md", "text/markdown", Encoding.UTF8.GetBytes(text)), story.Ciso.ObjectId, story.Ciso.DisplayName, ct);
            Check([.. problems.Select(p => p.English)], key);
            var started = await starter.StartAsync(new StartRoundRequest(key, version!.Version, null, null, null, story.RealNow - ago + TimeSpan.FromDays(14)),
                story.Ciso.ObjectId, story.Ciso.DisplayName, BaseAddress(), ct);
            Check([.. started.Problems.Select(p => p.English)], key);
            (roundId, sha) = (started.Started!.Round.RoundId, version.Sha256);
        }
        using (story.Ago(ago - TimeSpan.FromDays(1)))
        {
            foreach (var (member, choice) in story.Board.Zip(votes))
            {
                var comment = choice == VoteChoice.Approve ? "Approved in the board meeting (demo)." : "The supplier section needs more work (demo).";
                var vote = await lanes.SubmitAsync(roundId, new VoteRequest(member.ObjectId, choice, comment, sha), ct);
                if (vote is null || vote.Result.IsRefused)
                    throw new InvalidOperationException($"The demo vote of {member.DisplayName} on {key} was refused: {vote?.Result.Refusal}.");
            }
            // Signs the decision record now (in the story's past) rather than leaving it to the worker at today's time.
            await decisions.FinishAsync(roundId, ct);
        }
    }

    private Uri BaseAddress() =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address && Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? uri : new Uri("http://127.0.0.1:3978/");

    private static void Check(IReadOnlyList<string> problems, string key)
    {
        if (problems.Count > 0)
            throw new InvalidOperationException($"Demo story, {key}: {string.Join(" ", problems)}");
    }
}
