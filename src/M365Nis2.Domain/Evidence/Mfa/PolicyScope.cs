using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Findings about who and what a CA policy leaves out. A finding above Info is a gap: it keeps the policy from
/// proving coverage on its own. Shared by the enforcement, admin and legacy checks so they judge scope alike.
/// </summary>
internal static class PolicyScope
{
    private const string All = "All";

    public static bool IncludesAllUsers(ConditionalAccessPolicy policy) => Has(policy.Users.IncludeUsers, All);

    public static bool Has(IReadOnlyList<string> values, string value) =>
        values.Contains(value, StringComparer.OrdinalIgnoreCase);

    /// <summary>Gaps when the policy targets selected users, groups or roles instead of All users.</summary>
    public static IEnumerable<Finding> UserTargeting(ConditionalAccessPolicy policy, MfaEvidence evidence)
    {
        if (IncludesAllUsers(policy))
            yield break;
        var targets = policy.Users.IncludeUsers.Select(u => CommonTexts.Name.With(evidence.Name(u)))
            .Concat(policy.Users.IncludeGroups.Select(g => PolicyTexts.SubjectGroup.With(evidence.Name(g))))
            .Concat(policy.Users.IncludeRoles.Select(r => PolicyTexts.SubjectRole.With(PrivilegedRoles.Label(r))))
            .ToList();
        yield return new Finding(FindingSeverity.Medium,
            PolicyTexts.SelectedUsers.With(policy.Label), targets);
    }

    /// <summary>Gaps for excluded users, groups and roles; named break-glass accounts are accepted with an Info finding.</summary>
    public static IEnumerable<Finding> Exclusions(ConditionalAccessPolicy policy, MfaEvidence evidence, MfaRuleOptions options)
    {
        var users = policy.Users;
        var breakGlass = users.ExcludeUsers.Where(options.IsBreakGlass).ToList();
        if (breakGlass.Count > 0)
        {
            yield return new Finding(FindingSeverity.Info,
                PolicyTexts.BreakGlass.With(policy.Label), [.. breakGlass.Select(evidence.Name)]);
        }

        var privilegedHolders = PrivilegedHolders(evidence, options);
        foreach (var user in users.ExcludeUsers.Where(u => !options.IsBreakGlass(u)))
        {
            if (user.Equals("GuestsOrExternalUsers", StringComparison.OrdinalIgnoreCase))
            {
                yield return new Finding(FindingSeverity.Medium, PolicyTexts.ExcludesGuests.With(policy.Label), [user]);
                continue;
            }

            var admin = privilegedHolders.Contains(user);
            yield return new Finding(admin ? FindingSeverity.High : FindingSeverity.Medium,
                PolicyTexts.ExcludesUser.With(policy.Label, admin ? PolicyTexts.HoldsPrivilegedRole.With() : CommonTexts.None.With()),
                [evidence.Name(user)]);
        }

        if (users.ExcludeGroups.Count > 0)
        {
            yield return new Finding(FindingSeverity.Medium,
                PolicyTexts.ExcludesGroups.With(policy.Label),
                [.. users.ExcludeGroups.Select(evidence.Name)]);
        }

        if (users.ExcludeRoles.Count > 0)
        {
            var privileged = users.ExcludeRoles.Any(options.IsPrivilegedRole);
            yield return new Finding(privileged ? FindingSeverity.High : FindingSeverity.Medium,
                PolicyTexts.ExcludesRoles.With(policy.Label, privileged ? PolicyTexts.IncludingPrivileged.With() : CommonTexts.None.With()),
                [.. users.ExcludeRoles.Select(PrivilegedRoles.Label)]);
        }
    }

    /// <summary>Gaps when the policy targets selected cloud apps or excludes some.</summary>
    public static IEnumerable<Finding> Applications(ConditionalAccessPolicy policy, MfaEvidence evidence)
    {
        var apps = policy.Applications;
        if (!Has(apps.IncludeApplications, All))
        {
            yield return new Finding(FindingSeverity.Medium,
                PolicyTexts.SelectedApps.With(policy.Label),
                [.. apps.IncludeApplications.Select(evidence.Name)]);
        }

        if (apps.ExcludeApplications.Count > 0)
        {
            yield return new Finding(FindingSeverity.Medium, PolicyTexts.ExcludesApps.With(policy.Label),
                [.. apps.ExcludeApplications.Select(evidence.Name)]);
        }
    }

    /// <summary>Gaps when locations, platforms or risk levels make the policy apply only sometimes.</summary>
    public static IEnumerable<Finding> Conditions(ConditionalAccessPolicy policy)
    {
        if (policy.Narrowing is not { } n)
            yield break;
        var parts = new List<CodedText>();
        if (n.IncludeLocations.Any(l => !l.Equals(All, StringComparison.OrdinalIgnoreCase)))
            parts.Add(PolicyTexts.SubjectIncludedLocations.With(string.Join(", ", n.IncludeLocations)));
        if (n.ExcludeLocations.Count > 0)
            parts.Add(PolicyTexts.SubjectExcludedLocations.With(string.Join(", ", n.ExcludeLocations)));
        if (n.IncludePlatforms.Any(p => !p.Equals("all", StringComparison.OrdinalIgnoreCase)))
            parts.Add(PolicyTexts.SubjectPlatforms.With(string.Join(", ", n.IncludePlatforms)));
        if (n.SignInRiskLevels.Count > 0)
            parts.Add(PolicyTexts.SubjectSignInRisk.With(string.Join(", ", n.SignInRiskLevels)));
        if (n.UserRiskLevels.Count > 0)
            parts.Add(PolicyTexts.SubjectUserRisk.With(string.Join(", ", n.UserRiskLevels)));
        if (parts.Count > 0)
        {
            yield return new Finding(FindingSeverity.Medium,
                PolicyTexts.Conditions.With(policy.Label), parts);
        }
    }

    /// <summary>Findings naming report-only and disabled policies that would otherwise count, and saying they do not.</summary>
    public static IEnumerable<Finding> NotEnforced(IEnumerable<ConditionalAccessPolicy> policies, CodedText what, bool outcomeIsMet)
    {
        var severity = outcomeIsMet ? FindingSeverity.Info : FindingSeverity.Medium;
        foreach (var group in policies.Where(p => p.State != PolicyState.Enabled).GroupBy(p => p.State).OrderBy(g => g.Key))
        {
            var state = group.Key == PolicyState.ReportOnly ? PolicyTexts.ReportOnly.With() : PolicyTexts.Disabled.With();
            yield return new Finding(severity, PolicyTexts.NotEnforced.With(what, state),
                [.. group.Select(p => p.Label)]);
        }
    }

    private static HashSet<string> PrivilegedHolders(MfaEvidence evidence, MfaRuleOptions options) =>
        evidence.RoleAssignments.TryGet(out var assignments)
            ? assignments.Where(a => options.IsPrivilegedRole(a.RoleTemplateId)).Select(a => a.PrincipalId)
                .ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];

    public static bool IsGap(Finding finding) => finding.Severity > FindingSeverity.Info;
}
