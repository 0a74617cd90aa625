using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>A stage submitted to the authority and signed into the vault.</summary>
public sealed record Submission(Incident Incident, IncidentStage Stage, DateTimeOffset SubmittedAt, string ArtefactId);

/// <summary>Art. 23(4) reporting for significant incidents: drafts per stage, export for the national solution, submissions signed into the vault.</summary>
public sealed class IncidentReportingService(IncidentStore store, IncidentService incidents, IEvidenceVault vault, TimeProvider time,
    ILogger<IncidentReportingService> logger)
{
    public const string ArtefactKind = "incident.report";
    public static readonly IReadOnlyList<string> Controls = ["art23", "art21.2.b"];

    /// <summary>Why <paramref name="stage"/> does not apply to the incident (→ 409), or null when it does.</summary>
    public static string? StageProblem(Incident incident, IncidentStage stage) => incident.Status switch
    {
        IncidentStatus.Suspected => "The incident is not classified yet; only a significant incident is reported to the authority.",
        IncidentStatus.NotSignificant => "The incident was classified as not significant; there is nothing to report to the authority.",
        _ when stage == IncidentStage.Intermediate && incident.Reporting.Intermediate is null =>
            "An intermediate report is only due when the authority requests one (Art. 23(4)(c)).",
        _ => null,
    };

    /// <summary>The stages a significant incident reports (intermediate only once requested).</summary>
    public static IEnumerable<IncidentStage> ApplicableStages(Incident incident) =>
        IncidentStages.All.Where(s => StageProblem(incident, s) is null);

    public async Task<ReportDraft> DraftAsync(Incident incident, IncidentStage stage, CancellationToken ct) =>
        (await store.FindDraftAsync(incident.Id, stage, ct))?.Value ?? new ReportDraft(stage);

    /// <summary>Replaces the stage's draft with <paramref name="fields"/> (field id → text; blank clears).</summary>
    public async Task<IncidentOutcome<ReportDraft>> SaveDraftAsync(string id, IncidentStage stage, IReadOnlyDictionary<string, string?> fields,
        Actor ciso, CancellationToken ct)
    {
        var (incident, problem) = await ApplicableAsync(id, stage, ciso, ct);
        if (problem is not null)
            return problem.As<ReportDraft>();
        var draft = new ReportDraft(stage);
        try
        {
            foreach (var (field, value) in fields)
            {
                draft = draft.With(field, value);
            }
        }
        catch (ArgumentException ex)
        {
            return IncidentOutcome<ReportDraft>.Bad(ex.Message.Split(" (Parameter", 2)[0]);
        }
        if (incident!.Reporting.SubmittedAt(stage) is not null)
            return IncidentOutcome<ReportDraft>.Conflict($"The {stage.Title(ReportLanguage.English).ToLowerInvariant()} is submitted; its signed draft cannot change.");
        var current = await store.FindDraftAsync(id, stage, ct);
        return await store.TrySaveDraftAsync(id, draft, current?.ETag, ct)
            ? IncidentOutcome<ReportDraft>.Ok(draft)
            : IncidentOutcome<ReportDraft>.Conflict("The draft was changed by someone else at the same time; reload it and try again.");
    }

    public async Task<IncidentOutcome<ReportDraft>> ExportAsync(string id, IncidentStage stage, Actor caller, CancellationToken ct)
    {
        var (incident, problem) = await ApplicableAsync(id, stage, caller, ct);
        return problem?.As<ReportDraft>() ?? IncidentOutcome<ReportDraft>.Ok(await DraftAsync(incident!, stage, ct));
    }

    /// <summary>
    /// Records that the stage was sent to the authority at <paramref name="submittedAt"/> (default now) and signs the
    /// draft as sent plus the time into the vault. Submitting again returns the first submission (idempotent).
    /// </summary>
    public async Task<IncidentOutcome<Submission>> SubmitAsync(string id, IncidentStage stage, DateTimeOffset? submittedAt, Actor ciso, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var at = submittedAt ?? now;
        if (at > now + IncidentInput.ClockTolerance)
            return IncidentOutcome<Submission>.Bad("'submittedAt' is in the future.");
        var (incident, problem) = await ApplicableAsync(id, stage, ciso, ct);
        if (problem is not null)
            return problem.As<Submission>();
        if (at < incident!.Report.AwareAt)
            return IncidentOutcome<Submission>.Bad("'submittedAt' is before the incident was detected ('awareAt').");
        var draft = await DraftAsync(incident, stage, ct);
        var updated = await incidents.UpdateAsync(id, async (current, token) =>
        {
            if (current.Reporting.SubmittedAt(stage) is not null)
                return IncidentOutcome<Incident>.Ok(current);
            // Signed first, then recorded: a crash in between leaves a signed artefact and an unsubmitted stage, and the
            // retry signs the same content again (same id, no second ledger entry).
            var content = ArtefactContent(current, stage, draft, at, ciso);
            var receipt = await vault.PutAsync(content, "application/json", ArtefactKind, [.. Controls],
                new Dictionary<string, string> { ["incidentId"] = id, ["stage"] = stage.Id() }, ciso.ObjectId, token);
            return IncidentOutcome<Incident>.Ok(current with
            {
                Reporting = current.Reporting.Submit(stage, at),
                ArtefactIds = current.ArtefactIds.SetItem(stage, receipt.Id),
            });
        }, ct);
        if (updated.Kind != OutcomeKind.Ok)
            return updated.As<Submission>();
        var final = updated.Value!;
        logger.LogInformation("Incident {IncidentId}: {Stage} submitted at {SubmittedAt}", id, stage.Id(), final.Reporting.SubmittedAt(stage));
        return IncidentOutcome<Submission>.Ok(new Submission(final, stage, final.Reporting.SubmittedAt(stage)!.Value, final.ArtefactIds[stage]));
    }

    /// <summary>Records the authority's request for an intermediate report (Art. 23(4)(c)); a new request replaces an earlier one.</summary>
    public async Task<IncidentOutcome<Incident>> RequestIntermediateAsync(string id, IntermediateRequestInput input, Actor ciso, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var requestedAt = input.RequestedAt ?? now;
        if (requestedAt > now + IncidentInput.ClockTolerance)
            return IncidentOutcome<Incident>.Bad("'requestedAt' is in the future.");
        if (input.DueBy is { } dueBy && dueBy <= requestedAt)
            return IncidentOutcome<Incident>.Bad("'dueBy' must be after 'requestedAt'.");
        if (await incidents.FindVisibleAsync(id, ciso, ct) is not { } found)
            return IncidentOutcome<Incident>.NotFound();
        if (StageProblem(found, IncidentStage.EarlyWarning) is { } problem)
            return IncidentOutcome<Incident>.Conflict(problem);
        if (requestedAt < found.Report.AwareAt)
            return IncidentOutcome<Incident>.Bad("'requestedAt' is before the incident was detected ('awareAt').");
        return await incidents.UpdateAsync(id, current => IncidentOutcome<Incident>.Ok(current with
        {
            Reporting = current.Reporting.RequestIntermediate(requestedAt, input.DueBy),
            ArtefactIds = current.ArtefactIds.Remove(IncidentStage.Intermediate),
        }), ct);
    }

    /// <summary>What is signed: the incident, the stage, when it was sent and by whom, and every field as sent.</summary>
    public static byte[] ArtefactContent(Incident incident, IncidentStage stage, ReportDraft draft, DateTimeOffset submittedAt, Actor by)
    {
        var due = IncidentTimeline.Build(incident.Reporting, submittedAt)[stage].Due;
        var json = new JsonObject
        {
            ["type"] = "nis2.incident.report",
            ["incidentId"] = incident.Id,
            ["reference"] = incident.Reference,
            ["stage"] = stage.Id(),
            ["submittedAt"] = submittedAt.ToUniversalTime().ToString("O"),
            ["submittedBy"] = new JsonObject { ["objectId"] = by.ObjectId, ["name"] = by.Name },
            ["awareAt"] = incident.Report.AwareAt.ToString("O"),
            ["due"] = due?.ToUniversalTime().ToString("O"),
            ["onTime"] = due is null || submittedAt <= due,
            ["significance"] = new JsonObject
            {
                ["decision"] = incident.Assessment?.Decision?.Outcome.ToString(),
                ["reason"] = incident.Assessment?.Decision?.Reason,
            },
            ["report"] = JsonNode.Parse(draft.RenderJson(ReportLanguage.English)),
        };
        return Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    private async Task<(Incident? Incident, IncidentOutcome<Incident>? Problem)> ApplicableAsync(string id, IncidentStage stage, Actor caller, CancellationToken ct)
    {
        if (await incidents.FindVisibleAsync(id, caller, ct) is not { } incident)
            return (null, IncidentOutcome<Incident>.NotFound());
        return StageProblem(incident, stage) is { } problem ? (incident, IncidentOutcome<Incident>.Conflict(problem)) : (incident, null);
    }
}
