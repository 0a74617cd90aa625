using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Demo;

/// <summary>
/// At start (Demo:SeedStory, demo tenant only): claims the story in storage and, on an empty store, runs every part in
/// order. Runs in the background so the app answers at once; the tab shows the story's state from /api/demo/story.
/// A part that fails stops the story (recorded as failed with the reason): half a story is still labelled demo.
/// </summary>
internal sealed class DemoStorySeeder(
    IOptions<DemoOptions> options,
    DemoStoryStore store,
    DemoClock clock,
    IServiceScopeFactory scopes,
    IUserDirectory users,
    IBoardDirectory board,
    IGroupDirectory groups,
    ILogger<DemoStorySeeder> logger) : BackgroundService
{
    /// <summary>Completes when this instance is done with the story (seeded, skipped or not its to seed); tests wait on it.</summary>
    public Task Done => done.Task;

    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (options.Value.SeedStory)
                await SeedOnceAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Demo story: could not be seeded");
        }
        finally
        {
            done.TrySetResult();
        }
    }

    private async Task SeedOnceAsync(CancellationToken ct)
    {
        if (!await store.TryClaimAsync(clock.RealNow, ct))
        {
            logger.LogInformation("Demo story: already claimed in this storage, not seeding again");
            return;
        }
        if (!await store.StoreIsEmptyAsync(ct))
        {
            await store.FinishAsync(DemoStoryStates.Skipped, clock.RealNow, [], "The store already holds records; the demo story is only seeded into an empty one.", ct);
            logger.LogWarning("Demo story: skipped, the store is not empty");
            return;
        }
        var seeded = new List<string>();
        try
        {
            var ciso = await users.FindByUpnAsync(DemoDirectory.CisoUpn, ct) ?? throw new InvalidOperationException("The demo CISO is not in the directory.");
            var story = new DemoStory(clock, ciso, await board.GetBoardMembersAsync(ct), await groups.GetMembersAsync(DemoDirectory.AllStaffGroupId, ct));
            await using var scope = scopes.CreateAsyncScope();
            foreach (var part in scope.ServiceProvider.GetServices<IDemoStoryPart>().OrderBy(p => p.Order))
            {
                await part.SeedAsync(story, ct);
                seeded.Add(part.Name);
                logger.LogInformation("Demo story: {Part} seeded", part.Name);
            }
            await store.FinishAsync(DemoStoryStates.Seeded, clock.RealNow, seeded, null, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await store.FinishAsync(DemoStoryStates.Failed, clock.RealNow, seeded, e.Message, CancellationToken.None);
            throw;
        }
    }
}
