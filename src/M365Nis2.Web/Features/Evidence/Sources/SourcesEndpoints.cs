using System.Text.Json;
using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Evidence.Defender;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>A source as the tab lists it: its newest run of any status, and its newest succeeded run's results.</summary>
public sealed record SourceView(string Key, string Title, IReadOnlyList<string> ControlIds, SourceRun? Latest, SourceRun? LatestSucceeded);

/// <summary>A measure's automated evidence with the checks and findings behind it.</summary>
public sealed record AutomatedMeasureDetail(AutomatedMeasure Measure, IReadOnlyList<AutomatedCheck> Checks);

/// <summary>Defender's Art. 23 candidates (or attacks per month) with the run they came from.</summary>
public sealed record DefenderExtraView<T>(string? RunId, DateTimeOffset? CollectedAt, bool IsDemo, string? ArtefactId, IReadOnlyList<T> Items);

/// <summary>
/// What the sources found. Findings name people (inactive accounts, device owners), so everything here is for the CISO
/// and the board; the Art. 23 candidates are the CISO's to act on.
/// </summary>
public static class SourcesEndpoints
{
    public static WebApplication MapEvidenceSources(this WebApplication app)
    {
        var api = app.MapGroup("/api/evidence");
        api.MapGet("/sources", ListSources).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/runs/{id}/sources", RunSources).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/automated", AllAutomated).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/automated/{controlId}", Automated).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/art23-candidates", Candidates).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/attacks-per-month", Attacks).RequireAuthorization(AuthPolicies.BoardOrCiso);
        return app;
    }

    private static async Task<Ok<List<SourceView>>> ListSources(SourceCollector collector, SourceRunStore runs, CancellationToken ct)
    {
        var views = new List<SourceView>();
        foreach (var s in collector.Enabled)
        {
            var latest = await runs.LatestAsync(s.Key, 1, null, ct);
            var succeeded = await runs.LatestAsync(s.Key, 1, RunStatuses.Succeeded, ct);
            views.Add(new SourceView(s.Key, s.Title, s.ControlIds, latest.Count > 0 ? latest[0] : null, succeeded.Count > 0 ? succeeded[0] : null));
        }
        return TypedResults.Ok(views);
    }

    private static async Task<Results<Ok<IReadOnlyList<SourceRun>>, NotFound>> RunSources(string id, SourceRunStore runs, CancellationToken ct) =>
        IsRunId(id) && await runs.OfRunAsync(id, ct) is { Count: > 0 } found ? TypedResults.Ok(found) : TypedResults.NotFound();

    /// <summary>Every measure some source speaks to, with its combined automated outcome, sources and last collection.</summary>
    private static async Task<Ok<List<AutomatedMeasure>>> AllAutomated(AutomatedEvidence automated, CancellationToken ct)
    {
        var list = new List<AutomatedMeasure>();
        foreach (var control in Nis2Catalogue.Default.Controls)
        {
            if (await automated.ForMeasureAsync(control.Id, ct) is { } measure)
                list.Add(measure);
        }
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<AutomatedMeasureDetail>, NotFound>> Automated(string controlId, AutomatedEvidence automated, CancellationToken ct)
    {
        if (Nis2Catalogue.Default.Find(controlId) is null || await automated.ForMeasureAsync(controlId, ct) is not { } measure)
            return TypedResults.NotFound();
        return TypedResults.Ok(new AutomatedMeasureDetail(measure, await automated.ChecksAsync(controlId, ct)));
    }

    private static Task<Ok<DefenderExtraView<Art23Candidate>>> Candidates(AutomatedEvidence automated, CancellationToken ct) =>
        ExtraAsync<Art23Candidate>(automated, "art23Candidates", ct);

    private static Task<Ok<DefenderExtraView<MonthlyAttacks>>> Attacks(AutomatedEvidence automated, CancellationToken ct) =>
        ExtraAsync<MonthlyAttacks>(automated, "attacksPerMonth", ct);

    private static async Task<Ok<DefenderExtraView<T>>> ExtraAsync<T>(AutomatedEvidence automated, string property, CancellationToken ct)
    {
        if (await automated.ExtraAsync(DefenderChecks.Source, ct) is not var (run, extra))
            return TypedResults.Ok(new DefenderExtraView<T>(null, null, false, null, []));
        var items = extra.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.Deserialize<List<T>>(SourceArtefact.Json) ?? []
            : [];
        return TypedResults.Ok(new DefenderExtraView<T>(run.RunId, run.FinishedAt, run.IsDemo, run.ArtefactId, items));
    }

    private static bool IsRunId(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
