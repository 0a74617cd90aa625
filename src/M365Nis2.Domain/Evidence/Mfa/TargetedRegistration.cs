namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Totals that stand in for the registered rows a targeted collection does not read: enabled members and guests as the
/// directory counts them, and the number of rows the registration report itself says it holds (its summary).
/// </summary>
public sealed record RegistrationTotals(int Members, int Guests, int ReportRows);

/// <summary>A targeted tally, or the reason the rows and totals disagree (the caller then scans the full report).</summary>
public sealed record TargetedOutcome(RegistrationTally? Tally, string? Disagreement)
{
    public bool Agrees => Tally is not null;
}

/// <summary>
/// Builds the same <see cref="RegistrationTally"/> a full scan of the registration report would give, from three much
/// smaller reads: every row that is NOT MFA-registered (in the report's order, so the named samples are the same first
/// N), every row flagged <c>isAdmin</c>, and the totals. Registered rows are never read: members and guests that are
/// registered are the totals minus the unregistered rows. Privileged principals that neither read shows are resolved by
/// the caller (<see cref="UnresolvedPrivilegedIds"/>): those that are users in the report are registered admins.
/// Anything that does not add up is reported as a disagreement rather than guessed: the caller falls back to the full
/// scan. Holds counts, the bounded samples and the ids of admins only, never every unregistered id.
/// </summary>
public sealed class TargetedRegistration
{
    private readonly RegistrationAccumulator _unregistered;
    private readonly HashSet<string> _privileged;
    private readonly HashSet<string> _unregisteredFlaggedAdmins = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _unregisteredPrivileged = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _adminRows = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _unregisteredAdminRows = new(StringComparer.OrdinalIgnoreCase);
    private int _registeredAdminRows;
    private string? _disagreement;

    /// <param name="roleAssignments">Directory role assignments; null when that source could not be read.</param>
    public TargetedRegistration(MfaRuleOptions options, IReadOnlyCollection<RoleAssignment>? roleAssignments)
    {
        _unregistered = new RegistrationAccumulator(options, roleAssignments);
        _privileged = (roleAssignments ?? [])
            .Where(a => options.IsPrivilegedRole(a.RoleTemplateId))
            .Select(a => a.PrincipalId)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>One row of <c>isMfaRegistered eq false</c>, in the order the report returned it.</summary>
    public void AddUnregistered(UserRegistration user)
    {
        if (user.IsMfaRegistered)
        {
            Disagree($"the unregistered filter returned a registered row ({user.Id})");
            return;
        }
        if (user.IsAdmin)
            _unregisteredFlaggedAdmins.Add(user.Id);
        if (_privileged.Contains(user.Id))
            _unregisteredPrivileged.Add(user.Id);
        _unregistered.Add(user);
    }

    /// <summary>One row of <c>isAdmin eq true</c>.</summary>
    public void AddAdmin(UserRegistration user)
    {
        if (!user.IsAdmin)
        {
            Disagree($"the admin filter returned a row not flagged isAdmin ({user.Id})");
            return;
        }
        if (!_adminRows.Add(user.Id))
        {
            Disagree($"the admin filter returned {user.Id} twice");
            return;
        }
        if (user.IsMfaRegistered)
            _registeredAdminRows++;
        else
            _unregisteredAdminRows.Add(user.Id);
    }

    /// <summary>
    /// Privileged principals seen in neither read: each is either a user in the report (then registered, as it is not
    /// among the unregistered rows) or no report row at all (a group, a service principal, a disabled account).
    /// </summary>
    public IReadOnlyList<string> UnresolvedPrivilegedIds() =>
        [.. _privileged.Where(id => !_adminRows.Contains(id) && !_unregisteredPrivileged.Contains(id)).Order(StringComparer.Ordinal)];

    /// <param name="totals">Directory counts of enabled members and guests, and the report's own row count.</param>
    /// <param name="registeredHiddenAdmins">How many of <see cref="UnresolvedPrivilegedIds"/> are enabled users.</param>
    public TargetedOutcome Complete(RegistrationTotals totals, int registeredHiddenAdmins)
    {
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentOutOfRangeException.ThrowIfNegative(registeredHiddenAdmins);
        if (_disagreement is not null)
            return new TargetedOutcome(null, _disagreement);
        var partial = _unregistered.Complete();
        var reason = Check(totals, partial);
        if (reason is not null)
            return new TargetedOutcome(null, reason);
        return new TargetedOutcome(partial with
        {
            EnabledMembers = totals.Members,
            RegisteredMembers = totals.Members - partial.EnabledMembers,
            Guests = totals.Guests,
            RegisteredGuests = totals.Guests - partial.Guests,
            Admins = partial.Admins + _registeredAdminRows + registeredHiddenAdmins,
        }, null);
    }

    private string? Check(RegistrationTotals totals, RegistrationTally partial)
    {
        if (totals.Members < 0 || totals.Guests < 0)
            return "a directory count was negative";
        if (totals.Members + totals.Guests != totals.ReportRows)
            return $"the directory counts {totals.Members} enabled members and {totals.Guests} guests, the report holds {totals.ReportRows} rows";
        if (partial.EnabledMembers > totals.Members)
            return $"{partial.EnabledMembers} unregistered members read, but the directory counts {totals.Members} members";
        if (partial.Guests > totals.Guests)
            return $"{partial.Guests} unregistered guests read, but the directory counts {totals.Guests} guests";
        if (!_unregisteredAdminRows.SetEquals(_unregisteredFlaggedAdmins))
            return $"the admin filter shows {_unregisteredAdminRows.Count} unregistered admins, the unregistered filter {_unregisteredFlaggedAdmins.Count}";
        return null;
    }

    private void Disagree(string reason) => _disagreement ??= reason;
}
