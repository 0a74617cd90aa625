namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Folds the user registration report page by page into a <see cref="RegistrationTally"/>, keeping counts and at most
/// <see cref="MfaRuleOptions.NamedOffenderLimit"/> names per list, so the collector never holds every user.
/// Read role assignments first: they are small, and admins hidden behind a role (not flagged <c>isAdmin</c>) need them.
/// Not thread-safe; feed pages in order from one collector.
/// </summary>
public sealed class RegistrationAccumulator
{
    private readonly MfaRuleOptions _options;
    private readonly HashSet<string>? _privilegedPrincipals;
    private readonly List<string> _unregisteredMembers = [];
    private readonly List<string> _unregisteredAdmins = [];
    private int _enabledMembers;
    private int _registeredMembers;
    private int _guests;
    private int _registeredGuests;
    private int _disabled;
    private int _admins;
    private int _unregisteredMemberTotal;
    private int _unregisteredAdminTotal;

    /// <param name="roleAssignments">Directory role assignments; null when that source could not be read.</param>
    public RegistrationAccumulator(MfaRuleOptions options, IEnumerable<RoleAssignment>? roleAssignments)
    {
        _options = options;
        _privilegedPrincipals = roleAssignments?
            .Where(a => options.IsPrivilegedRole(a.RoleTemplateId))
            .Select(a => a.PrincipalId)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Feeds one page of the report.</summary>
    public void AddPage(IEnumerable<UserRegistration> page)
    {
        foreach (var user in page)
            Add(user);
    }

    /// <summary>Feeds one user.</summary>
    public void Add(UserRegistration user)
    {
        // A disabled account cannot sign in, so it neither helps nor hurts MFA coverage.
        if (user.AccountEnabled == false)
        {
            _disabled++;
            return;
        }

        var isAdmin = user.IsAdmin || (_privilegedPrincipals?.Contains(user.Id) ?? false);
        if (isAdmin)
        {
            _admins++;
            if (!user.IsMfaRegistered)
                Remember(_unregisteredAdmins, ref _unregisteredAdminTotal, user);
        }

        if (user.UserType == UserKind.Guest)
        {
            // Guests authenticate in their home tenant; their registration is reported, not part of the ratio.
            _guests++;
            if (user.IsMfaRegistered)
                _registeredGuests++;
            return;
        }

        _enabledMembers++;
        if (user.IsMfaRegistered)
            _registeredMembers++;
        else
            Remember(_unregisteredMembers, ref _unregisteredMemberTotal, user);
    }

    /// <summary>The tally after the last page was read.</summary>
    public RegistrationTally Complete() => Snapshot(CollectionStatus.Ok);

    /// <summary>The tally when the report could not be read in full (any page failing); checks will say Unknown.</summary>
    public RegistrationTally Fail(CollectionStatus status) =>
        status.IsOk ? throw new ArgumentException("Use Complete() when the report was read.", nameof(status)) : Snapshot(status);

    /// <summary>One-shot convenience for small, in-memory inputs (tests, samples).</summary>
    public static RegistrationTally Tally(
        IEnumerable<UserRegistration> users, MfaRuleOptions options, IEnumerable<RoleAssignment>? roleAssignments)
    {
        var accumulator = new RegistrationAccumulator(options, roleAssignments);
        accumulator.AddPage(users);
        return accumulator.Complete();
    }

    private void Remember(List<string> names, ref int total, UserRegistration user)
    {
        total++;
        if (names.Count < _options.NamedOffenderLimit)
            names.Add(user.Label);
    }

    private RegistrationTally Snapshot(CollectionStatus status) => new(
        status,
        _enabledMembers,
        _registeredMembers,
        _guests,
        _registeredGuests,
        _disabled,
        _admins,
        new NamedSample([.. _unregisteredMembers], _unregisteredMemberTotal),
        new NamedSample([.. _unregisteredAdmins], _unregisteredAdminTotal),
        _privilegedPrincipals is not null);
}
