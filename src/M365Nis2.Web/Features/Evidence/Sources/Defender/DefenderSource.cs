using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Defender;
using Microsoft.Extensions.Options;
using Security = Microsoft.Graph.Models.Security;

namespace M365Nis2.Web.Features.Evidence;

/// <summary><c>Evidence:Sources:Defender</c>: see <see cref="DefenderRuleOptions"/>.</summary>
public sealed class DefenderSettings
{
    public int LookbackDays { get; set; } = 90;
    public int HighOpenMaxDays { get; set; } = 3;
    public int OtherOpenMaxDays { get; set; } = 30;
    public int NamedLimit { get; set; } = 50;

    public DefenderRuleOptions ToRules() => new(LookbackDays, HighOpenMaxDays, OtherOpenMaxDays, NamedLimit);
}

/// <summary>
/// Defender XDR: incidents ($top 50, the API's maximum) and alerts ($top 2 000) created in the look-back period, both
/// filtered server-side by createdDateTime and trimmed with $select. Permissions SecurityIncident.Read.All and
/// SecurityAlert.Read.All; throttle: security, 150 / min. Besides the (b) checks it keeps the Art. 23 candidates and the
/// monthly attack counts in the artefact's <c>extra</c>.
/// </summary>
public sealed class DefenderSource(IOptions<SourcesOptions> options) : IEvidenceSource
{
    private const string Licence = "Microsoft Defender XDR (Microsoft 365 E5, E5 Security or Defender for Business)";
    private static readonly GraphFailureSource Incidents = new("incidents", "SecurityIncident.Read.All", Licence);
    private static readonly GraphFailureSource Alerts = new("alerts_v2", "SecurityAlert.Read.All", Licence);
    private static readonly string[] IncidentSelect =
        ["id", "displayName", "severity", "status", "classification", "createdDateTime", "lastUpdateDateTime", "assignedTo", "incidentWebUrl"];
    private static readonly string[] AlertSelect = ["id", "title", "severity", "status", "serviceSource", "createdDateTime", "incidentId"];

    public string Key => DefenderChecks.Source;

    public string Title => "Microsoft Defender XDR";

    public IReadOnlyList<string> ControlIds { get; } = [Measures.IncidentHandling];

    public async Task<SourceOutcome> CollectAsync(SourceReader reader, CancellationToken ct)
    {
        var rules = options.Value.Defender.ToRules();
        var since = reader.Now.AddDays(-rules.LookbackDays).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var filter = $"createdDateTime ge {since}";
        var graph = reader.Graph;
        var incidents = await reader.ListAsync(Incidents, $"GET /security/incidents?$filter={filter}&$top=50",
            () => graph.Security.Incidents.GetAsync(r => { r.QueryParameters.Filter = filter; r.QueryParameters.Top = 50; r.QueryParameters.Select = IncidentSelect; }, ct),
            next => graph.Security.Incidents.WithUrl(next).GetAsync(cancellationToken: ct),
            p => p.Value, Incident, ct);
        var alerts = await reader.ListAsync(Alerts, $"GET /security/alerts_v2?$filter={filter}&$top=2000",
            () => graph.Security.Alerts_v2.GetAsync(r => { r.QueryParameters.Filter = filter; r.QueryParameters.Top = 2000; r.QueryParameters.Select = AlertSelect; }, ct),
            next => graph.Security.Alerts_v2.WithUrl(next).GetAsync(cancellationToken: ct),
            p => p.Value, Alert, ct);

        var result = DefenderEvaluator.Evaluate(new DefenderEvidence(incidents, alerts), rules, reader.Now, options.Value.Zone);
        return new SourceOutcome(result.Evaluation, new JsonObject
        {
            ["art23Candidates"] = JsonSerializer.SerializeToNode(result.Candidates, SourceArtefact.Json),
            ["attacksPerMonth"] = result.Monthly is null ? null : JsonSerializer.SerializeToNode(result.Monthly, SourceArtefact.Json),
        });
    }

    private static SecurityIncident Incident(Security.Incident i) => new(
        i.Id ?? "", i.DisplayName ?? $"Incident {i.Id}", Name(i.Severity), Name(i.Status), i.Classification is { } c ? GraphMfaMapping.GraphName(c) : null,
        i.CreatedDateTime ?? DateTimeOffset.MinValue, i.LastUpdateDateTime, i.AssignedTo, i.IncidentWebUrl);

    private static SecurityAlert Alert(Security.Alert a) => new(
        a.Id ?? "", a.Title ?? $"Alert {a.Id}", Name(a.Severity), Name(a.Status), a.ServiceSource is { } s ? GraphMfaMapping.GraphName(s) : null,
        a.CreatedDateTime ?? DateTimeOffset.MinValue, a.IncidentId);

    private static string Name<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? GraphMfaMapping.GraphName(v) : "unknown";
}
