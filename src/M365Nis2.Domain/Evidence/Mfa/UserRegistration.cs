namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>Whether a user is a member of the tenant or a guest (Graph <c>userType</c>).</summary>
public enum UserKind
{
    Member = 0,
    Guest,
}

/// <summary>One row of <c>/reports/authenticationMethods/userRegistrationDetails</c>, as plain data.</summary>
/// <param name="AccountEnabled">Null when the collector did not join it in; disabled accounts are left out of every ratio.</param>
public sealed record UserRegistration(
    string Id,
    string? UserPrincipalName,
    string? DisplayName,
    bool IsAdmin,
    bool IsMfaRegistered,
    UserKind UserType = UserKind.Member,
    bool? AccountEnabled = null)
{
    /// <summary>How the user is named in findings: "Display Name (upn)", falling back to the id.</summary>
    public string Label => (DisplayName, UserPrincipalName) switch
    {
        ({ Length: > 0 } d, { Length: > 0 } u) => $"{d} ({u})",
        (_, { Length: > 0 } u) => u,
        ({ Length: > 0 } d, _) => $"{d} ({Id})",
        _ => Id,
    };
}
