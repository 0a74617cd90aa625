namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>A service principal in the demo tenant with the permissions it holds (application roles and tenant-wide consent).</summary>
public sealed record DemoServicePrincipal(string Id, string AppId, string DisplayName, string? OwnerTenantId, string? PublisherName,
    string? VerifiedPublisher, string Type, IReadOnlyList<(string ResourceAppId, string Permission)> AppRoles, IReadOnlyList<string> DelegatedScopes);

/// <summary>
/// The enterprise applications of "Nordlys Energi A/S (demo)": realistic third-party SaaS a Danish energy company connects
/// to Microsoft 365 (backup, an MSP's admin tool, HR sync, e-signature, meetings, mail signatures, phishing training),
/// Microsoft's own first-party apps, one app registered by the tenant itself, and the resource APIs whose app roles
/// name the permissions. All vendors are fictitious; every id is a <see cref="DemoIds"/> name-based GUID.
/// </summary>
public static class DemoApps
{
    public const string GraphAppId = "00000003-0000-0000-c000-000000000000";
    public const string ExchangeAppId = "00000002-0000-0ff1-ce00-000000000000";
    private const string MicrosoftTenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";

    public static string VendorTenant(string vendor) => DemoIds.For("vendor-tenant:" + vendor);

    public static IReadOnlyList<DemoServicePrincipal> All { get; } = Build();

    /// <summary>Every permission name the demo resources define, per resource appId, with a stable app role id.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ResourceRoles { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [GraphAppId] =
        [
            "User.Read.All", "User.ReadWrite.All", "Group.Read.All", "Directory.Read.All", "Directory.ReadWrite.All",
            "Files.ReadWrite.All", "Sites.FullControl.All", "Mail.ReadWrite", "MailboxSettings.ReadWrite",
            "RoleManagement.ReadWrite.Directory", "DeviceManagementManagedDevices.ReadWrite.All", "Calendars.Read",
        ],
        [ExchangeAppId] = ["full_access_as_app"],
    };

    public static string RoleId(string resourceAppId, string permission) => DemoIds.For($"app-role:{resourceAppId}:{permission}");

    public static DemoServicePrincipal? Find(string id) => All.FirstOrDefault(s => s.Id == id || s.AppId == id);

    public static DemoServicePrincipal Resource(string appId) => All.First(s => s.AppId == appId);

    private static List<DemoServicePrincipal> Build()
    {
        DemoServicePrincipal Vendor(string name, string vendor, bool verified, (string, string)[] roles, string[] scopes) =>
            new(DemoIds.For("sp:" + name), DemoIds.For("app:" + name), name, VendorTenant(vendor), vendor, verified ? vendor : null,
                "Application", roles, scopes);
        DemoServicePrincipal Microsoft(string name, string appId) =>
            new(DemoIds.For("sp:" + name), appId, name, MicrosoftTenant, "Microsoft Services", "Microsoft Corporation", "Application", [], []);

        var list = new List<DemoServicePrincipal>
        {
            Microsoft("Microsoft Graph", GraphAppId),
            Microsoft("Office 365 Exchange Online", ExchangeAppId),
            Microsoft("Microsoft Teams Services", DemoIds.For("ms-app:teams")),
            Microsoft("Office 365 SharePoint Online", "00000003-0000-0ff1-ce00-000000000000"),
            Vendor("CloudSafe Backup for Microsoft 365", "CloudSafe Backup ApS", true,
                [(GraphAppId, "Files.ReadWrite.All"), (GraphAppId, "Sites.FullControl.All"), (GraphAppId, "Mail.ReadWrite"),
                 (GraphAppId, "User.Read.All"), (ExchangeAppId, "full_access_as_app")], []),
            Vendor("NordIT Partner Admin", "NordIT Drift A/S", false,
                [(GraphAppId, "RoleManagement.ReadWrite.Directory"), (GraphAppId, "Directory.ReadWrite.All"),
                 (GraphAppId, "DeviceManagementManagedDevices.ReadWrite.All")], []),
            Vendor("PeopleHub HR Sync", "PeopleHub Software AB", true,
                [(GraphAppId, "User.ReadWrite.All"), (GraphAppId, "Group.Read.All")], []),
            Vendor("SignatureStudio", "SignatureStudio Ltd", true,
                [(GraphAppId, "User.Read.All"), (GraphAppId, "MailboxSettings.ReadWrite")], []),
            Vendor("PhishCoach Training", "PhishCoach GmbH", true,
                [(GraphAppId, "User.Read.All"), (GraphAppId, "Group.Read.All")], []),
            Vendor("MeetSpace Video", "MeetSpace Inc.", true, [], ["openid", "profile", "offline_access", "User.Read", "Calendars.ReadWrite"]),
            Vendor("eSign Norden", "eSign Norden A/S", true, [], ["openid", "profile", "email", "User.Read"]),
            // Holds nothing tenant-wide (users consented for themselves only): not a discovery candidate.
            Vendor("Expense Snap", "Expense Snap Oy", false, [], []),
            new(DemoIds.For("sp:M365Nis2"), DemoIds.For("app:M365Nis2"), "M365Nis2", DemoDirectory.TenantId, "Nordlys Energi A/S", null,
                "Application", [(GraphAppId, "User.Read.All")], []),
            new(DemoIds.For("sp:managed-identity"), DemoIds.For("app:managed-identity"), "id-m365nis2-prod", null, null, null,
                "ManagedIdentity", [], []),
        };
        // Enough Microsoft first-party principals that the list pages (a real tenant holds hundreds).
        for (var i = 1; i <= 40; i++)
            list.Add(Microsoft($"Microsoft first-party app {i:00}", DemoIds.For($"ms-app:{i}")));
        return list;
    }
}
