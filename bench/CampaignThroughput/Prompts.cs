using System.Collections.Concurrent;
using M365Nis2.Web.Tests.Awareness;

namespace CampaignThroughput;

/// <summary>
/// Awareness prompts per recipient, read from what the fake connector accepted: only activities carrying the quiz's
/// Submit (awareness.submit) count, so a welcome card or another feature's proactive message (the board's training
/// reminder) is not taken for a second prompt. Drained as it goes, so the fake keeps no card JSON.
/// </summary>
internal sealed class Prompts(RateLimitingConnector connector)
{
    private readonly ConcurrentDictionary<string, int> perUser = new(StringComparer.Ordinal);

    public int Recipients => perUser.Count;

    public int Twice => perUser.Count(p => p.Value > 1);

    public ICollection<string> Users => perUser.Keys;

    public void Drain()
    {
        foreach (var (user, activities) in connector.ActivitiesPerUser)
        {
            while (activities.TryDequeue(out var activity))
            {
                if (activity.ToJsonString().Contains("awareness.submit", StringComparison.Ordinal))
                {
                    perUser.AddOrUpdate(user, 1, (_, n) => n + 1);
                }
            }
        }
    }
}
