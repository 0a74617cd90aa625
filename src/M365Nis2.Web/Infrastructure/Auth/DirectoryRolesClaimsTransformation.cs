using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>
/// Tokens that carry app roles (the <c>roles</c> claim: CISO / Board / Employee assigned in Entra) are used as they are;
/// tokens without any get the roles the tenant gives the user (CISO ids/group, board group, membership).
/// </summary>
internal sealed class DirectoryRolesClaimsTransformation(IUserDirectory directory) : IClaimsTransformation
{
    private const string MarkerType = "m365nis2:roles-from-directory";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.HasClaim(c => c.Type is AppClaims.Role or MarkerType))
        {
            return principal;
        }
        var objectId = principal.FindFirstValue(AppClaims.ObjectId)
            ?? principal.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier");
        if (objectId is null)
        {
            return principal;
        }
        var roles = await directory.RolesOfAsync(objectId);
        var transformed = principal.Clone();
        var claims = roles.Select(r => new Claim(AppClaims.Role, r)).Append(new Claim(MarkerType, "true"));
        transformed.AddIdentity(new ClaimsIdentity(claims, "directory-roles", AppClaims.Name, AppClaims.Role));
        return transformed;
    }
}
