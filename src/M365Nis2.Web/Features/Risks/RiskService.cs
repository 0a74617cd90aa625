using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Risks;

/// <summary>The outcome of a register write: the risk, or problems (400), not found (404) or a conflict (409).</summary>
public sealed record RiskWrite(StoredRisk? Risk, IReadOnlyList<CodedText> Problems, bool NotFound = false, bool Conflict = false);

/// <summary>The risk register: create and edit risks, each change recorded in the risk's history with who and what.</summary>
public sealed class RiskService(
    RiskStore store,
    AssetStore assets,
    RiskMethodService methods,
    IUserDirectory users,
    RiskClock clock)
{
    public async Task<RiskWrite> CreateAsync(RiskInput input, Person actor, CancellationToken ct)
    {
        var method = await methods.CurrentAsync(ct);
        var (risk, problems) = await BuildAsync("R-new", input, method, ct);
        if (risk is null)
            return new(null, problems);
        risk = risk with { Id = await store.NextIdAsync(ct) };
        var stored = new StoredRisk(risk, 1, null, null, null, null, clock.Now, actor.ObjectId);
        var entry = new RiskHistoryEntry(1, clock.Now, actor.ObjectId, actor.DisplayName, "created", [], null);
        return await store.TrySaveAsync(stored, entry, null, ct) ? new(stored, []) : new(null, [RiskInputTexts.IdTaken.With()], Conflict: true);
    }

    public async Task<RiskWrite> UpdateAsync(string id, RiskInput input, Person actor, CancellationToken ct)
    {
        if (await store.FindAsync(id, ct) is not { } existing)
            return new(null, [], NotFound: true);
        var method = await methods.CurrentAsync(ct);
        var (risk, problems) = await BuildAsync(id, input, method, ct, existing.Risk.Risk.Owner);
        if (risk is null)
            return new(null, problems);
        return await ChangeAsync(id, actor, "edited", null, s => s with { Risk = risk }, ct);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored risk and records the history line, re-reading on a concurrent
    /// write. A change that leaves the risk and its decisions as they were records nothing.
    /// </summary>
    public async Task<RiskWrite> ChangeAsync(string id, Person actor, string action, string? note, Func<StoredRisk, StoredRisk?> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (await store.FindAsync(id, ct) is not { } found)
                return new(null, [], NotFound: true);
            var before = found.Risk;
            if (change(before) is not { } after)
                return new(before, []);
            var changes = RiskChanges.Between(before.Risk, after.Risk);
            if (changes.Count == 0 && after with { UpdatedAt = before.UpdatedAt, UpdatedBy = before.UpdatedBy } == before)
                return new(before, []);
            var next = after with { Version = before.Version + 1, UpdatedAt = clock.Now, UpdatedBy = actor.ObjectId };
            var entry = new RiskHistoryEntry(next.Version, clock.Now, actor.ObjectId, actor.DisplayName, action, changes, note);
            if (await store.TrySaveAsync(next, entry, found.ETag, ct))
                return new(next, []);
        }
        return new(null, [RiskInputTexts.ChangedMeanwhile.With()], Conflict: true);
    }

    public Task<IReadOnlyList<StoredRisk>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    public async Task<StoredRisk?> FindAsync(string id, CancellationToken ct) => (await store.FindAsync(id, ct))?.Risk;

    public Task<IReadOnlyList<RiskHistoryEntry>> HistoryAsync(string id, CancellationToken ct) => store.HistoryAsync(id, ct);

    private async Task<(Risk? Risk, IReadOnlyList<CodedText> Problems)> BuildAsync(string id, RiskInput input, RiskMethod method, CancellationToken ct,
        Person? currentOwner = null)
    {
        // The owner by UPN; on an edit the current owner may also be given by object id (the tab does not know UPNs).
        var owner = currentOwner is not null && string.Equals(input.Owner?.Trim(), currentOwner.ObjectId, StringComparison.OrdinalIgnoreCase)
            ? currentOwner
            : await ResolveAsync(input.Owner, ct);
        var today = clock.Today;
        var (risk, problems) = RiskInputMapping.ToRisk(id, input, owner, today.AddMonths(method.ReviewPeriodMonths));
        if (risk is null)
            return (null, problems);
        var assetIds = (await assets.ListAsync(ct)).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var rules = RiskRules.Validate(risk, method, assetIds, Nis2Catalogue.Default, today);
        return rules.Count > 0 ? (null, rules) : (risk, []);
    }

    /// <summary>The owner by UPN; null when the text is empty or no such user exists.</summary>
    public async Task<Person?> ResolveAsync(string? upn, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(upn) || await users.FindByUpnAsync(upn.Trim(), ct) is not { } user ? null : new Person(user.ObjectId, user.DisplayName);
}

/// <summary>Now and today in the organisation's zone (Risks:TimeZone), from the app's clock.</summary>
public sealed class RiskClock(TimeProvider time, IOptions<RisksOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOn(Now);

    public DateOnly DateOn(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
