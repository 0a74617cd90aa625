using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Domain.Tests.Suppliers;

public class AppPermissionsTests
{
    private const string Us = "11111111-1111-1111-1111-111111111111";
    private const string Vendor = "22222222-2222-2222-2222-222222222222";

    [Theory]
    [InlineData("RoleManagement.ReadWrite.Directory", PrivilegeLevel.Critical)]
    [InlineData("AppRoleAssignment.ReadWrite.All", PrivilegeLevel.Critical)]
    [InlineData("Application.ReadWrite.All", PrivilegeLevel.Critical)]
    [InlineData("directory.readwrite.all", PrivilegeLevel.Critical)]
    [InlineData("full_access_as_app", PrivilegeLevel.Critical)]
    [InlineData("User.ReadWrite.All", PrivilegeLevel.High)]
    [InlineData("Group.ReadWrite.All", PrivilegeLevel.High)]
    [InlineData("Directory.Read.All", PrivilegeLevel.High)]
    [InlineData("Mail.Read", PrivilegeLevel.High)]
    [InlineData("Mail.Send", PrivilegeLevel.High)]
    [InlineData("Files.Read.All", PrivilegeLevel.High)]
    [InlineData("Sites.Read.All", PrivilegeLevel.High)]
    [InlineData("RoleManagement.Read.Directory", PrivilegeLevel.High)]
    [InlineData("Chat.Read.All", PrivilegeLevel.High)]
    [InlineData("User.Read.All", PrivilegeLevel.Medium)]
    [InlineData("AuditLog.Read.All", PrivilegeLevel.Medium)]
    [InlineData("Calendars.ReadWrite", PrivilegeLevel.Medium)]
    [InlineData("User.Read", PrivilegeLevel.Low)]
    [InlineData("User.ReadBasic.All", PrivilegeLevel.Low)]
    [InlineData("openid", PrivilegeLevel.Low)]
    [InlineData("offline_access", PrivilegeLevel.Low)]
    public void Permissions_are_classified_by_what_they_let_an_app_do(string permission, PrivilegeLevel level) =>
        Assert.Equal(level, AppPermissions.Classify(permission));

    [Fact]
    public void Scope_strings_split_on_spaces() =>
        Assert.Equal(["openid", "Mail.Read", "User.Read"], AppPermissions.SplitScope(" openid  Mail.Read User.Read "));

    private static TenantApp App(string name, string? owner, string[] app, string[] delegated) =>
        new($"sp-{name}", $"app-{name}", name, $"{name} Inc", owner, false, app, delegated);

    [Theory]
    [InlineData(null, false)]
    [InlineData(Us, false)]
    [InlineData("F8CDEF31-A31E-4B4A-93E4-5F571E91255A", false)]
    [InlineData(Vendor, true)]
    public void Only_apps_owned_by_another_organisation_than_us_or_microsoft_are_third_party(string? owner, bool third) =>
        Assert.Equal(third, TenantApps.IsThirdParty(owner, Us));

    [Fact]
    public void Ranking_puts_the_most_privileged_first_and_skips_apps_holding_nothing()
    {
        var ranked = TenantApps.Rank(
        [
            App("Signer", Vendor, [], ["openid", "User.Read"]),
            App("Backup", Vendor, ["Files.Read.All", "Sites.Read.All", "User.Read.All"], []),
            App("Ours", Us, ["Directory.ReadWrite.All"], []),
            App("Idle", Vendor, [], []),
            App("Admin tool", Vendor, ["RoleManagement.ReadWrite.Directory"], []),
            App("Mailer", Vendor, [], ["Mail.Send"]),
        ], Us);
        Assert.Equal(["Admin tool", "Backup", "Mailer", "Signer"], ranked.Select(r => r.App.DisplayName));
        Assert.Equal([PrivilegeLevel.Critical, PrivilegeLevel.High, PrivilegeLevel.High, PrivilegeLevel.Low], ranked.Select(r => r.Level));
        Assert.Equal(2, ranked[1].HighCount);
        Assert.True(ranked[2].IsHighPrivilege);
        Assert.False(ranked[3].IsHighPrivilege);
    }

    [Fact]
    public void Delegated_consent_is_kept_apart_from_application_permissions_and_duplicates_collapse()
    {
        var r = TenantApps.Classify(App("X", Vendor, ["Mail.Read", "mail.read"], ["Mail.Read", "User.Read"]));
        Assert.Equal([("Mail.Read", true), ("Mail.Read", false), ("User.Read", false)], r.Permissions.Select(p => (p.Name, p.Application)));
    }
}
