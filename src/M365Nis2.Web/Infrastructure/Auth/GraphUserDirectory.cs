using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.CheckMemberGroups;

namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>
/// Users, roles and group members from the tenant through the Graph SDK, so the same code serves the demo tenant and a
/// real one. Members of the tenant are Employees; guests get no role unless they are in the CISO or board group.
/// Results are cached briefly (Roles:CacheDuration) because every request's authorization asks.
/// </summary>
public sealed class GraphUserDirectory(GraphServiceClient graph, IMemoryCache cache, IOptions<RolesOptions> options)
    : IUserDirectory, IBoardDirectory, IGroupDirectory
{
    private static readonly string[] UserFields = ["id", "displayName", "userPrincipalName", "preferredLanguage", "userType", "accountEnabled"];

    public Task<DirectoryUser?> FindByUpnAsync(string upn, CancellationToken ct = default) =>
        Cached("upn:" + upn.ToUpperInvariant(), async () =>
        {
            var page = await graph.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"userPrincipalName eq '{upn.Replace("'", "''", StringComparison.Ordinal)}'";
                r.QueryParameters.Select = UserFields;
            }, ct);
            var user = page?.Value?.FirstOrDefault();
            return user is null ? null : ToDirectoryUser(user);
        });

    public Task<IReadOnlyList<string>> RolesOfAsync(string objectId, CancellationToken ct = default) =>
        Cached<IReadOnlyList<string>>("roles:" + objectId, async () =>
        {
            User? user;
            try
            {
                user = await graph.Users[objectId].GetAsync(r => r.QueryParameters.Select = UserFields, ct);
            }
            catch (ODataError e) when (e.ResponseStatusCode == 404)
            {
                return [];
            }
            if (user is null || user.AccountEnabled == false)
            {
                return [];
            }
            var o = options.Value;
            var roles = new List<string>();
            var groups = new[] { o.CisoGroupId, o.BoardGroupId }.OfType<string>().Where(g => g.Length > 0).ToList();
            var memberOf = groups.Count == 0 ? [] : (await graph.Users[objectId].CheckMemberGroups.PostAsCheckMemberGroupsPostResponseAsync(
                new CheckMemberGroupsPostRequestBody { GroupIds = groups }, cancellationToken: ct))?.Value ?? [];
            if (o.CisoUserIds.Contains(objectId, StringComparer.OrdinalIgnoreCase) || (o.CisoGroupId is not null && memberOf.Contains(o.CisoGroupId)))
            {
                roles.Add(AppRoles.Ciso);
            }
            if (o.BoardGroupId is not null && memberOf.Contains(o.BoardGroupId))
            {
                roles.Add(AppRoles.Board);
            }
            if (string.Equals(user.UserType, "Member", StringComparison.OrdinalIgnoreCase))
            {
                roles.Add(AppRoles.Employee);
            }
            return roles;
        });

    public Task<IReadOnlyList<DirectoryUser>> GetBoardMembersAsync(CancellationToken ct = default)
    {
        var boardGroupId = options.Value.BoardGroupId;
        return string.IsNullOrWhiteSpace(boardGroupId)
            ? throw new InvalidOperationException("Roles:BoardGroupId is not configured: set it to the object id of the board's Entra group.")
            : GetMembersAsync(boardGroupId, ct);
    }

    public Task<IReadOnlyList<DirectoryUser>> GetMembersAsync(string groupId, CancellationToken ct = default) =>
        Cached<IReadOnlyList<DirectoryUser>>("members:" + groupId, async () =>
        {
            var members = new List<DirectoryUser>();
            var first = await graph.Groups[groupId].TransitiveMembers.GetAsync(r =>
            {
                r.QueryParameters.Select = UserFields;
                r.QueryParameters.Top = 999;
            }, ct);
            if (first is null)
            {
                return members;
            }
            var pages = PageIterator<DirectoryObject, DirectoryObjectCollectionResponse>.CreatePageIterator(graph, first, item =>
            {
                if (item is User user)
                {
                    members.Add(ToDirectoryUser(user));
                }
                return true;
            });
            await pages.IterateAsync(ct);
            return members;
        });

    private static DirectoryUser ToDirectoryUser(User user) => new(
        user.Id ?? "",
        user.DisplayName ?? user.UserPrincipalName ?? user.Id ?? "",
        user.UserPrincipalName ?? "",
        string.IsNullOrWhiteSpace(user.PreferredLanguage) ? "en" : user.PreferredLanguage);

    private async Task<T> Cached<T>(string key, Func<Task<T>> load)
    {
        if (cache.TryGetValue(key, out T? hit))
        {
            return hit!;
        }
        var value = await load();
        cache.Set(key, value, options.Value.CacheDuration);
        return value;
    }
}
