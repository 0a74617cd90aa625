using System.Text.Json;
using M365Nis2.Domain.Training.Modules;
using M365Nis2.Web.Features.Demo;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// Demo story: a phishing campaign to all staff launched ten days ago, part-way: three in five took the quiz (a few
/// answered two questions wrong), the rest are still open. Completions go through the same domain transitions and stored
/// fields as the card's submit (<see cref="AwarenessSubmitAction"/>); the fan-out job handles the rest as usual.
/// </summary>
public sealed class AwarenessDemoStory(CampaignService campaigns, CampaignStore store, IOptions<AwarenessOptions> options, TimeProvider time) : IDemoStoryPart
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

    /// <summary>Prompted and completed with the module's correct answers (or the first two wrong); false when the row moved on meanwhile.</summary>
    private async Task<bool> CompleteAsync(string campaignId, string objectId, bool passed, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindRecipientAsync(campaignId, objectId, ct) is not { } row)
                return false;
            var module = AwarenessModules.Find(row.ModuleId, row.Language)!;
            var answers = module.Questions.Select((q, n) => (q.Id, Option: passed || n > 1 ? q.CorrectOption : (q.CorrectOption + 1) % q.Options.Count))
                .ToDictionary(a => a.Id, a => a.Option);
            var result = module.Score(answers).Result!;
            var now = time.GetUtcNow();
            var progress = row.ToDomain(options.Value.MaxAttempts);
            if (progress.State == Domain.Training.RecipientState.Pending)
            {
                progress = progress.Prompted(now.AddHours(-2)).Recipient;
                row.PromptedAt = now.AddHours(-2);
                row.Attempts++;
            }
            var completed = progress.Completed(result, now);
            if (!completed.Applied)
                return false;
            row.State = RecipientStates.Completed;
            row.CompletedAt = now;
            row.Score = (double)result.Score;
            row.Passed = result.Passed;
            row.Answers = JsonSerializer.Serialize(answers);
            if (await store.TryReplaceAsync(row, ct))
                return true;
        }
        return false;
    }
}
