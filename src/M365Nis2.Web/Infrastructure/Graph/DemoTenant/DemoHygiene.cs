namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The demo tenant's sign-in activity, access reviews, directory audit events and Microsoft 365 Backup: every 37th
/// employee has not signed in for 120 days and every 53rd never has; guest Ole Bak never signed in and Julia Schmidt
/// last did 200 days ago; a quarterly guest review completed 70 days ago but the yearly admin review never has; a
/// User Administrator role was assigned outside PIM; OneDrive has no backup policy and SharePoint's runs with errors.
/// </summary>
internal static class DemoHygiene
{
    public static Dictionary<string, object?> SignInFields(DemoUser u, TimeProvider time)
    {
        var today = DemoSecurity.Today(time);
        int? daysAgo = u.Kind switch
        {
            DemoUserKind.Guest when u.GivenName == "Ole" => null,
            DemoUserKind.Guest when u.GivenName == "Julia" => 200,
            DemoUserKind.BreakGlass => 20,
            _ when u.EmployeeNumber > 0 && u.EmployeeNumber % 53 == 0 => null,
            _ when u.EmployeeNumber > 0 && u.EmployeeNumber % 37 == 0 => 120,
            _ => u.Index % 5,
        };
        var last = daysAgo is { } d ? DemoSecurity.Iso(today.AddDays(-d).AddHours(8)) : null;
        return new Dictionary<string, object?>
        {
            ["createdDateTime"] = "2024-03-01T09:00:00Z",
            ["signInActivity"] = new Dictionary<string, object?>
            {
                ["lastSignInDateTime"] = last,
                ["lastNonInteractiveSignInDateTime"] = last,
                ["lastSuccessfulSignInDateTime"] = last,
                ["lastSignInRequestId"] = null,
            },
        };
    }

    public static readonly string GuestReviewId = DemoIds.For("review:guests");
    public static readonly string AdminReviewId = DemoIds.For("review:admins");

    public static IEnumerable<Dictionary<string, object?>> AccessReviews() =>
    [
        new() { ["id"] = GuestReviewId, ["displayName"] = "Guest access review (quarterly)", ["status"] = "InProgress" },
        new() { ["id"] = AdminReviewId, ["displayName"] = "Privileged role review (yearly)", ["status"] = "NotStarted" },
    ];

    public static IEnumerable<Dictionary<string, object?>> Instances(string definitionId, TimeProvider time)
    {
        if (definitionId != GuestReviewId)
            return [];
        var today = DemoSecurity.Today(time);
        return
        [
            new() { ["id"] = DemoIds.For("review:guests:q3"), ["status"] = "Completed", ["startDateTime"] = DemoSecurity.Iso(today.AddDays(-84)), ["endDateTime"] = DemoSecurity.Iso(today.AddDays(-70)) },
            new() { ["id"] = DemoIds.For("review:guests:q4"), ["status"] = "InProgress", ["startDateTime"] = DemoSecurity.Iso(today.AddDays(-4)), ["endDateTime"] = DemoSecurity.Iso(today.AddDays(10)) },
        ];
    }

    public static IEnumerable<Dictionary<string, object?>> DirectoryAudits(DemoDirectory d, TimeProvider time)
    {
        var today = DemoSecurity.Today(time);
        var jonas = d.ItAdmins[0];
        var nikolaj = d.ItAdmins[1];
        return
        [
            Audit("pim-1", "Add member to role completed (PIM activation)", "RoleManagement", today.AddDays(-2).AddHours(9), jonas, "Global Administrator", "PIM"),
            Audit("role-1", "Add member to role", "RoleManagement", today.AddDays(-6).AddHours(15), nikolaj, $"User Administrator: {d.Users[^1].UserPrincipalName}", "Core Directory"),
            Audit("ca-1", "Update conditional access policy", "Policy", today.AddDays(-9).AddHours(10), jonas, "CA003: Block legacy authentication", "Conditional Access"),
            Audit("pol-1", "Update authorization policy", "Policy", today.AddDays(-12).AddHours(10), jonas, "Authorization Policy", "Core Directory"),
        ];
    }

    private static Dictionary<string, object?> Audit(string id, string activity, string category, DateTimeOffset at, DemoUser by, string target, string service) => new()
    {
        ["id"] = "Directory_" + DemoIds.For("audit:" + id),
        ["category"] = category,
        ["correlationId"] = DemoIds.For("audit-corr:" + id),
        ["result"] = "success",
        ["resultReason"] = "",
        ["activityDisplayName"] = activity,
        ["activityDateTime"] = DemoSecurity.Iso(at),
        ["loggedByService"] = service,
        ["operationType"] = activity.StartsWith("Add", StringComparison.Ordinal) ? "Assign" : "Update",
        ["initiatedBy"] = new Dictionary<string, object?>
        {
            ["app"] = null,
            ["user"] = new Dictionary<string, object?> { ["id"] = by.Id, ["displayName"] = by.DisplayName, ["userPrincipalName"] = by.UserPrincipalName },
        },
        ["targetResources"] = new[] { new Dictionary<string, object?> { ["id"] = DemoIds.For("target:" + id), ["displayName"] = target, ["type"] = category == "Policy" ? "Policy" : "Role" } },
        ["additionalDetails"] = Array.Empty<object>(),
    };

    public static Dictionary<string, object?> BackupRestore() => new()
    {
        ["id"] = DemoIds.For("backup"),
        ["serviceStatus"] = new Dictionary<string, object?> { ["status"] = "enabled", ["disableReason"] = "none", ["lastModifiedDateTime"] = "2026-03-01T09:00:00Z" },
    };

    public static IEnumerable<Dictionary<string, object?>> ProtectionPolicies() =>
    [
        new() { ["@odata.type"] = "#microsoft.graph.exchangeProtectionPolicy", ["id"] = DemoIds.For("backup:exchange"), ["displayName"] = "Exchange – all mailboxes", ["status"] = "active", ["retentionSettings"] = Array.Empty<object>() },
        new() { ["@odata.type"] = "#microsoft.graph.sharePointProtectionPolicy", ["id"] = DemoIds.For("backup:sharepoint"), ["displayName"] = "SharePoint – business sites", ["status"] = "activeWithErrors", ["retentionSettings"] = Array.Empty<object>() },
    ];
}
