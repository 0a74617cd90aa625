using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

/// <summary>Small builders so each test states only what matters to it.</summary>
internal static class Given
{
    public const string BreakGlassId = "bg-0001";
    public const string AdminId = "admin-1";

    public static MfaRuleOptions Options { get; } = new(BreakGlassAccounts: [BreakGlassId, "breakglass2@contoso.com"]);

    public static ConditionalAccessPolicy MfaForAll(
        string name = "Require MFA for all users",
        PolicyState state = PolicyState.Enabled,
        PolicyUsers? users = null,
        PolicyApplications? apps = null,
        PolicyGrant? grant = null,
        IReadOnlyList<string>? clientAppTypes = null,
        PolicyNarrowing? narrowing = null) =>
        new($"id-{name}", name, state, users ?? PolicyUsers.AllUsers, apps ?? PolicyApplications.AllApps,
            grant ?? new PolicyGrant(GrantOperator.Or, ["mfa"]), clientAppTypes ?? ["all"], narrowing);

    public static ConditionalAccessPolicy BlockLegacy(
        string name = "Block legacy authentication",
        PolicyState state = PolicyState.Enabled,
        PolicyUsers? users = null,
        IReadOnlyList<string>? clientAppTypes = null) =>
        new($"id-{name}", name, state, users ?? PolicyUsers.AllUsers, PolicyApplications.AllApps,
            new PolicyGrant(GrantOperator.Or, ["block"]), clientAppTypes ?? ["exchangeActiveSync", "other"]);

    public static PolicyUsers AllUsersExcept(
        IReadOnlyList<string>? users = null, IReadOnlyList<string>? groups = null, IReadOnlyList<string>? roles = null) =>
        new(["All"], users ?? [], [], groups ?? [], [], roles ?? []);

    public static PolicyUsers Roles(params string[] roles) => new([], [], [], [], roles, []);

    public static MfaEvidence Evidence(
        IReadOnlyList<ConditionalAccessPolicy>? policies = null,
        bool securityDefaults = false,
        IReadOnlyList<RoleAssignment>? roles = null,
        CollectionStatus? caStatus = null,
        CollectionStatus? defaultsStatus = null,
        IReadOnlyDictionary<string, string>? names = null,
        Collected<AuthenticationMethodsSummary>? methods = null) =>
        new(
            caStatus is { IsOk: false } ? Collected.NotCollected<IReadOnlyList<ConditionalAccessPolicy>>(caStatus) : Collected.Ok(policies ?? []),
            defaultsStatus is { IsOk: false } ? Collected.NotCollected<SecurityDefaults>(defaultsStatus) : Collected.Ok(new SecurityDefaults(securityDefaults)),
            Collected.Ok(roles ?? [new RoleAssignment(PrivilegedRoles.GlobalAdministrator, AdminId, "Ada Admin")]),
            methods,
            names);

    /// <summary>The tenant an auditor hopes to see: baseline MFA, admin MFA, legacy blocked, everyone registered.</summary>
    public static MfaEvidence WellConfigured() =>
        Evidence([MfaForAll(users: AllUsersExcept(users: [BreakGlassId])), BlockLegacy()]);

    public static UserRegistration Member(string id, bool registered, bool? enabled = null) =>
        new(id, $"{id}@contoso.com", $"User {id}", IsAdmin: false, registered, UserKind.Member, enabled);

    public static UserRegistration Guest(string id, bool registered) =>
        new(id, $"{id}_ext#@contoso.com", $"Guest {id}", IsAdmin: false, registered, UserKind.Guest);

    public static UserRegistration Admin(string id, bool registered, bool flagged = true) =>
        new(id, $"{id}@contoso.com", $"Admin {id}", IsAdmin: flagged, registered);

    /// <summary>A tenant of <paramref name="total"/> members of whom <paramref name="registered"/> are registered, plus a registered admin.</summary>
    public static IEnumerable<UserRegistration> Members(int total, int registered) =>
        Enumerable.Range(0, total).Select(i => Member($"u{i}", i < registered));

    public static RegistrationTally Tally(IEnumerable<UserRegistration> users, MfaRuleOptions? options = null) =>
        RegistrationAccumulator.Tally(users, options ?? Options,
            [new RoleAssignment(PrivilegedRoles.GlobalAdministrator, AdminId, "Ada Admin")]);

    public static RegistrationTally AllRegistered() => Tally([.. Members(10, 10), Admin(AdminId, registered: true)]);
}
