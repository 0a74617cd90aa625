using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;
using Microsoft.Graph;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// Reads every row of the registration report, page by page, into a <see cref="RegistrationAccumulator"/> (only counts
/// and bounded names are kept). One reports request per 999 users: at 100 000 users the throttle makes this ~200 s.
/// </summary>
internal sealed class RegistrationFullScan(EvidenceOptions options, ILogger logger)
{
    internal static readonly string[] Select = ["id", "userPrincipalName", "userDisplayName", "isAdmin", "isMfaRegistered", "userType"];

    public string Request => $"GET /reports/authenticationMethods/userRegistrationDetails?$select={string.Join(',', Select)}&$top={options.PageSize}";

    public async Task<RegistrationRead> ReadAsync(GraphServiceClient graph, MfaRuleOptions rules, IReadOnlyCollection<RoleAssignment>? roles,
        RegistrationScan scan, CancellationToken ct)
    {
        var accumulator = new RegistrationAccumulator(rules, roles);
        using var digest = new RowDigest();
        var status = CollectionStatus.Ok;
        try
        {
            await ReadPagesAsync(graph, null, options.PageSize, digest, row => accumulator.Add(GraphMfaMapping.Registration(row)), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            status = GraphMfaMapping.Status(GraphFailureSource.Registrations, e);
            logger.LogWarning("Evidence: userRegistrationDetails not collected after {Pages} pages: {Status}", digest.Pages, status.Describe());
        }
        var tally = status.IsOk ? accumulator.Complete() : accumulator.Fail(status);
        return new RegistrationRead(tally, digest.Finish(Request), scan);
    }

    /// <summary>Pages through the report (optionally filtered), handing each row over and dropping each page after it.</summary>
    internal static async Task ReadPagesAsync(GraphServiceClient graph, string? filter, int pageSize, RowDigest digest,
        Action<Microsoft.Graph.Models.UserRegistrationDetails> add, CancellationToken ct)
    {
        var builder = graph.Reports.AuthenticationMethods.UserRegistrationDetails;
        var page = await builder.GetAsync(r =>
        {
            r.QueryParameters.Select = Select;
            r.QueryParameters.Top = pageSize;
            r.QueryParameters.Filter = filter;
        }, ct);
        while (page is not null)
        {
            digest.Page();
            foreach (var row in page.Value ?? [])
            {
                digest.Add(row);
                add(row);
            }
            page = string.IsNullOrEmpty(page.OdataNextLink) ? null : await builder.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: ct);
        }
    }
}
