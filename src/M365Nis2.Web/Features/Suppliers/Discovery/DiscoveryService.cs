using System.Text.Json;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>The discovery queue as the tab and the (d) rule see it.</summary>
public sealed record DiscoveryState(DiscoveryRun? LatestRun, IReadOnlyList<DiscoveredAppRow> Apps)
{
    /// <summary>For the (d) rule: never run or last run failed is NotCollected, never an empty list.</summary>
    public Collected<IReadOnlyList<DiscoveredApp>> ForRule()
    {
        if (LatestRun is null)
            return Collected.NotCollected<IReadOnlyList<DiscoveredApp>>(CollectionStatus.Failed("supplier discovery has not run yet"));
        if (!LatestRun.Succeeded)
            return Collected.NotCollected<IReadOnlyList<DiscoveredApp>>(new CollectionStatus(Enum.Parse<CollectionStatusKind>(LatestRun.Status), LatestRun.Detail));
        return Collected.Ok<IReadOnlyList<DiscoveredApp>>([.. Apps.Where(a => a.Present).Select(a => new DiscoveredApp(a.App, a.Decision, a.SupplierId, a.Reason))]);
    }
}

/// <summary>
/// Runs discovery (reader → ranking → rows that keep the CISO's decisions → a signed record of what was read) and records
/// decisions on apps: register as (or link to) a supplier, or dismiss with a reason.
/// </summary>
public sealed class DiscoveryService(TenantAppReader reader, DiscoveryStore store, IEvidenceVault vault, IGraphTenantInfo tenant,
    IOptions<SuppliersOptions> options, IOptions<GraphOptions> graph, IConfiguration config, TimeProvider time, ILogger<DiscoveryService> logger)
{
    public const int MinReasonLength = 5;
    public const int MaxReasonLength = 500;

    public async Task<DiscoveryState> GetAsync(CancellationToken ct)
    {
        var run = await store.LatestRunAsync(ct);
        var apps = (await store.AppsAsync(ct)).Select(s => s.Value)
            .OrderByDescending(a => a.Present).ThenByDescending(a => a.App.Level).ThenByDescending(a => a.App.HighCount)
            .ThenBy(a => a.App.App.DisplayName, StringComparer.OrdinalIgnoreCase).ToList();
        return new(run, apps);
    }

    public async Task<DiscoveryRun> RunAsync(string actor, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var tenantId = TenantId();
        if (tenantId is null)
        {
            var missing = new DiscoveryRun(now, nameof(CollectionStatusKind.Failed), "our tenant id is not configured (Suppliers:TenantId or Graph:TenantId)", 0, 0, 0, null);
            await store.SaveRunAsync(missing, ct);
            return missing;
        }

        var read = await reader.ReadAsync(tenantId, ct);
        if (!read.Apps.TryGet(out var apps))
        {
            var failed = new DiscoveryRun(now, read.Apps.Status.Kind.ToString(), read.Apps.Status.Detail, 0, 0, read.Requests, null);
            await store.SaveRunAsync(failed, ct);
            return failed;
        }

        var ranked = TenantApps.Rank(apps, tenantId);
        var existing = (await store.AppsAsync(ct)).ToDictionary(s => s.Value.ServicePrincipalId, StringComparer.OrdinalIgnoreCase);
        foreach (var app in ranked)
        {
            var row = existing.TryGetValue(app.App.ServicePrincipalId, out var old)
                ? old.Value with { App = app, LastSeen = now, Present = true }
                : new DiscoveredAppRow(app.App.ServicePrincipalId, app, DiscoveryDecision.Pending, null, null, null, null, now, now, true);
            await SaveAsync(row, old, ct);
        }
        foreach (var gone in existing.Values.Where(e => e.Value.Present && ranked.All(r => r.App.ServicePrincipalId != e.Value.ServicePrincipalId)))
            await SaveAsync(gone.Value with { Present = false }, gone, ct);

        var content = JsonSerializer.SerializeToUtf8Bytes(new
        {
            kind = "supplier.discovery",
            at = now,
            tenantId,
            demo = tenant.IsDemo,
            servicePrincipalsSeen = read.ServicePrincipalsSeen,
            requests = read.Requests,
            permissionsUsed = new[] { TenantAppReader.ApplicationPermission, TenantAppReader.GrantPermission },
            apps = ranked,
        }, SupplierJson.Options);
        var receipt = await vault.PutAsync(content, "application/json", "supplier.discovery", [SupplyChainRule.ControlId],
            new Dictionary<string, string> { ["apps"] = ranked.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }, actor, ct);
        var run = new DiscoveryRun(now, nameof(CollectionStatusKind.Ok), null, ranked.Count, ranked.Count(r => r.IsHighPrivilege), read.Requests, receipt.Id);
        await store.SaveRunAsync(run, ct);
        logger.LogInformation("Supplier discovery: {Apps} third-party apps ({High} high privilege) from {Seen} service principals",
            run.Apps, run.HighPrivilege, read.ServicePrincipalsSeen);
        return run;
    }

    /// <summary>Dismisses a pending app with a reason. Null when unknown; an error message when not allowed.</summary>
    public async Task<(DiscoveredAppRow? App, CodedText? Error)> DismissAsync(string servicePrincipalId, string? reason, string actor, CancellationToken ct)
    {
        var text = reason?.Trim() ?? "";
        if (text.Length is < MinReasonLength or > MaxReasonLength)
            return (null, SupplierInputTexts.DismissReason.With(MinReasonLength, MaxReasonLength));
        return await DecideAsync(servicePrincipalId, row => row.Decision == DiscoveryDecision.Registered
            ? SupplierInputTexts.DismissRegistered.With()
            : null, row => row with { Decision = DiscoveryDecision.Dismissed, Reason = text, SupplierId = null }, actor, ct);
    }

    /// <summary>Marks the app as registered to the supplier (called when a supplier is created from it or linked to it).</summary>
    public Task<(DiscoveredAppRow? App, CodedText? Error)> MarkRegisteredAsync(string servicePrincipalId, string supplierId, string actor, CancellationToken ct) =>
        DecideAsync(servicePrincipalId, _ => null, row => row with { Decision = DiscoveryDecision.Registered, SupplierId = supplierId, Reason = null }, actor, ct);

    private async Task<(DiscoveredAppRow? App, CodedText? Error)> DecideAsync(string id, Func<DiscoveredAppRow, CodedText?> refuse,
        Func<DiscoveredAppRow, DiscoveredAppRow> change, string actor, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindAsync(id, ct) is not { } stored)
                return (null, null);
            if (refuse(stored.Value) is { } error)
                return (stored.Value, error);
            var updated = change(stored.Value) with { DecidedBy = actor, DecidedAt = time.GetUtcNow() };
            if (await store.TrySaveAsync(updated, stored.ETag, ct))
                return (updated, null);
        }
        return (null, SupplierInputTexts.DecisionChanged.With());
    }

    private async Task SaveAsync(DiscoveredAppRow row, Stored<DiscoveredAppRow>? old, CancellationToken ct)
    {
        // A decision written between our read and this save wins: re-read and keep it.
        if (!await store.TrySaveAsync(row, old?.ETag, ct) && await store.FindAsync(row.ServicePrincipalId, ct) is { } fresh)
            await store.TrySaveAsync(fresh.Value with { App = row.App, LastSeen = row.LastSeen, Present = row.Present }, fresh.ETag, ct);
    }

    private string? TenantId()
    {
        if (tenant.IsDemo)
            return DemoDirectory.TenantId;
        return new[] { options.Value.TenantId, graph.Value.TenantId, config["Bot:TenantId"], config["AzureAd:TenantId"] }
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }
}
