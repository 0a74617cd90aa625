namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>One directory role assignment (<c>roleManagement/directory/roleAssignments</c>).</summary>
/// <param name="RoleTemplateId">The role definition id; for built-in roles it equals the role template id.</param>
/// <param name="PrincipalId">A user, group or service principal id.</param>
public sealed record RoleAssignment(string RoleTemplateId, string PrincipalId, string? PrincipalDisplayName = null);

/// <summary><c>/policies/identitySecurityDefaultsEnforcementPolicy</c>.</summary>
public sealed record SecurityDefaults(bool IsEnabled);

/// <summary>A summary of <c>/policies/authenticationMethodsPolicy</c>; optional, only adds advice.</summary>
/// <param name="EnabledMethods">Method configuration ids whose state is enabled (e.g. "Fido2", "Sms", "Voice").</param>
/// <param name="RegistrationCampaignEnabled">Whether the Authenticator registration campaign nudges users; null if unknown.</param>
public sealed record AuthenticationMethodsSummary(IReadOnlyList<string> EnabledMethods, bool? RegistrationCampaignEnabled);
