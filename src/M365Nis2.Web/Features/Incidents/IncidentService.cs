using M365Nis2.Domain.Incidents;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Who acts: the caller's Entra object id and display name.</summary>
public sealed record Actor(string ObjectId, string Name, bool IsCiso);

/// <summary>The register: report, classify, read. Drafts and submissions are in <see cref="IncidentReportingService"/>.</summary>
public sealed class IncidentService(IncidentStore store, IncidentNotifier notifier, TimeProvider time, ILogger<IncidentService> logger)
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Registers a suspected incident. With an idempotency key the id is derived from reporter + key, so a retried
    /// submit returns the first incident (Ok instead of Created) and nothing is stored twice.
    /// </summary>
    public async Task<IncidentOutcome<Incident>> ReportAsync(ReportInput input, Actor reporter, string? idempotencyKey, CancellationToken ct)
    {
        if (idempotencyKey is { Length: > 200 })
            return IncidentOutcome<Incident>.Bad("The Idempotency-Key is longer than 200 characters.");
        var now = time.GetUtcNow();
        var (report, error) = IncidentInput.Validate(input, now);
        if (report is null)
            return IncidentOutcome<Incident>.Bad(error!);
        var incident = new Incident(IncidentInput.NewId(reporter.ObjectId, idempotencyKey), now, reporter.ObjectId, reporter.Name, report);
        var (stored, created) = await store.AddAsync(incident, ct);
        if (!created)
            return IncidentOutcome<Incident>.Ok(stored);
        logger.LogInformation("Incident {IncidentId} reported by {ReporterId}", stored.Id, reporter.ObjectId);
        if (!reporter.IsCiso)
        {
            await notifier.TellCisoAboutNewIncidentAsync(stored, ct);
        }
        return IncidentOutcome<Incident>.Created(stored);
    }

    /// <summary>Records the CISO's Art. 23(3) decision. A significant incident gets its reporting timeline from then on.</summary>
    public Task<IncidentOutcome<Incident>> ClassifyAsync(string id, ClassifyInput input, Actor ciso, CancellationToken ct)
    {
        var (assessment, outcome, error) = IncidentInput.ValidateClassification(input);
        if (assessment is null)
            return Task.FromResult(IncidentOutcome<Incident>.Bad(error!));
        return UpdateAsync(id, incident =>
        {
            if (outcome == Significance.NotSignificant && IncidentStages.All.Any(s => incident.Reporting.SubmittedAt(s) is not null))
                return IncidentOutcome<Incident>.Conflict("Reports have been submitted for this incident; it cannot be reclassified as not significant.");
            try
            {
                var decided = assessment.Decide(outcome, input.Reason ?? "", ciso.Name, time.GetUtcNow());
                return IncidentOutcome<Incident>.Ok(incident with { Assessment = decided });
            }
            catch (ArgumentException ex)
            {
                return IncidentOutcome<Incident>.Bad(ex.Message.Split(" (Parameter", 2)[0]);
            }
        }, ct);
    }

    /// <summary>The incident if the caller may see it (the CISO: all; others: what they reported); null otherwise.</summary>
    public async Task<Incident?> FindVisibleAsync(string id, Actor caller, CancellationToken ct)
    {
        if (!IncidentInput.IsWellFormedId(id))
            return null;
        var found = await store.FindAsync(id, ct);
        return found is { } f && (caller.IsCiso || f.Value.ReporterId == caller.ObjectId) ? f.Value : null;
    }

    public async Task<IReadOnlyList<Incident>> ListVisibleAsync(Actor caller, CancellationToken ct) =>
        [.. (await store.ListAsync(ct)).Where(i => caller.IsCiso || i.ReporterId == caller.ObjectId).OrderByDescending(i => i.ReportedAt)];

    /// <summary>Read-modify-write of the register row with its ETag, retried when someone else wrote first.</summary>
    public Task<IncidentOutcome<Incident>> UpdateAsync(string id, Func<Incident, IncidentOutcome<Incident>> change, CancellationToken ct) =>
        UpdateAsync(id, (incident, _) => Task.FromResult(change(incident)), ct);

    /// <summary>As above, with an asynchronous change (e.g. one that signs into the vault before the row is written).</summary>
    public async Task<IncidentOutcome<Incident>> UpdateAsync(string id, Func<Incident, CancellationToken, Task<IncidentOutcome<Incident>>> change, CancellationToken ct)
    {
        if (!IncidentInput.IsWellFormedId(id))
            return IncidentOutcome<Incident>.NotFound();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.FindAsync(id, ct) is not { } current)
                return IncidentOutcome<Incident>.NotFound();
            var changed = await change(current.Value, ct);
            if (changed.Kind != OutcomeKind.Ok || ReferenceEquals(changed.Value, current.Value))
                return changed;
            if (await store.TryReplaceAsync(changed.Value!, current.ETag, ct))
                return changed;
        }
        return IncidentOutcome<Incident>.Conflict("The incident was changed by someone else at the same time; please try again.");
    }
}
