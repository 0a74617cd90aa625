using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Web.Infrastructure.Graph;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// Reads the Art. 21(2)(j) sources with the real Graph SDK: privileged role assignments first (small; they reveal admins
/// the report does not flag), then the registration report (targeted: totals, admins and only the unregistered rows;
/// or every row, see <see cref="RegistrationScanMode"/>), then CA policies, security defaults
/// and the authentication methods policy. A source Graph refuses becomes NotCollected with the permission or licence
/// to fix; it is never treated as passing.
/// </summary>
public sealed class MfaCollector(ReportsPacer pacer, EvidenceOptions options, TimeProvider time, ILogger<MfaCollector> logger)
{
    public async Task<MfaSnapshot> CollectAsync(Uri baseUrl, IAuthenticationProvider auth, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var counts = new GraphRequestCounts();
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new EvidenceHttpHandler(pacer, counts));
        handlers.Add(new GraphMetricsHandler());
        using var http = GraphClientFactory.Create(handlers);
        var graph = new GraphServiceClient(http, auth, baseUrl.ToString().TrimEnd('/'));
        var raw = new ConcurrentDictionary<string, RawSource>();

        var roles = await ReadAsync(raw, GraphFailureSource.RoleAssignments, "GET /roleManagement/directory/roleAssignments?$expand=principal",
            () => RoleAssignmentsAsync(graph, ct), ct);
        var breakGlass = await GraphNames.BreakGlassIdsAsync(graph, options.BreakGlassAccounts, logger, ct);
        var rules = options.ToRuleOptions(breakGlass);
        // The policies sit under other throttles than the reports, so they are read while the registration read waits for its window.
        var policyReads = PolicyReadsAsync(graph, raw, ct);
        var registration = await RegistrationsAsync(graph, rules, roles, ct);
        var (policies, defaults, methods) = await policyReads;

        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in roles.Value ?? [])
        {
            if (a.PrincipalDisplayName is { } name)
                names.TryAdd(a.PrincipalId, name);
        }

        if (policies.Value is { } read)
            await GraphNames.NamePolicyObjectsAsync(graph, read, names, logger, ct);

        var evidence = new MfaEvidence(
            Map(policies, list => (IReadOnlyList<ConditionalAccessPolicy>)[.. list.Select(GraphMfaMapping.Policy)]),
            Map(defaults, d => new SecurityDefaults(d[0].IsEnabled ?? false)),
            Map(roles, r => (IReadOnlyList<RoleAssignment>)r),
            Map(methods, m => GraphMfaMapping.Methods(m[0])),
            names);
        raw["userRegistrationDetails"] = new RawSource(registration.Digest.Request, registration.Tally.Status, null);
        return new MfaSnapshot(evidence, registration.Tally, new Dictionary<string, RawSource>(raw), registration.Digest, registration.Scan, counts, breakGlass, started, time.GetUtcNow());
    }

    private async Task<(Collected<List<Graph.ConditionalAccessPolicy>>, Collected<List<Graph.IdentitySecurityDefaultsEnforcementPolicy>>, Collected<List<Graph.AuthenticationMethodsPolicy>>)>
        PolicyReadsAsync(GraphServiceClient graph, ConcurrentDictionary<string, RawSource> raw, CancellationToken ct)
    {
        var policies = await ReadAsync(raw, GraphFailureSource.ConditionalAccess, "GET /identity/conditionalAccess/policies",
            () => PoliciesAsync(graph, ct), ct);
        var defaults = await ReadAsync<Graph.IdentitySecurityDefaultsEnforcementPolicy>(raw, GraphFailureSource.SecurityDefaults, "GET /policies/identitySecurityDefaultsEnforcementPolicy",
            async () => await Single(await graph.Policies.IdentitySecurityDefaultsEnforcementPolicy.GetAsync(cancellationToken: ct)), ct);
        var methods = await ReadAsync<Graph.AuthenticationMethodsPolicy>(raw, GraphFailureSource.AuthenticationMethods, "GET /policies/authenticationMethodsPolicy",
            async () => await Single(await graph.Policies.AuthenticationMethodsPolicy.GetAsync(cancellationToken: ct)), ct);
        return (policies, defaults, methods);
    }

    private async Task<RegistrationRead> RegistrationsAsync(
        GraphServiceClient graph, MfaRuleOptions rules, Collected<List<RoleAssignment>> roles, CancellationToken ct)
    {
        var full = new RegistrationFullScan(options, logger);
        if (options.RegistrationScan == RegistrationScanMode.Full)
            return await full.ReadAsync(graph, rules, roles.Value, RegistrationScan.Full, ct);
        var (read, fallBack) = await new RegistrationTargetedScan(options, logger).ReadAsync(graph, rules, roles.Value, ct);
        if (read is not null)
            return read;
        logger.LogWarning("Evidence: targeted registration read fell back to the full scan: {Reason}", fallBack);
        return await full.ReadAsync(graph, rules, roles.Value, RegistrationScan.FellBack(fallBack!), ct);
    }

    private async Task<(List<RoleAssignment>, JsonNode?)> RoleAssignmentsAsync(GraphServiceClient graph, CancellationToken ct)
    {
        // All assignments are read and the privileged ones kept: $filter on roleDefinitionId takes one id per request.
        var builder = graph.RoleManagement.Directory.RoleAssignments;
        var page = await builder.GetAsync(r => r.QueryParameters.Expand = ["principal"], ct);
        var privileged = options.ToRuleOptions();
        var kept = new List<Graph.UnifiedRoleAssignment>();
        while (page is not null)
        {
            kept.AddRange((page.Value ?? []).Where(a => a.RoleDefinitionId is { } id && privileged.IsPrivilegedRole(id)));
            page = string.IsNullOrEmpty(page.OdataNextLink) ? null : await builder.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: ct);
        }
        return ([.. kept.Select(GraphMfaMapping.Role)], await Json(kept));
    }

    private static async Task<(List<Graph.ConditionalAccessPolicy>, JsonNode?)> PoliciesAsync(GraphServiceClient graph, CancellationToken ct)
    {
        var builder = graph.Identity.ConditionalAccess.Policies;
        var page = await builder.GetAsync(cancellationToken: ct);
        var all = new List<Graph.ConditionalAccessPolicy>();
        while (page is not null)
        {
            all.AddRange(page.Value ?? []);
            page = string.IsNullOrEmpty(page.OdataNextLink) ? null : await builder.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: ct);
        }
        return (all, await Json(all));
    }

    private static async Task<(List<T>, JsonNode?)> Single<T>(T? value)
        where T : class, IParsable =>
        value is null ? throw new InvalidOperationException("Graph returned an empty body.") : ([value], await Json(value));

    private static async Task<JsonNode?> Json<T>(T value)
        where T : IParsable =>
        JsonNode.Parse(await KiotaJsonSerializer.SerializeAsStringAsync(value, serializeOnlyChangedValues: false));

    private static async Task<JsonNode?> Json<T>(IEnumerable<T> values)
        where T : IParsable =>
        JsonNode.Parse(await KiotaJsonSerializer.SerializeAsStringAsync(values, serializeOnlyChangedValues: false));

    private async Task<Collected<List<T>>> ReadAsync<T>(ConcurrentDictionary<string, RawSource> raw, GraphFailureSource source, string request,
        Func<Task<(List<T>, JsonNode?)>> read, CancellationToken ct)
        where T : class
    {
        try
        {
            var (value, json) = await read();
            raw[source.Name] = new RawSource(request, CollectionStatus.Ok, json);
            return Collected.Ok(value);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var status = GraphMfaMapping.Status(source, e);
            logger.LogWarning("Evidence: {Source} not collected: {Status}", source.Name, status.Describe());
            raw[source.Name] = new RawSource(request, status, null);
            return Collected.NotCollected<List<T>>(status);
        }
    }

    private static Collected<TOut> Map<TIn, TOut>(Collected<TIn> source, Func<TIn, TOut> map)
        where TIn : class
        where TOut : class =>
        source.TryGet(out var value) ? Collected.Ok(map(value)) : Collected.NotCollected<TOut>(source.Status);

}
