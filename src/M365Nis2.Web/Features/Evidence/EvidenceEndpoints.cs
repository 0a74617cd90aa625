using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Evidence;

public sealed record CollectAccepted(string RunId, string Status, string Location);

/// <summary>Collection runs (CISO starts them; CISO and board read them). The controls overview is Features/Controls.</summary>
public static class EvidenceEndpoints
{
    public static WebApplication MapEvidenceEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/evidence/collect", Collect).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/evidence/runs", ListRuns).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/evidence/runs/{id}", GetRun).RequireAuthorization(AuthPolicies.BoardOrCiso);
        return app;
    }

    private static async Task<Results<Accepted<CollectAccepted>, ProblemHttpResult>> Collect(
        EvidenceRunner runner, HttpContext http, CancellationToken ct)
    {
        var start = await runner.StartAsync("api", http.User.ObjectId() ?? "unknown", ct);
        if (!start.Started)
        {
            return TypedResults.Problem(
                start.RunningId is null ? "A collection is already running." : $"Collection {start.RunningId} is already running.",
                statusCode: StatusCodes.Status409Conflict, title: "Collection already running",
                extensions: new Dictionary<string, object?> { ["runningRunId"] = start.RunningId });
        }
        var location = $"/api/evidence/runs/{start.RunId}";
        return TypedResults.Accepted(location, new CollectAccepted(start.RunId!, RunStatuses.Running, location));
    }

    public const int MaxRunsListed = 200;

    /// <summary>The run history, newest first: each run with its time, outcome and MFA artefact (sources: /runs/{id}/sources).</summary>
    private static async Task<Results<Ok<IReadOnlyList<EvidenceRun>>, ProblemHttpResult>> ListRuns(string? count, EvidenceRunner runs, CancellationToken ct)
    {
        var n = 50;
        if (count is not null && (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n)
            || n is < 1 or > MaxRunsListed))
        {
            return TypedResults.Problem($"'count' must be a whole number from 1 to {MaxRunsListed}.", statusCode: 400, title: "Invalid count");
        }
        return TypedResults.Ok(await runs.LatestAsync(n, ct));
    }

    private static async Task<Results<Ok<EvidenceRun>, NotFound>> GetRun(string id, EvidenceRunner runs, CancellationToken ct) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && await runs.FindAsync(id, ct) is { } run
            ? TypedResults.Ok(run)
            : TypedResults.NotFound();
}
