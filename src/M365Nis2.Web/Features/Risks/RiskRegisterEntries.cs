namespace M365Nis2.Web.Features.Risks;

/// <summary>One asset or risk as another register links to it: the id it is stored under and the name people know it by.</summary>
[FeatureContract]
public sealed record RegisterEntry(string Id, string Name);

/// <summary>
/// What other features may read from the asset and risk registers: the entries to link to (the supplier register's
/// "linked assets and risks"). Read only; the registers' storage and rules stay this feature's own.
/// </summary>
[FeatureContract]
public interface IRiskRegisterEntries
{
    Task<IReadOnlyList<RegisterEntry>> AssetsAsync(CancellationToken ct);

    Task<IReadOnlyList<RegisterEntry>> RisksAsync(CancellationToken ct);
}

internal sealed class RiskRegisterEntries(AssetStore assets, RiskStore risks) : IRiskRegisterEntries
{
    public async Task<IReadOnlyList<RegisterEntry>> AssetsAsync(CancellationToken ct) =>
        [.. (await assets.ListAsync(ct)).Select(a => new RegisterEntry(a.Id, a.Name))];

    public async Task<IReadOnlyList<RegisterEntry>> RisksAsync(CancellationToken ct) =>
        [.. (await risks.ListAsync(ct)).Select(r => new RegisterEntry(r.Risk.Id, r.Risk.Title))];
}
