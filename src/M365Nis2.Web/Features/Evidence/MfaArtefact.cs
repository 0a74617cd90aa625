using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// The one signed artefact a run stores (kind <c>evidence.mfa</c>, control <c>art21.2.j</c>): every Graph source as read
/// (status and JSON), the registration tally with named offenders and the digest of the rows, and the full evaluation.
/// Everything an auditor needs is in the signed content; the vault's metadata only helps listing.
/// </summary>
public static class MfaArtefact
{
    public const string Kind = "evidence.mfa";
    public const string Schema = "m365nis2/evidence.mfa/v1";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static byte[] Build(string runId, string? tenantId, bool isDemo, Uri graphBaseUrl, MfaSnapshot snapshot, MfaEvaluation evaluation)
    {
        var sources = new JsonObject();
        foreach (var (name, source) in snapshot.Raw.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sources[name] = new JsonObject
            {
                ["request"] = source.Request,
                ["status"] = source.Status.Kind.ToString(),
                ["detail"] = source.Status.IsOk ? null : source.Status.Describe(),
                ["json"] = source.Json?.DeepClone(),
            };
        }

        var document = new JsonObject
        {
            ["schema"] = Schema,
            ["controlId"] = evaluation.ControlId,
            ["runId"] = runId,
            ["tenantId"] = tenantId,
            ["isDemo"] = isDemo,
            ["dataLabel"] = isDemo ? "demo data" : null,
            ["graphBaseUrl"] = graphBaseUrl.ToString(),
            ["collectedAt"] = snapshot.StartedAt,
            ["finishedAt"] = snapshot.FinishedAt,
            ["requests"] = new JsonObject
            {
                ["total"] = snapshot.Counts.Total,
                ["reports"] = snapshot.Counts.Reports,
                ["throttled"] = snapshot.Counts.Throttled,
                ["retryableFailures"] = snapshot.Counts.RetryableFailures,
            },
            ["breakGlassAccounts"] = JsonSerializer.SerializeToNode(snapshot.BreakGlassIds, Json),
            ["sources"] = sources,
            ["registration"] = new JsonObject
            {
                ["tally"] = JsonSerializer.SerializeToNode(snapshot.Registration, Json),
                ["memberPercent"] = snapshot.Registration.MemberPercent,
                ["adminPercent"] = AdminPercent(snapshot.Registration),
                ["digest"] = JsonSerializer.SerializeToNode(snapshot.RegistrationDigest, Json),
                ["digestFormat"] = "sha256 over UTF-8 lines 'id\\tisAdmin\\tisMfaRegistered\\tuserType\\n' in the order requested and returned",
                ["scan"] = JsonSerializer.SerializeToNode(snapshot.RegistrationScan, Json),
            },
            ["evaluation"] = JsonSerializer.SerializeToNode(evaluation, Json),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    /// <summary>Registered share of admins in percent; null when unknown or there are no admins.</summary>
    public static decimal? AdminPercent(RegistrationTally tally) =>
        !tally.Status.IsOk || tally.Admins == 0 ? null : Math.Round(100m * (tally.Admins - tally.UnregisteredAdmins.Total) / tally.Admins, 2);
}
