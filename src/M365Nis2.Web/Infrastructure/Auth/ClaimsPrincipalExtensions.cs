using System.Security.Claims;

namespace M365Nis2.Web.Infrastructure.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>Entra object id of the caller; endpoints behind an authorization policy always have one.</summary>
    public static string ObjectId(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaims.ObjectId)
        ?? user.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier")
        ?? throw new InvalidOperationException("The caller has no object id claim.");

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AppClaims.Name) ?? user.FindFirstValue(AppClaims.Upn) ?? user.ObjectId();

    public static bool IsCiso(this ClaimsPrincipal user) => user.HasClaim(AppClaims.Role, AppRoles.Ciso);

    public static bool IsBoardMember(this ClaimsPrincipal user) => user.HasClaim(AppClaims.Role, AppRoles.Board);
}
