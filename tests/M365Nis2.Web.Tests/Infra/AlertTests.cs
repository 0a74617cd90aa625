namespace M365Nis2.Web.Tests.Infra;

/// <summary>The operational alerts docs/operations.md describes are in the template, on the metrics the app emits.</summary>
public sealed class AlertTests
{
    [Fact]
    public async Task Failed_evidence_runs_and_429_storms_alert_on_the_apps_own_metrics()
    {
        var rules = await CompiledTemplate.ResourcesAsync("Microsoft.Insights/scheduledQueryRules");
        var queries = rules.Select(r => (string)r["properties"]!["criteria"]!["allOf"]![0]!["query"]!).ToList();

        Assert.Contains(queries, q => q.Contains("m365nis2.evidence.runs", StringComparison.Ordinal) && q.Contains("\"failed\"", StringComparison.Ordinal));
        Assert.Contains(queries, q => q.Contains("m365nis2.teams.throttled", StringComparison.Ordinal) && q.Contains("m365nis2.graph.throttled", StringComparison.Ordinal));
        Assert.All(rules, r => Assert.True((bool)r["properties"]!["enabled"]!));
        foreach (var name in new[] { M365Nis2.Web.Platform.AppTelemetry.EvidenceRuns.Name, M365Nis2.Web.Platform.AppTelemetry.GraphThrottled.Name, M365Nis2.Teams.TeamsTelemetry.Throttled.Name })
            Assert.Contains(queries, q => q.Contains(name, StringComparison.Ordinal));
    }
}
