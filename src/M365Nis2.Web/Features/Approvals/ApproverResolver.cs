using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>Who approves: named users (checked against the tenant), an Entra group, or by default the board group.</summary>
public sealed class ApproverResolver(IBoardDirectory board, IGroupDirectory groups, GraphServiceClient graph)
{
    /// <summary>The approvers, or a problem (unknown users, unknown group, board group not configured).</summary>
    public async Task<(IReadOnlyList<Approver> Approvers, CodedText? Problem)> ResolveAsync(IReadOnlyList<string>? approverIds, string? groupId, CancellationToken ct)
    {
        if (approverIds is { Count: > 0 } ids)
        {
            var found = new List<Approver>();
            var unknown = new List<string>();
            foreach (var id in ids.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (await DisplayNameAsync(id, ct) is { } name)
                    found.Add(new Approver(id, name));
                else
                    unknown.Add(id);
            }
            return unknown.Count > 0 ? ([], ApprovalInputTexts.UsersUnknown.With(string.Join(", ", unknown))) : (found, null);
        }
        try
        {
            var members = groupId is { } group ? await groups.GetMembersAsync(group, ct) : await board.GetBoardMembersAsync(ct);
            return ([.. members.Select(m => new Approver(m.ObjectId, m.DisplayName))], null);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return ([], ApprovalInputTexts.GroupUnknown.With(groupId));
        }
        catch (InvalidOperationException e)
        {
            return ([], CommonTexts.AsGiven.With(e.Message)); // Roles:BoardGroupId not configured: the setting's own message
        }
    }

    private async Task<string?> DisplayNameAsync(string objectId, CancellationToken ct)
    {
        if (!Guid.TryParse(objectId, out _))
            return null;
        try
        {
            var user = await graph.Users[objectId].GetAsync(r => r.QueryParameters.Select = ["id", "displayName"], ct);
            return user?.DisplayName ?? user?.Id;
        }
        catch (ODataError e) when (e.ResponseStatusCode == 404)
        {
            return null;
        }
    }
}

[FeatureContract]
public static class ApprovalSubjectRegistration
{
    /// <summary>Registers the handler told of decisions on its subject kind (see <see cref="IApprovalSubjectHandler"/>).</summary>
    public static IServiceCollection AddApprovalSubjectHandler<T>(this IServiceCollection services) where T : class, IApprovalSubjectHandler =>
        services.AddSingleton<IApprovalSubjectHandler, T>();
}
