using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>Who is asking: the CISO edits, the board reads, an employee sees only the suppliers they own.</summary>
public sealed record Viewer(string ObjectId, string Name, bool IsCiso, bool IsBoard)
{
    public bool SeesAll => IsCiso || IsBoard;

    public bool CanSee(Supplier s) => SeesAll || s.Owner?.ObjectId == ObjectId;
}

/// <summary>The register: create, edit, import (all or nothing), link discovered apps, close findings.</summary>
public sealed class SupplierService(SupplierStore store, DiscoveryStore discovery, DiscoveryService decisions, SupplierLinks links,
    IUserDirectory directory, TimeProvider time)
{
    public async Task<IReadOnlyList<Supplier>> ListAsync(Viewer viewer, CancellationToken ct) =>
        [.. (await store.ListAsync(ct)).Where(viewer.CanSee)];

    public async Task<Stored<Supplier>?> FindVisibleAsync(string id, Viewer viewer, CancellationToken ct) =>
        await store.FindAsync(id, ct) is { } s && viewer.CanSee(s.Value) ? s : null;

    public async Task<SupplierResult> CreateAsync(SupplierRequest request, Viewer actor, CancellationToken ct)
    {
        var existing = await store.ListAsync(ct);
        var built = await BuildAsync(request, existing, null, ct);
        if (built.Errors.Count > 0)
            return SupplierResult.Invalid(built.Errors);
        var now = time.GetUtcNow();
        var supplier = Supplier.FromDraft(NewId(), built.Draft!, built.Owner, DateOnly.FromDateTime(now.UtcDateTime), now, actor.Name) with
        {
            Certificates = built.Certificates, AssetIds = built.Assets, RiskIds = built.Risks, AppIds = built.Apps,
        };
        await store.AddAllAsync([supplier], SupplierChangeTexts.Registered.With(), ct);
        foreach (var app in supplier.AppIds)
            await decisions.MarkRegisteredAsync(app, supplier.Id, actor.Name, ct);
        return SupplierResult.Created(supplier);
    }

    public async Task<SupplierResult> UpdateAsync(string id, SupplierRequest request, Viewer actor, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindAsync(id, ct) is not { } stored)
                return SupplierResult.NotFound();
            var built = await BuildAsync(request, await store.ListAsync(ct), stored.Value, ct);
            if (built.Errors.Count > 0)
                return SupplierResult.Invalid(built.Errors);
            var d = built.Draft!;
            var old = stored.Value;
            var updated = old with
            {
                Name = d.Name, VatNumber = d.VatNumber, Country = d.Country, Services = d.Services, Data = d.Data, Access = d.Access,
                SoleProvider = d.SoleProvider, Tier = d.Tier, TierDecided = d.TierDecided, Suggestion = d.Suggestion, Owner = built.Owner,
                ContractStart = d.ContractStart, ContractEnd = d.ContractEnd, Clauses = d.Clauses, Systems = d.Systems,
                Certificates = built.Certificates, AssetIds = built.Assets, RiskIds = built.Risks, AppIds = built.Apps,
                Active = request.Active ?? old.Active, UpdatedAt = time.GetUtcNow(), UpdatedBy = actor.Name,
            };
            if (await store.TryReplaceAsync(updated, stored.ETag, SupplierChangeLog.Edit(old, updated), ct))
            {
                foreach (var app in updated.AppIds.Except(old.AppIds))
                    await decisions.MarkRegisteredAsync(app, updated.Id, actor.Name, ct);
                return SupplierResult.Ok(updated);
            }
        }
        return SupplierResult.Conflict(SupplierInputTexts.Changed.With());
    }

    /// <summary>Imports a CSV file all or nothing: every row's errors, or every supplier added.</summary>
    public async Task<(IReadOnlyList<Supplier> Added, IReadOnlyList<RowError> Errors)> ImportAsync(string csv, Viewer actor, CancellationToken ct)
    {
        var (rows, parseErrors) = SupplierCsvReader.Read(csv);
        if (parseErrors.Count > 0)
            return ([], parseErrors);
        var existing = await store.ListAsync(ct);
        var validation = SupplierImport.Validate(rows, [.. existing.Select(s => s.Name)], [.. existing.Select(s => s.VatNumber).OfType<string>()]);
        var errors = validation.Errors.ToList();
        var owners = new Dictionary<string, SupplierOwner?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, draft) in validation.Drafts.Where(d => d.Draft.OwnerUpn is not null))
        {
            var upn = draft.OwnerUpn!;
            if (!owners.TryGetValue(upn, out var owner))
                owners[upn] = owner = await OwnerAsync(upn, ct);
            if (owner is null)
                errors.Add(new RowError(line, "owner", SupplierInputTexts.NotUser.With(upn)));
        }
        if (errors.Count > 0)
            return ([], [.. errors.OrderBy(e => e.Line)]);
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var added = validation.Drafts.Select(d => Supplier.FromDraft(NewId(), d.Draft, d.Draft.OwnerUpn is { } u ? owners[u] : null, today, now, actor.Name)).ToList();
        await store.AddAllAsync(added, SupplierChangeTexts.Imported.With(), ct);
        return (added, []);
    }

    public async Task<SupplierResult> LinkAppAsync(string servicePrincipalId, string? supplierId, Viewer actor, CancellationToken ct)
    {
        if (await discovery.FindAsync(servicePrincipalId, ct) is not { } app)
            return SupplierResult.NotFound();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (supplierId is null || await store.FindAsync(supplierId, ct) is not { } stored)
                return SupplierResult.Invalid("supplierId", SupplierInputTexts.ChooseSupplier.With());
            var updated = stored.Value with
            {
                AppIds = [.. stored.Value.AppIds.Append(servicePrincipalId).Distinct(StringComparer.OrdinalIgnoreCase)],
                UpdatedAt = time.GetUtcNow(), UpdatedBy = actor.Name,
            };
            if (await store.TryReplaceAsync(updated, stored.ETag, SupplierChangeTexts.LinkedApp.With($"{app.Value.App.App.DisplayName} ({servicePrincipalId})"), ct))
            {
                await decisions.MarkRegisteredAsync(servicePrincipalId, updated.Id, actor.Name, ct);
                return SupplierResult.Ok(updated);
            }
        }
        return SupplierResult.Conflict(SupplierInputTexts.Changed.With());
    }

    public async Task<SupplierResult> UpdateFindingAsync(string supplierId, string findingId, FindingUpdateRequest request, Viewer actor, CancellationToken ct)
    {
        var state = request.State?.Trim().ToLowerInvariant() switch
        {
            "resolved" => FindingState.Resolved,
            "risk-accepted" => FindingState.RiskAccepted,
            "open" => FindingState.Open,
            _ => (FindingState?)null,
        };
        if (state is null)
            return SupplierResult.Invalid("state", SupplierInputTexts.FindingState.With());
        if (string.IsNullOrWhiteSpace(request.Note) || request.Note.Length > 1000)
            return SupplierResult.Invalid("note", SupplierInputTexts.FindingNote.With());
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindAsync(supplierId, ct) is not { } stored || stored.Value.Findings.All(f => f.Id != findingId))
                return SupplierResult.NotFound();
            var updated = stored.Value with
            {
                Findings = [.. stored.Value.Findings.Select(f => f.Id == findingId ? f with { State = state.Value } : f)],
                UpdatedAt = time.GetUtcNow(), UpdatedBy = actor.Name,
            };
            if (await store.TryReplaceAsync(updated, stored.ETag, SupplierChangeLog.Finding(findingId, state.Value, request.Note.Trim()), ct))
                return SupplierResult.Ok(updated);
        }
        return SupplierResult.Conflict(SupplierInputTexts.Changed.With());
    }

    private sealed record Built(SupplierDraft? Draft, SupplierOwner? Owner, List<SupplierCertificate> Certificates, List<string> Assets,
        List<string> Risks, List<string> Apps, List<FieldError> Errors);

    private async Task<Built> BuildAsync(SupplierRequest request, IReadOnlyList<Supplier> existing, Supplier? old, CancellationToken ct)
    {
        var result = SupplierValidation.Validate(request.ToInput());
        var errors = result.Errors.ToList();
        var certificates = SupplierFields.Certificates(request.Certificates, errors);
        var (assets, risks) = await links.CheckAsync(request, old, errors, ct);
        var apps = SupplierFields.Links(request.AppIds, "appIds", errors);
        foreach (var app in apps)
        {
            if (await discovery.FindAsync(app, ct) is null)
                errors.Add(new("appIds", SupplierInputTexts.NotApp.With(app)));
        }
        SupplierOwner? owner = null;
        if (result.Draft is { } d)
        {
            var others = existing.Where(s => s.Id != old?.Id).ToList();
            if (others.Any(s => string.Equals(s.Name, d.Name, StringComparison.OrdinalIgnoreCase)))
                errors.Add(new("name", SupplierInputTexts.NameTaken.With(d.Name)));
            if (d.VatNumber is { } vat && others.Any(s => s.VatNumber is { } v && VatNumbers.Key(v) == VatNumbers.Key(vat)))
                errors.Add(new("vat", SupplierInputTexts.VatTaken.With(vat)));
            if (d.OwnerUpn is { } upn && (owner = await OwnerAsync(upn, ct)) is null)
                errors.Add(new("owner", SupplierInputTexts.NotUser.With(upn)));
        }
        return new(errors.Count == 0 ? result.Draft : null, owner, certificates, assets, risks, apps, errors);
    }

    private async Task<SupplierOwner?> OwnerAsync(string upn, CancellationToken ct) =>
        await directory.FindByUpnAsync(upn, ct) is { } u ? new SupplierOwner(u.ObjectId, u.DisplayName, u.UserPrincipalName) : null;

    private static string NewId() => Guid.NewGuid().ToString("N")[..12];
}
