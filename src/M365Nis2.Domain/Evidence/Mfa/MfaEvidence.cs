namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Everything the Art. 21(2)(j) MFA rules read except user registrations, which are streamed into a
/// <see cref="RegistrationAccumulator"/> because a tenant can hold 100 000 users.
/// </summary>
/// <param name="DisplayNames">Optional id → display name for users, groups and roles, so findings name what a CA policy excludes.</param>
public sealed record MfaEvidence(
    Collected<IReadOnlyList<ConditionalAccessPolicy>> ConditionalAccess,
    Collected<SecurityDefaults> SecurityDefaults,
    Collected<IReadOnlyList<RoleAssignment>> RoleAssignments,
    Collected<AuthenticationMethodsSummary>? AuthenticationMethods = null,
    IReadOnlyDictionary<string, string>? DisplayNames = null)
{
    /// <summary>"Name (id)" when the name is known, else the id.</summary>
    public string Name(string id) =>
        DisplayNames is not null && DisplayNames.TryGetValue(id, out var name) ? $"{name} ({id})" : id;
}
