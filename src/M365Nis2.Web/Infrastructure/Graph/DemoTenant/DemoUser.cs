namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>What the demo account is for; drives its MFA registration, admin roles and CA exclusions.</summary>
public enum DemoUserKind
{
    Ciso,
    Board,
    ItAdmin,
    BreakGlass,
    ServiceAccount,
    Guest,
    Employee,
}

/// <summary>A user of the built-in demo tenant, in the shape Graph's /users returns.</summary>
public sealed record DemoUser(
    string Id,
    string DisplayName,
    string GivenName,
    string Surname,
    string UserPrincipalName,
    string JobTitle,
    string PreferredLanguage,
    bool IsGuest = false,
    bool AccountEnabled = true)
{
    public DemoUserKind Kind { get; init; } = DemoUserKind.Employee;

    /// <summary>Position in the directory; page tokens and the registration mix are derived from it.</summary>
    public int Index { get; init; }

    /// <summary>Employee number (1-based) for employees, 0 for everyone else.</summary>
    public int EmployeeNumber { get; init; }

    /// <summary>An employee who has not registered for MFA (set from <see cref="DemoGraphServerOptions.UnregisteredEvery"/>).</summary>
    public bool MfaUnregistered { get; init; }
}
