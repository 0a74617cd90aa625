namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>A tenant user as the app needs it for authorization and display.</summary>
public sealed record DirectoryUser(string ObjectId, string DisplayName, string UserPrincipalName, string PreferredLanguage);

/// <summary>Looks users up and tells which app roles they hold (CISO user/group, board group, everyone else employee).</summary>
public interface IUserDirectory
{
    Task<DirectoryUser?> FindByUpnAsync(string upn, CancellationToken ct = default);

    Task<IReadOnlyList<string>> RolesOfAsync(string objectId, CancellationToken ct = default);
}
