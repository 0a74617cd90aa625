using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace M365Nis2.Web.Platform;

/// <summary>
/// The app's own spans and metrics (source and meter <c>M365Nis2</c>); the Teams protocol library has its own
/// (<c>M365Nis2.Teams</c>: bot activities, sends, 429s). Instruments cost nothing until a listener is attached, which
/// happens only when <see cref="TelemetryExtensions.AddTelemetry"/> finds an Application Insights connection string.
/// Names and tags are listed in docs/operations.md, where the dashboards and alerts use them.
/// </summary>
public static class AppTelemetry
{
    public const string Name = "M365Nis2";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>Votes counted (exactly once each), tagged <c>decision</c> (approve/reject) and <c>subject</c>.</summary>
    public static readonly Counter<long> Votes = Meter.CreateCounter<long>("m365nis2.approvals.votes", "{vote}", "Approval votes counted");

    /// <summary>Evidence runs finished, tagged <c>outcome</c> (succeeded/failed) and <c>trigger</c> (api/bot/schedule).</summary>
    public static readonly Counter<long> EvidenceRuns = Meter.CreateCounter<long>("m365nis2.evidence.runs", "{run}", "Evidence collection runs finished");

    /// <summary>Duration of evidence runs in seconds, same tags as <see cref="EvidenceRuns"/>.</summary>
    public static readonly Histogram<double> EvidenceRunDuration = Meter.CreateHistogram<double>("m365nis2.evidence.run.duration", "s", "Evidence collection run duration");

    /// <summary>Microsoft Graph requests sent (every attempt), tagged <c>family</c> (reports/directory/policies/other) and <c>status</c>.</summary>
    public static readonly Counter<long> GraphRequests = Meter.CreateCounter<long>("m365nis2.graph.requests", "{request}", "Microsoft Graph requests sent");

    /// <summary>429 answers from Microsoft Graph, tagged <c>family</c>: the SDK retries them, this shows the pressure.</summary>
    public static readonly Counter<long> GraphThrottled = Meter.CreateCounter<long>("m365nis2.graph.throttled", "{response}", "Microsoft Graph 429 answers");

    /// <summary>The Graph throttling family of a request path: the reports family has its own, much lower limit.</summary>
    public static string GraphFamily(Uri? url)
    {
        var path = url?.AbsolutePath ?? "";
        return path.Contains("/reports/", StringComparison.OrdinalIgnoreCase) || path.Contains("/auditLogs/", StringComparison.OrdinalIgnoreCase) ? "reports"
            : path.Contains("/identity/conditionalAccess", StringComparison.OrdinalIgnoreCase) || path.Contains("/policies/", StringComparison.OrdinalIgnoreCase) ? "policies"
            : path.Contains("/users", StringComparison.OrdinalIgnoreCase) || path.Contains("/groups", StringComparison.OrdinalIgnoreCase)
              || path.Contains("/roleManagement/", StringComparison.OrdinalIgnoreCase) || path.Contains("/organization", StringComparison.OrdinalIgnoreCase) ? "directory"
            : "other";
    }
}
