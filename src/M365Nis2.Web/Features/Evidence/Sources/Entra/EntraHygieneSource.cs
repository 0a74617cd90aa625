using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Hygiene;
using Microsoft.Extensions.Options;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary><c>Evidence:Sources:Entra</c>: see <see cref="HygieneRuleOptions"/>.</summary>
public sealed class EntraSettings
{
    public int InactiveAfterDays { get; set; } = 90;
    public decimal InactiveMetPercent { get; set; } = 2m;
    public decimal InactivePartialPercent { get; set; } = 5m;
    public int GuestInactiveAfterDays { get; set; } = 90;
    public int ReviewMaxAgeDays { get; set; } = 365;
    public int AuditDays { get; set; } = 30;
    public int NamedLimit { get; set; } = 50;

    /// <summary>
    /// <c>$top</c> when listing users with signInActivity. That listing has its own throttle (10 requests / min), so big
    /// pages matter; 500 is what Graph serves per page with signInActivity selected.
    /// </summary>
    public int UsersPageSize { get; set; } = 500;

    /// <summary>Most access review definitions whose instances are read (one request each).</summary>
    public int MaxAccessReviews { get; set; } = 100;

    public HygieneRuleOptions ToRules() =>
        new(InactiveAfterDays, InactiveMetPercent, InactivePartialPercent, GuestInactiveAfterDays, ReviewMaxAgeDays, AuditDays, NamedLimit);
}

/// <summary>
/// Entra hygiene: users with signInActivity (streamed), access review definitions and their completed instances, and
/// the directory audit log's RoleManagement and Policy events. Permissions User.Read.All + AuditLog.Read.All (sign-in
/// activity and audit log, Entra ID P1), AccessReview.Read.All (Entra ID P2 / Governance). Throttles: sign-in activity
/// 10 / min, reports and logs 5 / 10 s.
/// </summary>
public sealed class EntraHygieneSource(IOptions<SourcesOptions> options) : IEvidenceSource
{
    private const string P1 = "Microsoft Entra ID P1 or P2";
    private static readonly GraphFailureSource Users = new("users.signInActivity", "User.Read.All and AuditLog.Read.All", P1);
    private static readonly GraphFailureSource Reviews = new("accessReviews", "AccessReview.Read.All", "Microsoft Entra ID P2 or Microsoft Entra ID Governance");
    private static readonly GraphFailureSource Audits = new("directoryAudits", "AuditLog.Read.All", P1);
    private static readonly string[] UserSelect = ["id", "displayName", "userPrincipalName", "userType", "accountEnabled", "createdDateTime", "signInActivity"];

    public string Key => HygieneChecks.Source;

    public string Title => "Microsoft Entra ID";

    public IReadOnlyList<string> ControlIds { get; } = [Measures.Effectiveness, Measures.AccessAndAssets];

    public async Task<SourceOutcome> CollectAsync(SourceReader reader, CancellationToken ct)
    {
        var settings = options.Value.Entra;
        var rules = settings.ToRules();
        var graph = reader.Graph;
        var accumulator = new UserActivityAccumulator(rules, reader.Now);
        var status = await reader.StreamAsync(Users, $"GET /users?$select={string.Join(',', UserSelect)}&$top={settings.UsersPageSize}",
            () => graph.Users.GetAsync(r => { r.QueryParameters.Select = UserSelect; r.QueryParameters.Top = settings.UsersPageSize; }, ct),
            next => graph.Users.WithUrl(next).GetAsync(cancellationToken: ct),
            p => p.Value, u => accumulator.Add(User(u)), u => $"{u.Id}\t{u.AccountEnabled}\t{u.UserType}\t{LastSignIn(u):O}", ct);
        var users = status.IsOk ? accumulator.Complete() : accumulator.Fail(status);

        var reviews = await ReviewsAsync(reader, settings, ct);
        var since = reader.Now.AddDays(-rules.AuditDays).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var audits = await AuditsAsync(reader, since, ct);
        var evaluation = HygieneEvaluator.Evaluate(users, new HygieneEvidence(reviews, audits), rules, reader.Now);
        return new SourceOutcome(evaluation, new JsonObject { ["tally"] = JsonSerializer.SerializeToNode(users, SourceArtefact.Json) });
    }

    private static async Task<Collected<IReadOnlyList<AccessReview>>> ReviewsAsync(SourceReader reader, EntraSettings settings, CancellationToken ct)
    {
        var definitions = reader.Graph.IdentityGovernance.AccessReviews.Definitions;
        var read = await reader.ListAsync(Reviews, "GET /identityGovernance/accessReviews/definitions?$select=id,displayName,status",
            () => definitions.GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "status"], ct),
            next => definitions.WithUrl(next).GetAsync(cancellationToken: ct), p => p.Value, d => d, ct);
        if (!read.TryGet(out var list))
            return Collected.NotCollected<IReadOnlyList<AccessReview>>(read.Status);

        var reviews = new List<AccessReview>();
        foreach (var d in list.Take(settings.MaxAccessReviews))
        {
            // The newest completed instance; a failed read of one definition's instances leaves it "never completed".
            var instances = await reader.ListAsync(Reviews with { Name = $"accessReviews.{d.Id}.instances" },
                $"GET /identityGovernance/accessReviews/definitions/{d.Id}/instances?$filter=status eq 'Completed'",
                () => definitions[d.Id].Instances.GetAsync(r => { r.QueryParameters.Filter = "status eq 'Completed'"; r.QueryParameters.Select = ["id", "status", "endDateTime"]; }, ct),
                next => definitions[d.Id].Instances.WithUrl(next).GetAsync(cancellationToken: ct), p => p.Value, i => i, ct);
            var completed = instances.TryGet(out var found) ? found.Max(i => i.EndDateTime) : null;
            reviews.Add(new AccessReview(d.Id ?? "", d.DisplayName ?? d.Id ?? "(unnamed)", d.Status ?? "unknown", completed));
        }
        return Collected.Ok<IReadOnlyList<AccessReview>>(reviews);
    }

    private static async Task<Collected<IReadOnlyList<DirectoryAuditEvent>>> AuditsAsync(SourceReader reader, string since, CancellationToken ct)
    {
        var audits = reader.Graph.AuditLogs.DirectoryAudits;
        var all = new List<DirectoryAuditEvent>();
        foreach (var category in new[] { "RoleManagement", "Policy" })
        {
            var filter = $"activityDateTime ge {since} and category eq '{category}'";
            var read = await reader.ListAsync(Audits with { Name = $"directoryAudits.{category}" }, $"GET /auditLogs/directoryAudits?$filter={filter}",
                () => audits.GetAsync(r => r.QueryParameters.Filter = filter, ct),
                next => audits.WithUrl(next).GetAsync(cancellationToken: ct), p => p.Value, Audit, ct);
            if (!read.TryGet(out var events))
                return Collected.NotCollected<IReadOnlyList<DirectoryAuditEvent>>(read.Status);
            all.AddRange(events);
        }
        return Collected.Ok<IReadOnlyList<DirectoryAuditEvent>>(all);
    }

    private static DirectoryUser User(Graph.User u) => new(u.Id ?? "", u.UserPrincipalName ?? u.Id ?? "", u.DisplayName ?? u.UserPrincipalName ?? "",
        string.Equals(u.UserType, "Guest", StringComparison.OrdinalIgnoreCase), u.AccountEnabled ?? true, u.CreatedDateTime, LastSignIn(u));

    /// <summary>The later of interactive and non-interactive sign-ins: a mailbox synced by a phone is in use.</summary>
    private static DateTimeOffset? LastSignIn(Graph.User u) =>
        new[] { u.SignInActivity?.LastSignInDateTime, u.SignInActivity?.LastNonInteractiveSignInDateTime }.Max();

    private static DirectoryAuditEvent Audit(Graph.DirectoryAudit a) => new(
        a.Id ?? "", a.ActivityDisplayName ?? "", a.Category ?? "", a.ActivityDateTime ?? DateTimeOffset.MinValue,
        a.InitiatedBy?.User?.UserPrincipalName ?? a.InitiatedBy?.App?.DisplayName ?? "unknown",
        string.Join(", ", (a.TargetResources ?? []).Select(t => t.DisplayName ?? t.UserPrincipalName ?? t.Id).Where(t => t is not null)),
        a.Result is { } r ? GraphMfaMapping.GraphName(r) : "unknown", a.LoggedByService);
}
