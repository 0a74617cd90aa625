using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>The latest signed copy of the whole register: its artefact, when, how many suppliers.</summary>
public sealed record RegisterSnapshot(string ArtefactId, DateTimeOffset At, int Suppliers, string RegisterSha256);

/// <summary>
/// The whole supplier register as one signed artefact for (d): what an auditor asks for first ("show me your supplier
/// register as it stood"), beside the signed answers, reports and discovery runs. The daily job signs it when the register
/// differs from the last snapshot (by a hash of the register without the time it was taken, kept in the artefact's
/// metadata), the CISO signs it on demand; each snapshot lands in the audit pack.
/// </summary>
public sealed class SupplierRegisterSnapshots(SupplierStore store, IEvidenceVault vault, TimeProvider time)
{
    public const string Kind = "supplier.register";
    private const string Control = "art21.2.d";
    private static readonly Viewer Auditor = new("auditor", "auditor", IsCiso: true, IsBoard: false);
    private static readonly JsonSerializerOptions Json = new(SupplierJson.Options) { WriteIndented = true };

    public async Task<RegisterSnapshot?> LatestAsync(CancellationToken ct) =>
        (await vault.ListByControlAsync(Control, ct)).LastOrDefault(a => a.Kind == Kind) is { } a
            ? new(a.Id, a.CreatedAt, int.Parse(a.Metadata.GetValueOrDefault("suppliers", "0"), CultureInfo.InvariantCulture),
                a.Metadata.GetValueOrDefault("registerSha256", ""))
            : null;

    /// <summary>Signs when the register changed since the last snapshot (or there is none); null when it did not.</summary>
    public async Task<RegisterSnapshot?> SignIfChangedAsync(string actor, CancellationToken ct)
    {
        var (register, hash, count) = await CurrentAsync(ct);
        if ((await LatestAsync(ct))?.RegisterSha256 == hash)
            return null;
        return await SignAsync(register, hash, count, actor, ct);
    }

    public async Task<RegisterSnapshot> SignNowAsync(string actor, CancellationToken ct)
    {
        var (register, hash, count) = await CurrentAsync(ct);
        return await SignAsync(register, hash, count, actor, ct);
    }

    private async Task<RegisterSnapshot> SignAsync(object register, string hash, int count, string actor, CancellationToken ct)
    {
        var takenAt = time.GetUtcNow();
        var content = JsonSerializer.SerializeToUtf8Bytes(new { type = Kind, takenAt, registerSha256 = hash, register }, Json);
        var receipt = await vault.PutAsync(content, "application/json", Kind, [Control],
            new Dictionary<string, string> { ["suppliers"] = count.ToString(CultureInfo.InvariantCulture), ["registerSha256"] = hash }, actor, ct);
        return new(receipt.Id, takenAt, count, hash);
    }

    private async Task<(object Register, string Hash, int Count)> CurrentAsync(CancellationToken ct)
    {
        var suppliers = await store.ListAsync(ct);
        var today = SupplierEndpoints.Today(time);
        var register = suppliers.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => Entry(s, today)).ToList();
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(register, Json)));
        return (register, hash, suppliers.Count);
    }

    private static object Entry(Supplier s, DateOnly today) => new
    {
        supplier = SupplierViews.Summary(s, today, Auditor),
        services = s.Services.Select(SupplierVocabulary.Key).ToList(),
        data = s.Data.Select(SupplierVocabulary.Key).ToList(),
        access = SupplierVocabulary.Key(s.Access),
        soleProvider = s.SoleProvider,
        contract = new { start = s.ContractStart, end = s.ContractEnd, clauses = s.Clauses, missingClauses = ContractClauses.Missing(s.Tier, [.. s.Clauses]).Select(c => c.Id).ToList() },
        systems = s.Systems,
        assetIds = s.AssetIds,
        riskIds = s.RiskIds,
        appIds = s.AppIds,
        openFindings = s.Findings.Where(f => f.State == FindingState.Open).OrderByDescending(f => f.Severity)
            .Select(f => new { id = f.Id, severity = SupplierViews.Key(f.Severity), text = f.Text, openedOn = f.OpenedOn }).ToList(),
        registeredOn = s.RegisteredOn,
    };
}
