using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Demo story: two collection runs a week apart, by the real collector against the demo tenant (signed artefacts).</summary>
public sealed class EvidenceDemoStory(EvidenceRunner runner) : IDemoStoryPart
{
    public const string Actor = "job:demo-story";

    public string Name => "evidence";

    public int Order => 10;

    public async Task SeedAsync(DemoStory story, CancellationToken ct)
    {
        using (story.Ago(TimeSpan.FromDays(7)))
        {
            await RunAsync(ct);
        }
        await RunAsync(ct);
    }

    /// <summary>One run to completion; waits while another holds the collector lease (a run started from the tab).</summary>
    private async Task RunAsync(CancellationToken ct)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            if (await runner.RunNowAsync("demo", Actor, ct) is { } run)
            {
                if (run.Status != RunStatuses.Succeeded)
                    throw new InvalidOperationException($"The demo collection run {run.Id} ended {run.Status}: {run.Error}");
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
        throw new InvalidOperationException("The collector lease stayed taken for a minute; the demo runs were not made.");
    }
}
