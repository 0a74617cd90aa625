using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Training.Modules;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Awareness;

/// <summary>
/// Quiz answers on two instances sharing one storage: an instance answers from the row it remembers, yet an answer
/// recorded elsewhere, or a row closed elsewhere, wins; answers arriving together each count once.
/// </summary>
public sealed class QuizAnswerTests : IDisposable
{
    private readonly string campaignId = Guid.NewGuid().ToString("N");
    private readonly TestApp one;
    private readonly TestApp two;

    public QuizAnswerTests()
    {
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?> { ["Awareness:FanoutEnabled"] = "false", ["Training:DailyJobEnabled"] = "false" };
        one = new TestApp(settings, storagePrefix: prefix);
        two = new TestApp(settings, storagePrefix: prefix);
    }

    public void Dispose()
    {
        one.Dispose();
        two.Dispose();
    }

    [Fact]
    public async Task An_answer_recorded_on_another_instance_wins_over_the_row_this_one_remembers()
    {
        var person = await SeedAsync(1);
        var store = one.Services.GetRequiredService<CampaignStore>();
        Assert.NotNull(await store.FindRecipientAsync(campaignId, person[0], default)); // instance one now remembers it as prompted
        Assert.NotNull(store.RememberedRecipient(campaignId, person[0]));

        var first = await Complete(two, person[0], allRight: false);
        var second = await Complete(one, person[0], allRight: true);

        Assert.Equal(QuizOutcomeKind.Completed, first.Kind);
        Assert.Equal(QuizOutcomeKind.AlreadyCompleted, second.Kind);
        Assert.Equal(first.Result!.Score, second.Result!.Score); // the stored answers, not the ones just sent
        var stored = await (await RecipientsTableAsync(one)).GetEntityAsync<RecipientRow>(campaignId, person[0]);
        Assert.Equal((double)first.Result.Score, stored.Value.Score);
        Assert.Equal(1, stored.Value.Attempts);
    }

    [Fact]
    public async Task A_row_closed_elsewhere_is_not_completed_from_a_remembered_prompt()
    {
        var person = await SeedAsync(1);
        Assert.NotNull(await one.Services.GetRequiredService<CampaignStore>().FindRecipientAsync(campaignId, person[0], default));
        await (await RecipientsTableAsync(two)).UpdateEntityAsync(
            new TableEntity(campaignId, person[0]) { ["State"] = RecipientStates.OptedOut }, ETag.All, TableUpdateMode.Merge);

        var outcome = await Complete(one, person[0], allRight: true);

        Assert.Equal(QuizOutcomeKind.NotOpen, outcome.Kind);
        var stored = await (await RecipientsTableAsync(one)).GetEntityAsync<RecipientRow>(campaignId, person[0]);
        Assert.Equal(RecipientStates.OptedOut, stored.Value.State);
        Assert.Null(stored.Value.CompletedAt);
    }

    [Fact]
    public async Task Answers_arriving_together_on_two_instances_each_count_once()
    {
        var people = await SeedAsync(60);
        var store = one.Services.GetRequiredService<CampaignStore>();
        foreach (var id in people)
        {
            await store.FindRecipientAsync(campaignId, id, default); // remembered on instance one only
        }

        // Everyone answers on one; a third of them also answer (twice) on two at the same moment.
        var outcomes = await Task.WhenAll(people.Select(id => Complete(one, id, allRight: true))
            .Concat(people.Where((_, i) => i % 3 == 0).SelectMany(id => new[] { Complete(two, id, allRight: true), Complete(two, id, allRight: true) })));

        Assert.Equal(60, outcomes.Count(o => o.Kind == QuizOutcomeKind.Completed));
        Assert.Equal(40, outcomes.Count(o => o.Kind == QuizOutcomeKind.AlreadyCompleted));
        var rows = new List<RecipientRow>();
        await foreach (var row in (await RecipientsTableAsync(one)).QueryAsync<RecipientRow>(r => r.PartitionKey == campaignId))
        {
            rows.Add(row);
        }
        Assert.Equal(60, rows.Count(r => r.State == RecipientStates.Completed));
        Assert.All(rows, r => Assert.Equal(1, r.Attempts));
    }

    private Task<QuizOutcome> Complete(TestApp app, string objectId, bool allRight)
    {
        var module = AwarenessModules.Find("phishing", "en")!;
        var answers = module.Questions.ToDictionary(q => q.Id, q => allRight ? q.CorrectOption : Enumerable.Range(0, q.Options.Count).First(i => !q.Accepts(i)));
        return app.Services.GetRequiredService<QuizCompletion>().CompleteAsync(campaignId, objectId, answers, null, default);
    }

    private async Task<string[]> SeedAsync(int count)
    {
        var people = Enumerable.Range(0, count).Select(_ => Guid.NewGuid().ToString()).ToArray();
        await one.Services.GetRequiredService<CampaignStore>().CreateAsync(
            new CampaignRow { RowKey = campaignId, ModuleId = "phishing", ModuleVersion = 1, Audience = "test", CreatedBy = "test", RecipientCount = count, CreatedAt = DateTimeOffset.UtcNow },
            [.. people.Select(id => new RecipientRow
            {
                PartitionKey = campaignId, RowKey = id, DisplayName = id, ModuleId = "phishing", ModuleVersion = 1, State = RecipientStates.Prompted,
                Attempts = 1, PromptedAt = DateTimeOffset.UtcNow,
            })], default);
        return people;
    }

    private static Task<TableClient> RecipientsTableAsync(TestApp app) => app.Services.GetRequiredService<CampaignStore>().RecipientsAsync(default);
}
