using M365Nis2.Domain.Risks;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Risks;

/// <summary>The asset register: one asset from the tab, or a CSV where every row must be good before any is stored.</summary>
public sealed class AssetService(AssetStore store, IUserDirectory users, RiskClock clock)
{
    public const long MaxCsvBytes = 1024 * 1024;

    public Task<IReadOnlyList<Asset>> ListAsync(CancellationToken ct) => store.ListAsync(ct);

    public async Task<AssetImportResult> AddAsync(AssetInput input, string actor, CancellationToken ct) =>
        await ImportAsync([new AssetRow(0, input)], actor, ct);

    public async Task<AssetImportResult> ImportCsvAsync(byte[] csv, string actor, CancellationToken ct)
    {
        var (rows, fileError) = AssetCsv.Read(csv);
        return fileError is not null ? AssetImportResult.Refused(fileError) : await ImportAsync(rows, actor, ct);
    }

    private async Task<AssetImportResult> ImportAsync(IReadOnlyList<AssetRow> rows, string actor, CancellationToken ct)
    {
        var owners = new Dictionary<string, Person?>(StringComparer.OrdinalIgnoreCase);
        foreach (var upn in rows.Take(AssetImport.MaxRows).Select(r => r.Input.Owner?.Trim()).OfType<string>().Where(u => u.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            owners[upn] = await users.FindByUpnAsync(upn, ct) is { } u ? new Person(u.ObjectId, u.DisplayName) : null;
        var existing = (await store.ListAsync(ct)).Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = AssetImport.Validate(rows, existing, upn => owners.GetValueOrDefault(upn), () => "A-" + Guid.NewGuid().ToString("N")[..10]);
        if (result.Succeeded)
            await store.AddBatchAsync(result.Assets, actor, clock.Now, ct);
        return result;
    }
}
