using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Evidence;

/// <summary>
/// Counts every item but keeps only the first <c>limit</c> names, so a stream of 20 000 devices or 100 000 users
/// leaves a bounded finding behind. Not thread-safe.
/// </summary>
public sealed class NameSampler(int limit)
{
    private readonly List<string> names = [];

    public int Total { get; private set; }

    public void Add(string name)
    {
        Total++;
        if (names.Count < limit)
            names.Add(name);
    }

    public NamedSample ToSample() => new([.. names], Total);
}
