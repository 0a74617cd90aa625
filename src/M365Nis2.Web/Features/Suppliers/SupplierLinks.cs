using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Risks;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// A supplier's links into the asset and risk registers (Features/Risks, read through its contract): ids are checked
/// against the registers and stored as the register spells them; the supplier page shows them with their names and
/// offers the CISO the registers' entries to pick from.
/// </summary>
public sealed class SupplierLinks(IRiskRegisterEntries registers)
{
    /// <summary>The request's asset and risk ids as stored, or an error naming the field for each unknown one. Ids the
    /// supplier already links stay accepted, so an entry that left a register does not block every later edit.</summary>
    public async Task<(List<string> Assets, List<string> Risks)> CheckAsync(SupplierRequest request, Supplier? old, List<FieldError> errors,
        CancellationToken ct)
    {
        var assets = await CheckAsync(request.AssetIds, "assetIds", old?.AssetIds, registers.AssetsAsync, SupplierInputTexts.NotAsset, errors, ct);
        var risks = await CheckAsync(request.RiskIds, "riskIds", old?.RiskIds, registers.RisksAsync, SupplierInputTexts.NotRisk, errors, ct);
        return (assets, risks);
    }

    /// <summary>The linked entries with their names (null when no longer in the register) and, for the CISO, what to pick from.</summary>
    public async Task<object> ViewAsync(Supplier s, bool withOptions, CancellationToken ct)
    {
        var assets = await registers.AssetsAsync(ct);
        var risks = await registers.RisksAsync(ct);
        return new
        {
            assets = Named(s.AssetIds, assets),
            risks = Named(s.RiskIds, risks),
            options = withOptions ? new { assets = Options(assets), risks = Options(risks) } : null,
        };
    }

    private static async Task<List<string>> CheckAsync(IReadOnlyList<string>? raw, string field, IReadOnlyList<string>? linked,
        Func<CancellationToken, Task<IReadOnlyList<RegisterEntry>>> read, TextCode unknown, List<FieldError> errors, CancellationToken ct)
    {
        var ids = SupplierFields.Links(raw, field, errors);
        if (ids.Count == 0)
            return ids;
        var known = ById(await read(ct));
        var checkedIds = new List<string>();
        foreach (var id in ids)
        {
            if (known.TryGetValue(id, out var entry))
                checkedIds.Add(entry.Id);
            else if (linked?.Contains(id, StringComparer.OrdinalIgnoreCase) == true)
                checkedIds.Add(id);
            else
                errors.Add(new(field, unknown.With(id)));
        }
        return [.. checkedIds.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static Dictionary<string, RegisterEntry> ById(IReadOnlyList<RegisterEntry> entries) =>
        entries.DistinctBy(e => e.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(e => e.Id, StringComparer.OrdinalIgnoreCase);

    private static List<object> Named(IReadOnlyList<string> ids, IReadOnlyList<RegisterEntry> entries)
    {
        var known = ById(entries);
        return [.. ids.Select(id => (object)new { id, name = known.TryGetValue(id, out var e) ? e.Name : null })];
    }

    private static List<object> Options(IReadOnlyList<RegisterEntry> entries) => [.. entries.Select(e => (object)new { id = e.Id, name = e.Name })];
}
