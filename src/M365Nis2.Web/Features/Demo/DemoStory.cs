using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Demo;

/// <summary>
/// One feature's part of the demo story, seeded through that feature's own services (so signatures, ledger entries
/// and statuses are the real ones). Parts run once, in <see cref="Order"/>, on an empty store.
/// </summary>
[FeatureContract]
public interface IDemoStoryPart
{
    /// <summary>Short name recorded with the story ("approvals").</summary>
    string Name { get; }

    int Order { get; }

    Task SeedAsync(DemoStory story, CancellationToken ct);
}

/// <summary>
/// What a part needs: the demo tenant's people and a clock that can stand in the past, so the story has a history
/// ("two evidence runs a week apart") made by the same code that makes today's records.
/// </summary>
[FeatureContract]
public sealed class DemoStory(DemoClock clock, DirectoryUser ciso, IReadOnlyList<DirectoryUser> board, IReadOnlyList<DirectoryUser> employees)
{
    public const string Suffix = " (demo)";

    public DirectoryUser Ciso { get; } = ciso;

    /// <summary>The board members, in the demo directory's order (the chair first).</summary>
    public IReadOnlyList<DirectoryUser> Board { get; } = board;

    public IReadOnlyList<DirectoryUser> Employees { get; } = employees;

    /// <summary>The real now (even inside <see cref="Ago"/>).</summary>
    public DateTimeOffset RealNow => clock.RealNow;

    /// <summary>
    /// Until disposed, the app's clock (every service's TimeProvider) reads <paramref name="ago"/> earlier on this
    /// asynchronous flow only: requests served meanwhile see the real time.
    /// </summary>
    public IDisposable Ago(TimeSpan ago) => clock.Shift(-ago);

    /// <summary>Labels a title as demo data wherever it shows: "Backup policy" → "Backup policy (demo)".</summary>
    public static string Label(string title) => title + Suffix;
}

/// <summary>
/// The app's TimeProvider while the demo story may be seeded: the inner clock, moved by an offset that flows with the
/// seeding's async context (AsyncLocal), so a part can act "a week ago" while everything else runs on the real time.
/// </summary>
[FeatureContract]
public sealed class DemoClock(TimeProvider inner) : TimeProvider
{
    private static readonly AsyncLocal<TimeSpan?> Offset = new();

    public DateTimeOffset RealNow => inner.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + (Offset.Value ?? TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    public IDisposable Shift(TimeSpan by)
    {
        var before = Offset.Value;
        Offset.Value = (before ?? TimeSpan.Zero) + by;
        return new Restore(() => Offset.Value = before);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
