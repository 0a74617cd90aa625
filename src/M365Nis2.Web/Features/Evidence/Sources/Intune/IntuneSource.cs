using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Devices;
using Microsoft.Extensions.Options;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary><c>Evidence:Sources:Intune</c>: see <see cref="DeviceRuleOptions"/>.</summary>
public sealed class IntuneSettings
{
    public int StaleAfterDays { get; set; } = 30;
    public decimal InventoryMetPercent { get; set; } = 95m;
    public decimal InventoryPartialPercent { get; set; } = 80m;
    public decimal EncryptionMetPercent { get; set; } = 98m;
    public decimal EncryptionPartialPercent { get; set; } = 90m;
    public decimal OsMetPercent { get; set; } = 95m;
    public decimal OsPartialPercent { get; set; } = 80m;

    /// <summary>Platform (Windows, MacOS, IOS, Android) → minimum OS version; unset uses the built-in minimums.</summary>
    public Dictionary<DevicePlatform, string>? MinimumOsVersions { get; set; }

    public int NamedLimit { get; set; } = 50;

    /// <summary><c>$top</c> for managed devices; Intune pages at most 1 000.</summary>
    public int PageSize { get; set; } = 1000;

    public DeviceRuleOptions ToRules() => new(StaleAfterDays, InventoryMetPercent, InventoryPartialPercent, EncryptionMetPercent,
        EncryptionPartialPercent, OsMetPercent, OsPartialPercent, MinimumOsVersions is { Count: > 0 } m ? m : null, NamedLimit);
}

/// <summary>
/// Intune: managed devices streamed page by page ($select, $top 1 000) into a <see cref="DeviceAccumulator"/>, and the
/// compliance policies (which platforms require encryption). Permissions DeviceManagementManagedDevices.Read.All and
/// DeviceManagementConfiguration.Read.All; throttle: Intune devices, 2 000 / 20 s.
/// </summary>
public sealed class IntuneSource(IOptions<SourcesOptions> options) : IEvidenceSource
{
    private const string Licence = "Microsoft Intune (Plan 1, or Microsoft 365 E3/E5/Business Premium)";
    private static readonly GraphFailureSource Devices = new("managedDevices", "DeviceManagementManagedDevices.Read.All", Licence);
    private static readonly GraphFailureSource Policies = new("deviceCompliancePolicies", "DeviceManagementConfiguration.Read.All", Licence);
    private static readonly string[] DeviceSelect =
        ["id", "deviceName", "operatingSystem", "osVersion", "complianceState", "isEncrypted", "lastSyncDateTime", "userPrincipalName"];

    public string Key => DeviceChecks.Source;

    public string Title => "Microsoft Intune";

    public IReadOnlyList<string> ControlIds { get; } = [Measures.SecureMaintenance, Measures.Cryptography, Measures.AccessAndAssets];

    public async Task<SourceOutcome> CollectAsync(SourceReader reader, CancellationToken ct)
    {
        var settings = options.Value.Intune;
        var rules = settings.ToRules();
        var graph = reader.Graph;
        var accumulator = new DeviceAccumulator(rules, reader.Now);
        var builder = graph.DeviceManagement.ManagedDevices;
        var status = await reader.StreamAsync(Devices, $"GET /deviceManagement/managedDevices?$select={string.Join(',', DeviceSelect)}&$top={settings.PageSize}",
            () => builder.GetAsync(r => { r.QueryParameters.Select = DeviceSelect; r.QueryParameters.Top = settings.PageSize; }, ct),
            next => builder.WithUrl(next).GetAsync(cancellationToken: ct),
            p => p.Value, d => accumulator.Add(Device(d)),
            d => $"{d.Id}\t{d.OperatingSystem}\t{d.OsVersion}\t{d.ComplianceState}\t{d.IsEncrypted}\t{d.LastSyncDateTime:O}", ct);
        var tally = status.IsOk ? accumulator.Complete() : accumulator.Fail(status);

        var policies = await reader.ListAsync(Policies, "GET /deviceManagement/deviceCompliancePolicies",
            () => graph.DeviceManagement.DeviceCompliancePolicies.GetAsync(cancellationToken: ct),
            next => graph.DeviceManagement.DeviceCompliancePolicies.WithUrl(next).GetAsync(cancellationToken: ct),
            p => p.Value, p => p, ct);
        var requirements = policies.TryGet(out var list)
            ? Collected.Ok(new EncryptionRequirements([.. list.Select(Requirement).OfType<(string, DevicePlatform)>()]))
            : Collected.NotCollected<EncryptionRequirements>(policies.Status);

        var tallyJson = JsonSerializer.SerializeToNode(tally, SourceArtefact.Json);
        return new SourceOutcome(DevicesEvaluator.Evaluate(tally, requirements, rules), new JsonObject { ["tally"] = tallyJson });
    }

    private static ManagedDevice Device(Graph.ManagedDevice d) => new(
        d.Id ?? "", d.DeviceName ?? d.Id ?? "(unnamed)", DevicePlatforms.Parse(d.OperatingSystem), d.OsVersion,
        d.ComplianceState is { } c ? GraphMfaMapping.GraphName(c) : null, d.IsEncrypted, d.LastSyncDateTime, d.UserPrincipalName);

    /// <summary>
    /// The platform a policy requires encryption on, or null. iOS/iPadOS encrypt whenever a passcode is set, so an iOS
    /// policy that requires a passcode requires encryption.
    /// </summary>
    private static (string, DevicePlatform)? Requirement(Graph.DeviceCompliancePolicy p) => p switch
    {
        Graph.Windows10CompliancePolicy w when w.BitLockerEnabled == true || w.StorageRequireEncryption == true => (Name(p), DevicePlatform.Windows),
        Graph.MacOSCompliancePolicy m when m.StorageRequireEncryption == true => (Name(p), DevicePlatform.MacOS),
        Graph.AndroidCompliancePolicy a when a.StorageRequireEncryption == true => (Name(p), DevicePlatform.Android),
        Graph.AndroidWorkProfileCompliancePolicy a when a.StorageRequireEncryption == true => (Name(p), DevicePlatform.Android),
        Graph.IosCompliancePolicy i when i.PasscodeRequired == true => (Name(p), DevicePlatform.IOS),
        _ => null,
    };

    private static string Name(Graph.DeviceCompliancePolicy p) => p.DisplayName ?? p.Id ?? "(unnamed policy)";
}
