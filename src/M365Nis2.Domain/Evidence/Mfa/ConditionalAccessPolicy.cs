namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>Graph <c>conditionalAccessPolicy.state</c>.</summary>
public enum PolicyState
{
    Disabled = 0,
    Enabled,
    /// <summary><c>enabledForReportingButNotEnforced</c>: report-only, enforces nothing.</summary>
    ReportOnly,
}

/// <summary>Graph <c>conditionalAccessGrantControls.operator</c>.</summary>
public enum GrantOperator
{
    /// <summary>All listed controls are required.</summary>
    And = 0,
    /// <summary>Any one listed control satisfies the policy.</summary>
    Or,
}

/// <summary>
/// A Conditional Access policy, reduced to what the MFA rules read. Lists hold Graph's raw values
/// ("All", "None", "GuestsOrExternalUsers", object ids, role template ids, "exchangeActiveSync", …).
/// </summary>
public sealed record ConditionalAccessPolicy(
    string Id,
    string DisplayName,
    PolicyState State,
    PolicyUsers Users,
    PolicyApplications Applications,
    PolicyGrant? Grant,
    IReadOnlyList<string> ClientAppTypes,
    PolicyNarrowing? Narrowing = null)
{
    /// <summary>How the policy is named in findings.</summary>
    public string Label => $"'{DisplayName}' ({Id})";
}

/// <summary><c>conditions.users</c>.</summary>
public sealed record PolicyUsers(
    IReadOnlyList<string> IncludeUsers,
    IReadOnlyList<string> ExcludeUsers,
    IReadOnlyList<string> IncludeGroups,
    IReadOnlyList<string> ExcludeGroups,
    IReadOnlyList<string> IncludeRoles,
    IReadOnlyList<string> ExcludeRoles)
{
    public static PolicyUsers AllUsers { get; } = new(["All"], [], [], [], [], []);
}

/// <summary><c>conditions.applications</c>.</summary>
public sealed record PolicyApplications(IReadOnlyList<string> IncludeApplications, IReadOnlyList<string> ExcludeApplications)
{
    public static PolicyApplications AllApps { get; } = new(["All"], []);
}

/// <summary><c>grantControls</c>; null on a policy that only sets session controls.</summary>
public sealed record PolicyGrant(
    GrantOperator Operator,
    IReadOnlyList<string> BuiltInControls,
    AuthenticationStrength? AuthenticationStrength = null);

/// <summary><c>grantControls.authenticationStrength</c>.</summary>
/// <param name="RequirementsSatisfied">Graph's <c>requirementsSatisfied</c> ("mfa" or "none") when known.</param>
public sealed record AuthenticationStrength(
    string Id,
    string? DisplayName,
    IReadOnlyList<string> AllowedCombinations,
    string? RequirementsSatisfied = null);

/// <summary>
/// Conditions that make a policy apply only sometimes (locations, platforms, risk levels). Any of them set means the
/// policy does not require MFA on every sign-in, which an auditor treats as partial coverage.
/// </summary>
public sealed record PolicyNarrowing(
    IReadOnlyList<string> IncludeLocations,
    IReadOnlyList<string> ExcludeLocations,
    IReadOnlyList<string> IncludePlatforms,
    IReadOnlyList<string> SignInRiskLevels,
    IReadOnlyList<string> UserRiskLevels);
