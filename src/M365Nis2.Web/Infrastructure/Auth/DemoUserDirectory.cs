using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>Roles straight from the built-in demo tenant: the CISO, the board group, and everyone as an employee.</summary>
public sealed class DemoUserDirectory(DemoDirectory demo) : IUserDirectory
{
    public Task<DirectoryUser?> FindByUpnAsync(string upn, CancellationToken ct = default)
    {
        var user = demo.FindByUpn(upn);
        return Task.FromResult(user is null ? null : new DirectoryUser(user.Id, user.DisplayName, user.UserPrincipalName, user.PreferredLanguage));
    }

    public Task<IReadOnlyList<string>> RolesOfAsync(string objectId, CancellationToken ct = default)
    {
        var roles = new List<string>();
        if (demo.Ciso.Id == objectId)
        {
            roles.Add(AppRoles.Ciso);
        }
        if (demo.BoardMembers.Any(b => b.Id == objectId))
        {
            roles.Add(AppRoles.Board);
        }
        if (demo.FindById(objectId) is not null)
        {
            roles.Add(AppRoles.Employee);
        }
        return Task.FromResult<IReadOnlyList<string>>(roles);
    }
}
