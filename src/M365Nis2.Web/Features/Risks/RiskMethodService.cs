using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Risks;

/// <summary>Body of PUT /api/risks/method: the proposed method (labels, appetite, periods).</summary>
public sealed record MethodInput(IReadOnlyList<ScaleLevel>? Likelihood, IReadOnlyList<ScaleLevel>? Impact, int? AppetiteThreshold,
    int? ReviewPeriodMonths, int? MaxAcceptanceMonths);

/// <summary>A method version as stored: who set it and when.</summary>
public sealed record StoredMethod(RiskMethod Method, string Sha256, DateTimeOffset SavedAt, string SavedBy);

/// <summary>The risk method in force (the latest version; the 4 × 4 default until the CISO changes it) and its revisions.</summary>
public sealed class RiskMethodService(GovernanceStore store, TimeProvider time)
{
    public async Task<RiskMethod> CurrentAsync(CancellationToken ct) => (await LatestAsync(ct))?.Method ?? RiskMethod.Default;

    public async Task<IReadOnlyList<StoredMethod>> VersionsAsync(CancellationToken ct) =>
        [.. (await store.ListAsync<StoredMethod>(GovernanceStore.Methods, ct)).OrderBy(m => m.Method.Version)];

    /// <summary>Saves the next version; problems when the proposal is invalid, a conflict if someone saved one meanwhile.</summary>
    public async Task<(StoredMethod? Saved, IReadOnlyList<CodedText> Problems, bool Conflict)> ReviseAsync(MethodInput input, string actor, CancellationToken ct)
    {
        var current = await CurrentAsync(ct);
        var proposed = current with
        {
            Likelihood = input.Likelihood ?? current.Likelihood,
            Impact = input.Impact ?? current.Impact,
            AppetiteThreshold = input.AppetiteThreshold ?? current.AppetiteThreshold,
            ReviewPeriodMonths = input.ReviewPeriodMonths ?? current.ReviewPeriodMonths,
            MaxAcceptanceMonths = input.MaxAcceptanceMonths ?? current.MaxAcceptanceMonths,
        };
        var (next, problems) = current.Revise(proposed);
        if (next is null)
            return (null, problems, false);
        if (RiskHashes.Method(next with { Version = current.Version }) == RiskHashes.Method(current))
            return (null, [RiskInputTexts.MethodUnchanged.With()], false);
        var stored = new StoredMethod(next, RiskHashes.Method(next), time.GetUtcNow(), actor);
        if (current.Version == 1 && await LatestAsync(ct) is null)
            await store.TryAddAsync(GovernanceStore.Methods, 1, new StoredMethod(current, RiskHashes.Method(current), stored.SavedAt, "default"), ct);
        return await store.TryAddAsync(GovernanceStore.Methods, next.Version, stored, ct)
            ? (stored, [], false)
            : (null, [RiskInputTexts.MethodChangedMeanwhile.With()], true);
    }

    private async Task<StoredMethod?> LatestAsync(CancellationToken ct) => await VersionsAsync(ct) is [.., var last] ? last : null;
}
