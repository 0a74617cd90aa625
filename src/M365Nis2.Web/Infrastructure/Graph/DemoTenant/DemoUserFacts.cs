namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// What filters and counts ask about a user, without generating it: employees are arithmetic (members, never admins,
/// enabled, registered unless every Nth), so a 100 000-user count or filter costs no user objects. Must agree with
/// <see cref="DemoGraphJson.User"/> and <see cref="DemoGraphJson.RegistrationDetails"/> (tested).
/// </summary>
internal readonly record struct DemoUserFacts(bool IsGuest, bool IsAdmin, bool MfaRegistered, bool AccountEnabled, bool Passwordless)
{
    public static readonly string[] RegistrationKeys = ["isAdmin", "isMfaRegistered", "isMfaCapable", "userType"];

    public static readonly string[] UserKeys = ["userType", "accountEnabled"];

    public static DemoUserFacts At(DemoDirectory directory, int index)
    {
        var fixedCount = directory.Users.Count - directory.EmployeeCount;
        if (index < fixedCount)
        {
            return Of(directory.Users[index]);
        }
        var number = index - fixedCount + 1;
        var registered = !directory.IsUnregisteredEmployee(number);
        return new DemoUserFacts(false, false, registered, true, registered && number % 4 == 3);
    }

    public static DemoUserFacts Of(DemoUser user)
    {
        var methods = DemoGraphJson.MethodsOf(user);
        return new DemoUserFacts(user.IsGuest, DemoGraphJson.IsAdmin(user), methods.Length > 0, user.AccountEnabled,
            methods.Any(m => m is "fido2" or "windowsHelloForBusiness" or "passKeyDeviceBound"));
    }

    public Dictionary<string, object?> RegistrationItem() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["isAdmin"] = IsAdmin,
        ["isMfaRegistered"] = MfaRegistered,
        ["isMfaCapable"] = MfaRegistered,
        ["userType"] = IsGuest ? "guest" : "member",
    };

    public Dictionary<string, object?> UserItem() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["userType"] = IsGuest ? "Guest" : "Member",
        ["accountEnabled"] = AccountEnabled,
    };
}
