using System.Diagnostics;
using System.Diagnostics.Metrics;
using M365Nis2.Teams.Connector;

namespace M365Nis2.Teams;

/// <summary>
/// Spans and metrics of the Teams protocol (source and meter <c>M365Nis2.Teams</c>): inbound activities and every
/// outbound connector call. Free until the host attaches a listener (only with an Application Insights connection
/// string); names and tags are in docs/operations.md.
/// </summary>
public static class TeamsTelemetry
{
    public const string Name = "M365Nis2.Teams";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Inbound activities handled, tagged <c>type</c> and <c>name</c>.</summary>
    public static readonly Counter<long> Activities = Meter.CreateCounter<long>("m365nis2.teams.activities", "{activity}", "Inbound Bot Framework activities handled");

    /// <summary>Outbound connector calls (each attempt), tagged <c>operation</c>, <c>priority</c> and <c>status</c>.</summary>
    public static readonly Counter<long> Sends = Meter.CreateCounter<long>("m365nis2.teams.sends", "{request}", "Outbound Bot Connector calls");

    /// <summary>429 answers from the Bot Connector, tagged <c>operation</c> and <c>priority</c>.</summary>
    public static readonly Counter<long> Throttled = Meter.CreateCounter<long>("m365nis2.teams.throttled", "{response}", "Bot Connector 429 answers");

    /// <summary>Time a call waited for the outbound budget, in milliseconds, tagged <c>priority</c>.</summary>
    public static readonly Histogram<double> BudgetWait = Meter.CreateHistogram<double>("m365nis2.teams.budget.wait", "ms", "Wait for the per-tenant outbound budget");

    internal static string Tag(SendPriority priority) => priority switch
    {
        SendPriority.Interactive => "interactive",
        SendPriority.Bulk => "bulk",
        _ => "normal",
    };
}
