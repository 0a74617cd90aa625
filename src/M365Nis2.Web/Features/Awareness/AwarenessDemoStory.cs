using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// Demo story: a phishing campaign to all staff launched ten days ago, part-way: three in five took the quiz (a few
/// answered two questions wrong), the rest are still open. Completions go through the same domain transitions and stored
/// grading as the card's submit (<see cref="QuizCompletion"/>); the fan-out job handles the rest as usual.
/// </summary>
public sealed class AwarenessDemoStory(CampaignService campaigns, CampaignStore store, ModuleLibrary modules, QuizCompletion completion) : IDemoStoryPart
{
    public const string ModuleId = "phishing";

    public string Name => "awareness";

    public int Order => 40;

    public async Task SeedAsync(DemoStory story, CancellationToken ct)
    {
        CampaignCreated created;
        using (story.Ago(TimeSpan.FromDays(10)))
        {
            created = await campaigns.LaunchAsync(new LaunchCampaignRequest(ModuleId, null, [.. story.Employees.Select(e => e.ObjectId)]), story.Ciso.ObjectId, ct);
        }
        var target = created.Recipients * 3 / 5;
        var done = 0;
        foreach (var (employee, i) in story.Employees.Select((e, i) => (e, i)))
        {
            if (done >= target)
                break;
            using (story.Ago(TimeSpan.FromDays(9 - i % 8)))
            {
                if (await CompleteAsync(created.CampaignId, employee.ObjectId, passed: i % 7 != 3, ct))
                    done++;
            }
        }
    }

    /// <summary>Answers through the same grading as the card (<see cref="QuizCompletion"/>): all correct, or the first two wrong.</summary>
    private async Task<bool> CompleteAsync(string campaignId, string objectId, bool passed, CancellationToken ct)
    {
        if (await store.FindRecipientAsync(campaignId, objectId, ct) is not { } row
            || await modules.FindAsync(row.ModuleId, row.ModuleVersion, row.Language, ct) is not { } module)
            return false;
        var answers = module.Questions.Select((q, n) => (q.Id, Option: passed || n > 1 ? q.CorrectOption : (q.CorrectOption + 1) % q.Options.Count))
            .ToDictionary(a => a.Id, a => a.Option);
        return (await completion.CompleteAsync(campaignId, objectId, answers, null, ct)).Kind == QuizOutcomeKind.Completed;
    }
}
