using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// After each stored source run: findings that need work (<see cref="FindingFollowUps"/>) become follow-up tasks for the
/// measure's owner (<c>Evidence:Sources:FindingOwners</c>, else the first CISO of <c>Roles:CisoUserIds</c>), due by
/// severity; findings a later run no longer finds close their task. Idempotent per finding through the task source
/// <c>EvidenceFinding:source/check/measure</c>: a re-run, a second instance or a retry finds the same task. A task closed
/// while the tenant still shows the finding is followed by a new one (<c>…#2</c>, <c>…#3</c>): done means the tenant agrees.
/// </summary>
public sealed class FindingTasks(IFollowUpTasks tasks, IOptions<SourcesOptions> options, IOptions<RolesOptions> roles, TimeProvider time,
    ILogger<FindingTasks> logger)
{
    public const string Job = "job:evidence";

    /// <summary>At most this many follow-ups of one finding (closed, still found, opened again) before we stop adding more.</summary>
    private const int MaxEpisodes = 20;

    public static TaskSource SourceOf(string key, int episode = 1) =>
        new(TaskSourceKind.EvidenceFinding, episode == 1 ? key : $"{key}#{episode}");

    /// <returns>How many tasks were opened and how many closed.</returns>
    public async Task<(int Opened, int Closed)> SyncAsync(IEvidenceSource source, SourceEvaluation evaluation, string runId, CancellationToken ct)
    {
        var plan = FindingFollowUps.Plan(evaluation, source.Title, options.Value.FindingDueDays.ToRules());
        var today = WallClock.Today(time.GetUtcNow(), options.Value.Zone);
        int opened = 0, closed = 0;
        foreach (var work in plan.Open)
        {
            if (OwnerOf(work.ControlId) is not { } owner)
            {
                logger.LogWarning("Evidence: no owner for {Measure} (no FindingOwners entry and no CISO in Roles:CisoUserIds); finding {Key} has no task", work.ControlId, work.Key);
                continue;
            }
            if (await CurrentEpisodeAsync(work.Key, ct) is not { } episode)
                continue;
            var again = episode.Number > 1 ? TaskTexts.FindingStillFound.With(runId) : null;
            var description = again is null ? work.Description : $"{work.Description}\n{again.English}";
            var descriptionDa = again is null ? work.DescriptionDa : $"{work.DescriptionDa}\n{again.Danish}";
            var result = await tasks.OpenAsync(new FollowUpRequest(owner, work.Title, today.AddDays(work.DueInDays), [work.ControlId], episode.Source,
                Clip(description), Job, work.TitleDa, Clip(descriptionDa)), ct);
            opened += result.Created ? 1 : 0;
        }
        foreach (var key in plan.Resolved)
        {
            for (var n = 1; n <= MaxEpisodes && await tasks.FindAsync(SourceOf(key, n), ct) is { } task; n++)
            {
                if (task.ClosedAt is null && await tasks.CompleteAsync(SourceOf(key, n), Job, source.Title,
                        FollowUpTexts.FindingGone.With(runId, source.Title, key), ct))
                    closed++;
            }
        }
        if (opened + closed > 0)
            logger.LogInformation("Evidence: source {Source} in run {RunId} opened {Opened} and closed {Closed} follow-up task(s)", source.Key, runId, opened, closed);
        return (opened, closed);
    }

    private string? OwnerOf(string controlId) =>
        options.Value.FindingOwners.TryGetValue(controlId, out var id) ? id : roles.Value.CisoUserIds.FirstOrDefault();

    /// <summary>The finding's open task, or the first episode with no task yet; null when all are used up.</summary>
    private async Task<(int Number, TaskSource Source)?> CurrentEpisodeAsync(string key, CancellationToken ct)
    {
        for (var n = 1; n <= MaxEpisodes; n++)
        {
            var source = SourceOf(key, n);
            if (await tasks.FindAsync(source, ct) is not { ClosedAt: not null })
                return (n, source);
        }
        logger.LogWarning("Evidence: finding {Key} was closed {Max} times and is still found; no further task", key, MaxEpisodes);
        return null;
    }

    private static string Clip(string text) => text.Length <= FindingFollowUps.MaxDescription ? text : text[..(FindingFollowUps.MaxDescription - 1)] + "…";
}
