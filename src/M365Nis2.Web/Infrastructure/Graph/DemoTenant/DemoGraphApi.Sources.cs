namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>The routes of the evidence sources beyond (j): Secure Score, Defender XDR, Intune, access reviews, audit log, backup.</summary>
internal sealed partial class DemoGraphApi
{
    private TimeProvider Time => options.TimeProvider;

    private int DeviceCount => options.Devices ?? DemoDevices.DefaultCount(directory);

    private Task? SourceRoute(HttpContext ctx, string[] segments, bool get) => (segments, get) switch
    {
        (["security", "secureScores"], true) => List(ctx, "security/secureScores", [.. DemoSecurity.SecureScores(Time)]),
        (["security", "secureScoreControlProfiles"], true) => List(ctx, "security/secureScoreControlProfiles", [.. DemoSecurity.ControlProfiles()]),
        (["security", "alerts_v2"], true) => List(ctx, "security/alerts_v2", [.. DemoSecurity.Alerts(directory, Time)], maxTop: 2000),
        (["security", "incidents"], true) => List(ctx, "security/incidents", DemoSecurity.Incidents(directory, Time), maxTop: 50),
        (["deviceManagement", "managedDevices"], true) =>
            PageAsync(ctx, "deviceManagement/managedDevices", DeviceCount, i => DemoDevices.Device(directory, i, Time), null, maxTop: 1000),
        (["deviceManagement", "deviceCompliancePolicies"], true) => List(ctx, "deviceManagement/deviceCompliancePolicies", [.. DemoDevices.CompliancePolicies()]),
        (["identityGovernance", "accessReviews", "definitions"], true) =>
            List(ctx, "identityGovernance/accessReviews/definitions", [.. DemoHygiene.AccessReviews()]),
        (["identityGovernance", "accessReviews", "definitions", var id, "instances"], true) =>
            List(ctx, $"identityGovernance/accessReviews/definitions('{id}')/instances", [.. DemoHygiene.Instances(id, Time)]),
        (["auditLogs", "directoryAudits"], true) => List(ctx, "auditLogs/directoryAudits", [.. DemoHygiene.DirectoryAudits(directory, Time)]),
        (["solutions", "backupRestore"], true) => Json(ctx, With(DemoHygiene.BackupRestore(), "@odata.context", Metadata(ctx, "solutions/backupRestore/$entity"))),
        (["solutions", "backupRestore", "protectionPolicies"], true) => List(ctx, "solutions/backupRestore/protectionPolicies", [.. DemoHygiene.ProtectionPolicies()]),
        _ => null,
    };

    /// <summary>A small list paged, filtered and projected like any other collection.</summary>
    private Task List(HttpContext ctx, string context, IReadOnlyList<Dictionary<string, object?>> items, int? maxTop = null) =>
        PageAsync(ctx, context, items.Count, i => items[i], null, maxTop);

    /// <summary>Users carry createdDateTime and signInActivity only when asked for, as Graph does.</summary>
    private Dictionary<string, object?> WithSignIns(DemoGraphQuery q, DemoUser user)
    {
        var json = DemoGraphJson.User(user);
        if (q.Select?.Contains("signInActivity", StringComparer.OrdinalIgnoreCase) == true)
        {
            foreach (var kv in DemoHygiene.SignInFields(user, Time))
                json[kv.Key] = kv.Value;
        }
        return json;
    }
}
