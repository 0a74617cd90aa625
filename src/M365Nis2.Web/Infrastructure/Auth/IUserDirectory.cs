namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>A tenant user as the app needs it for authorization and display.</summary>
public sealed record DirectoryUser(string ObjectId, string DisplayName, string UserPrincipalName, string PreferredLanguage);

/// <summary>Looks users up and tells which app roles they hold (CISO user/group, board group, every member an employee).</summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindByUpnAsync(string upn, CancellationToken ct = default);

    Task<IReadOnlyList<string>> RolesOfAsync(string objectId, CancellationToken ct = default);
}

/// <summary>The board (the management body approving measures): the users of the <c>Roles:BoardGroupId</c> group.</summary>
public interface IBoardDirectory
{
    /// <exception cref="InvalidOperationException">Roles:BoardGroupId is not configured.</exception>
    Task<IReadOnlyList<DirectoryUser>> GetBoardMembersAsync(CancellationToken ct = default);
}

/// <summary>Users of any Entra group, including those in nested groups (transitive), paged through Graph.</summary>
public interface IGroupDirectory
{
    Task<IReadOnlyList<DirectoryUser>> GetMembersAsync(string groupId, CancellationToken ct = default);
}
