using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Backup;
using Microsoft.Extensions.Options;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary><c>Evidence:Sources:Backup</c>: which workloads must be protected.</summary>
public sealed class BackupSettings
{
    public List<BackupWorkload> RequiredWorkloads { get; set; } = [BackupWorkload.Exchange, BackupWorkload.SharePoint, BackupWorkload.OneDrive];

    public IReadOnlyList<string> Validate() =>
        RequiredWorkloads.Count == 0 ? ["Backup:RequiredWorkloads must name at least one workload (or disable the backup source)."] : [];
}

/// <summary>
/// Microsoft 365 Backup: whether the service is enabled and its protection policies (Exchange, SharePoint, OneDrive).
/// Permission BackupRestore-Configuration.Read.All; no documented throttle (Retry-After is honoured).
/// </summary>
public sealed class BackupSource(IOptions<SourcesOptions> options) : IEvidenceSource
{
    private const string Licence = "Microsoft 365 Backup (pay-as-you-go billing set up in the Microsoft 365 admin center)";
    private static readonly GraphFailureSource Service = new("backupRestore", "BackupRestore-Configuration.Read.All", Licence);
    private static readonly GraphFailureSource Policies = new("protectionPolicies", "BackupRestore-Configuration.Read.All", Licence);

    public string Key => BackupChecks.Source;

    public string Title => "Microsoft 365 Backup";

    public IReadOnlyList<string> ControlIds { get; } = [Measures.BusinessContinuity];

    public async Task<SourceOutcome> CollectAsync(SourceReader reader, CancellationToken ct)
    {
        var graph = reader.Graph;
        var service = await reader.GetAsync(Service, "GET /solutions/backupRestore?$select=id,serviceStatus",
            () => graph.Solutions.BackupRestore.GetAsync(r => r.QueryParameters.Select = ["id", "serviceStatus"], ct),
            root => new BackupService(root.ServiceStatus?.Status == Graph.BackupServiceStatus.Enabled,
                root.ServiceStatus?.Status is { } s ? GraphMfaMapping.GraphName(s) : "unknown"), ct);
        var policies = service.TryGet(out var s) && s.Enabled
            ? await reader.ListAsync(Policies, "GET /solutions/backupRestore/protectionPolicies",
                () => graph.Solutions.BackupRestore.ProtectionPolicies.GetAsync(cancellationToken: ct),
                next => graph.Solutions.BackupRestore.ProtectionPolicies.WithUrl(next).GetAsync(cancellationToken: ct),
                p => p.Value, Policy, ct)
            : Collected.Ok<IReadOnlyList<ProtectionPolicy>>([]); // a disabled service has no policies to read
        var evidence = new BackupEvidence(service, policies);
        return new SourceOutcome(BackupCoverageCheck.EvaluateSource(evidence, options.Value.Backup.RequiredWorkloads));
    }

    private static ProtectionPolicy Policy(Graph.ProtectionPolicyBase p) => new(p.Id ?? "", p.DisplayName ?? p.Id ?? "(unnamed)",
        p switch
        {
            Graph.ExchangeProtectionPolicy => BackupWorkload.Exchange,
            Graph.SharePointProtectionPolicy => BackupWorkload.SharePoint,
            _ => BackupWorkload.OneDrive, // oneDriveForBusinessProtectionPolicy, the only other kind v1.0 defines
        },
        p.Status is { } status ? GraphMfaMapping.GraphName(status) : "unknown", null);
}
