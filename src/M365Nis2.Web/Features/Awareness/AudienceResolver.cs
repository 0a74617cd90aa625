using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>Raised for an audience that does not resolve (unknown group or user, nobody in it): a 400 for the caller.</summary>
[FeatureContract]
public sealed class AudienceException(string message) : Exception(message);

/// <summary>
/// Who receives a campaign. "all" pages through Graph /users and keeps enabled members (userType Member): that is
/// "everyone" in any tenant without depending on an all-staff group being maintained; guests are left out.
/// A group id resolves transitively through <see cref="IGroupDirectory"/>; explicit ids are looked up one by one.
/// </summary>
[FeatureContract]
public sealed class AudienceResolver(GraphServiceClient graph, IGroupDirectory groups)
{
    public const string Everyone = "all";

    private static readonly string[] Fields = ["id", "displayName", "userPrincipalName", "preferredLanguage", "userType", "accountEnabled"];

    public async Task<IReadOnlyList<DirectoryUser>> ResolveAsync(string? groupId, IReadOnlyList<string>? recipientIds, CancellationToken ct)
    {
        var hasGroup = !string.IsNullOrWhiteSpace(groupId);
        var hasIds = recipientIds is { Count: > 0 };
        if (hasGroup == hasIds)
        {
            throw new AudienceException("Give either audienceGroupId (a group id or \"all\") or recipientIds, not both and not neither.");
        }
        IReadOnlyList<DirectoryUser> users = hasIds ? await UsersAsync(recipientIds!, ct)
            : string.Equals(groupId, Everyone, StringComparison.OrdinalIgnoreCase) ? await EveryoneAsync(ct)
            : await GroupAsync(groupId!, ct);
        var distinct = users.Where(u => u.ObjectId.Length > 0).DistinctBy(u => u.ObjectId).ToList();
        return distinct.Count == 0 ? throw new AudienceException("The audience has no users.") : distinct;
    }

    private async Task<IReadOnlyList<DirectoryUser>> GroupAsync(string groupId, CancellationToken ct)
    {
        if (!Guid.TryParse(groupId, out _))
        {
            throw new AudienceException($"audienceGroupId '{groupId}' is neither \"all\" nor a group object id.");
        }
        try
        {
            return await groups.GetMembersAsync(groupId, ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode is 404 or 400)
        {
            throw new AudienceException($"Group '{groupId}' was not found in the directory.");
        }
    }

    private async Task<IReadOnlyList<DirectoryUser>> UsersAsync(IReadOnlyList<string> ids, CancellationToken ct)
    {
        var users = new List<DirectoryUser>();
        foreach (var id in ids.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            User? user = null;
            try
            {
                user = Guid.TryParse(id, out _) ? await graph.Users[id].GetAsync(r => r.QueryParameters.Select = Fields, ct) : null;
            }
            catch (ODataError e) when (e.ResponseStatusCode is 404 or 400)
            {
            }
            users.Add(user is { AccountEnabled: not false } ? ToDirectoryUser(user) : throw new AudienceException($"User '{id}' was not found or is disabled."));
        }
        return users;
    }

    private async Task<IReadOnlyList<DirectoryUser>> EveryoneAsync(CancellationToken ct)
    {
        var users = new List<DirectoryUser>();
        var first = await graph.Users.GetAsync(r =>
        {
            r.QueryParameters.Select = Fields;
            r.QueryParameters.Top = 999;
        }, ct);
        if (first is null)
        {
            return users;
        }
        var pages = PageIterator<User, UserCollectionResponse>.CreatePageIterator(graph, first, user =>
        {
            if (user.AccountEnabled != false && string.Equals(user.UserType, "Member", StringComparison.OrdinalIgnoreCase))
            {
                users.Add(ToDirectoryUser(user));
            }
            return true;
        });
        await pages.IterateAsync(ct);
        return users;
    }

    private static DirectoryUser ToDirectoryUser(User user) => new(user.Id ?? "", user.DisplayName ?? user.UserPrincipalName ?? "",
        user.UserPrincipalName ?? "", string.IsNullOrWhiteSpace(user.PreferredLanguage) ? "en" : user.PreferredLanguage);
}
