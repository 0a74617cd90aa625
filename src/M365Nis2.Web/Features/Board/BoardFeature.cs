using M365Nis2.Domain.Board;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Board;

/// <summary>
/// A feature that owns some of the board's KPI facts (incidents, awareness, approvals) adds them to the sheet.
/// Board asks every registered source and depends on no other feature, as Controls does for statuses.
/// </summary>
[FeatureContract]
public interface IBoardFactSource
{
    /// <summary>Short name shown when the source fails ("incidents"); the sheet then lists it as missing, not as zero.</summary>
    string Name { get; }

    Task AddFactsAsync(BoardFactSheet sheet, CancellationToken ct);
}

[FeatureContract]
public static class BoardFeature
{
    /// <summary>Board KPIs computed from the app's own records (the board summary's follow-up questions).</summary>
    public static IHostApplicationBuilder AddBoard(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BoardKpiService>();
        return builder;
    }

    /// <summary>Registers a feature's facts for the board's KPIs.</summary>
    public static IServiceCollection AddBoardFactSource<T>(this IServiceCollection services) where T : class, IBoardFactSource =>
        services.AddSingleton<IBoardFactSource, T>();

    public static WebApplication MapBoard(this WebApplication app)
    {
        app.MapGet("/api/board/kpis", Kpis).RequireAuthorization(AuthPolicies.BoardOrCiso);
        return app;
    }

    /// <param name="months">The period in calendar months, 1–36 (default 6), ending with the current month.</param>
    private static async Task<Results<Ok<BoardKpiReport>, ProblemHttpResult>> Kpis(string? months, BoardKpiService kpis, CancellationToken ct)
    {
        var period = 6;
        if (months is not null && (!int.TryParse(months, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out period)
            || period is < 1 or > BoardKpis.MaxMonths))
        {
            return TypedResults.Problem($"'months' must be a whole number from 1 to {BoardKpis.MaxMonths}.", statusCode: 400, title: "Invalid months");
        }
        return TypedResults.Ok(await kpis.ComputeAsync(period, ct));
    }
}

/// <summary>Collects every source's facts (a failing source is listed as missing) and computes the KPIs.</summary>
public sealed class BoardKpiService(IEnumerable<IBoardFactSource> sources, TimeProvider time, ILogger<BoardKpiService> logger)
{
    public async Task<BoardKpiReport> ComputeAsync(int months, CancellationToken ct)
    {
        var sheet = new BoardFactSheet();
        await Task.WhenAll(sources.Select(async source =>
        {
            try
            {
                await source.AddFactsAsync(sheet, ct);
            }
            catch (Exception e) when (e is Azure.RequestFailedException or InvalidOperationException or HttpRequestException)
            {
                logger.LogWarning(e, "Board KPIs: source {Source} could not be read", source.Name);
                sheet.AddMissing(source.Name);
            }
        }));
        return BoardKpis.Compute(sheet, time.GetUtcNow(), months);
    }
}
