namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>The three kinds of user the product serves; carried as role claims.</summary>
public static class AppRoles
{
    public const string Ciso = "CISO";
    public const string Board = "Board";
    public const string Employee = "Employee";
}

/// <summary>Authorization policy names used by endpoints: <c>.RequireAuthorization(AuthPolicies.Ciso)</c>.</summary>
public static class AuthPolicies
{
    /// <summary>Security lead only: runs collections, starts approval rounds and campaigns, exports audit packs.</summary>
    public const string Ciso = "ciso";

    /// <summary>Board members and the CISO: approvals, board training, board summary.</summary>
    public const string BoardOrCiso = "board-or-ciso";

    /// <summary>Any signed-in member of the tenant (employees see their own training only).</summary>
    public const string Member = "member";
}

/// <summary>Claim types as Entra puts them in tokens, so dev and real users look alike to endpoints.</summary>
public static class AppClaims
{
    public const string ObjectId = "oid";
    public const string TenantId = "tid";
    public const string Name = "name";
    public const string Upn = "preferred_username";
    public const string Role = "roles";
}
