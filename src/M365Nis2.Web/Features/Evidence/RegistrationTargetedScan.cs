using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Web.Infrastructure.Graph;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// Reads the registration report without a full scan (see docs/graph-permissions.md, "Targeted collection"): the report's
/// own row count (<c>usersRegisteredByFeature</c>), the rows filtered <c>isAdmin eq true</c> and <c>isMfaRegistered eq
/// false</c> (both supported by <c>$filter</c> on v1.0), and the enabled members and guests counted by the directory
/// (<c>/users/$count</c>, an advanced query: <c>ConsistencyLevel: eventual</c>; the directory's throttle, not the
/// reports'). <see cref="TargetedRegistration"/> checks that these add up. When Graph refuses one of these queries, or
/// the numbers disagree, the caller reads the full report instead; a refusal for lack of permission or licence, or a
/// report that stays throttled, is final because the full scan would meet the same refusal.
/// </summary>
internal sealed class RegistrationTargetedScan(EvidenceOptions options, ILogger logger)
{
    /// <summary>More privileged principals outside the admin flag than this are not looked up one by one.</summary>
    internal const int HiddenAdminLookupLimit = 100;

    private const string MembersFilter = "userType eq 'Member' and accountEnabled eq true";
    private const string GuestsFilter = "userType eq 'Guest' and accountEnabled eq true";

    public string Request =>
        $"GET /reports/authenticationMethods/usersRegisteredByFeature(); " +
        $"GET /reports/authenticationMethods/userRegistrationDetails?$filter=isAdmin eq true&$select={string.Join(',', RegistrationFullScan.Select)}&$top={options.PageSize}; " +
        $"GET /reports/authenticationMethods/userRegistrationDetails?$filter=isMfaRegistered eq false&$select={string.Join(',', RegistrationFullScan.Select)}&$top={options.PageSize}; " +
        $"GET /users/$count?$filter={MembersFilter}; GET /users/$count?$filter={GuestsFilter} (ConsistencyLevel: eventual)";

    /// <summary>The tally read the targeted way, or null with the reason to fall back to the full scan.</summary>
    public async Task<(RegistrationRead? Read, string? FallBack)> ReadAsync(GraphServiceClient graph, MfaRuleOptions rules,
        IReadOnlyCollection<RoleAssignment>? roles, CancellationToken ct)
    {
        var targeted = new TargetedRegistration(rules, roles);
        using var digest = new RowDigest();
        // The directory counts run under the directory's throttle, so they overlap the paced report requests.
        var counting = CountsAsync(graph, ct);
        int reportRows;
        try
        {
            var summary = await graph.Reports.AuthenticationMethods.UsersRegisteredByFeature.GetAsync(cancellationToken: ct);
            reportRows = (int)(summary?.TotalUserCount ?? -1);
            await RegistrationFullScan.ReadPagesAsync(graph, "isAdmin eq true", options.PageSize, digest,
                row => targeted.AddAdmin(GraphMfaMapping.Registration(row)), ct);
            await RegistrationFullScan.ReadPagesAsync(graph, "isMfaRegistered eq false", options.PageSize, digest,
                row => targeted.AddUnregistered(GraphMfaMapping.Registration(row)), ct);
        }
        catch (ODataError e) when (!IsFinal(e))
        {
            await counting;
            return (null, $"Graph refused a filtered report query: {GraphFailure.Describe(e)}");
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var status = GraphMfaMapping.Status(GraphFailureSource.Registrations, e);
            logger.LogWarning("Evidence: userRegistrationDetails not collected (targeted, {Rows} rows read): {Status}", digest.Rows, status.Describe());
            await counting;
            var failed = new RegistrationAccumulator(rules, roles).Fail(status);
            return (new RegistrationRead(failed, digest.Finish(Request), new RegistrationScan("targeted")), null);
        }

        var (members, guests, refused) = await counting;
        if (refused is not null)
            return (null, $"the directory count was refused: {refused}");
        var unresolved = targeted.UnresolvedPrivilegedIds();
        if (unresolved.Count > HiddenAdminLookupLimit)
            return (null, $"{unresolved.Count} privileged role holders are not flagged isAdmin in the report (more than {HiddenAdminLookupLimit} to look up)");
        var totals = new RegistrationTotals(members, guests, reportRows);
        int hidden;
        try
        {
            hidden = await EnabledUsersAsync(graph, unresolved, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (null, $"the directory lookup of a privileged role holder failed: {(e is ODataError o ? GraphFailure.Describe(o) : e.Message)}");
        }

        var outcome = targeted.Complete(totals, hidden);
        if (!outcome.Agrees)
            return (null, $"the totals and the rows disagree: {outcome.Disagreement}");
        var scan = new RegistrationScan("targeted", null, totals, unresolved.Count);
        return (new RegistrationRead(outcome.Tally!, digest.Finish(Request), scan), null);
    }

    /// <summary>Refusals the full scan would meet too: no permission or licence, or the reports still throttled after retries.</summary>
    private static bool IsFinal(ODataError e) => GraphFailure.Classify(e) is GraphFailureKind.PermissionMissing or GraphFailureKind.LicenceMissing
        or GraphFailureKind.Throttled or GraphFailureKind.Unavailable;

    /// <summary>Enabled members and guests; never throws (a refusal comes back as text, so the task is always observed).</summary>
    private static async Task<(int Members, int Guests, string? Refused)> CountsAsync(GraphServiceClient graph, CancellationToken ct)
    {
        try
        {
            return (await CountAsync(graph, MembersFilter, ct), await CountAsync(graph, GuestsFilter, ct), null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return (0, 0, e is ODataError o ? GraphFailure.Describe(o) : e.Message);
        }
    }

    private static async Task<int> CountAsync(GraphServiceClient graph, string filter, CancellationToken ct)
    {
        var count = await graph.Users.Count.GetAsync(r =>
        {
            r.QueryParameters.Filter = filter;
            r.Headers.Add("ConsistencyLevel", "eventual");
        }, ct);
        return count ?? throw new InvalidOperationException("Graph returned no count.");
    }

    /// <summary>How many of the ids are enabled users (the rest are groups, service principals or disabled accounts).</summary>
    private static async Task<int> EnabledUsersAsync(GraphServiceClient graph, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var enabled = 0;
        foreach (var id in ids)
        {
            try
            {
                var user = await graph.Users[id].GetAsync(r => r.QueryParameters.Select = ["id", "accountEnabled"], ct);
                if (user?.AccountEnabled == true)
                    enabled++;
            }
            catch (ODataError e) when (e.ResponseStatusCode == 404)
            {
                // Not a user: a role held by a group or a service principal has no row in the report.
            }
        }
        return enabled;
    }
}
