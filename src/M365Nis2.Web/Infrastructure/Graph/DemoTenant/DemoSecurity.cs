using System.Globalization;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The demo tenant's Microsoft Secure Score and Defender XDR data, relative to today so it never ages: a score that
/// rose from 52 % to 58 % in 30 days (level only partly met), gaps in legacy-auth blocking, BitLocker and attack
/// surface reduction; 90 days of incidents with a high-severity ransomware incident open for five days (an Art. 23
/// candidate, and handling not met), a resolved business e-mail compromise, a medium incident left open 45 days, false
/// positives, and alerts from four Defender products.
/// </summary>
internal static class DemoSecurity
{
    public const decimal MaxScore = 240m;

    private static readonly (string Id, string Title, string Category, string Service, double Max, double Score, bool Deprecated)[] Controls =
    [
        ("AdminMFAV2", "Ensure multifactor authentication is enabled for all users in administrative roles", "Identity", "AzureAD", 10, 10, false),
        ("MFARegistrationV2", "Ensure all users can complete multifactor authentication", "Identity", "AzureAD", 9, 7.9, false),
        ("BlockLegacyAuthentication", "Enable Conditional Access policies to block legacy authentication", "Identity", "AzureAD", 8, 0, false),
        ("SigninRiskPolicy", "Turn on sign-in risk policy", "Identity", "AzureAD", 7, 0, false),
        ("OneAdmin", "Designate more than one global admin", "Identity", "AzureAD", 1, 1, false),
        ("aad_limited_administrative_roles", "Use least privileged administrative roles", "Identity", "AzureAD", 1, 0, false),
        ("IntegratedApps", "Do not allow users to grant consent to unreliable applications", "Identity", "AzureAD", 4, 4, false),
        ("mdatp_bitlocker", "Turn on BitLocker drive encryption on all supported devices", "Device", "MDATP", 9, 6.5, false),
        ("mip_sensitivitylabels", "Publish sensitivity labels that encrypt confidential documents", "Data", "MIP", 10, 0, false),
        ("mdatp_windows_updates", "Update Windows to the latest supported version", "Device", "MDATP", 10, 6, false),
        ("mdatp_asr_office_child", "Block Office applications from creating child processes", "Device", "MDATP", 9, 0, false),
        ("mdo_safelinks_office", "Turn on Safe Links for Office apps", "Apps", "MDO", 8, 8, false),
        ("PWAgePolicyNew", "Do not expire passwords", "Identity", "AzureAD", 8, 8, true),
    ];

    public static DateTimeOffset Today(TimeProvider time) => new(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero);

    /// <summary>Newest first, one per day for 31 days; the controls are today's.</summary>
    public static IEnumerable<Dictionary<string, object?>> SecureScores(TimeProvider time)
    {
        var today = Today(time);
        var controls = Controls.Where(c => !c.Deprecated).Sum(c => c.Score);
        for (var day = 0; day <= 30; day++)
        {
            // Today 139.4 / 240 (58 %); 30 days ago 126 (52.5 %); a steady climb in between.
            var current = Math.Round(80 + controls - day * 0.45, 2);
            yield return new Dictionary<string, object?>
            {
                ["id"] = $"{DemoDirectory.TenantId}_{today.AddDays(-day):yyyy-MM-dd}",
                ["azureTenantId"] = DemoDirectory.TenantId,
                ["createdDateTime"] = Iso(today.AddDays(-day).AddHours(4)),
                ["currentScore"] = current,
                ["maxScore"] = (double)MaxScore,
                ["activeUserCount"] = 0,
                ["licensedUserCount"] = 0,
                ["enabledServices"] = new[] { "HasExchange", "HasSharePoint", "HasOD4B", "HasMDATP", "HasMDO" },
                ["controlScores"] = Controls.Select(c => new Dictionary<string, object?>
                {
                    ["controlCategory"] = c.Category,
                    ["controlName"] = c.Id,
                    ["description"] = c.Title,
                    ["score"] = c.Score,
                }).ToList(),
            };
        }
    }

    public static IEnumerable<Dictionary<string, object?>> ControlProfiles() => Controls.Select(c => new Dictionary<string, object?>
    {
        ["id"] = c.Id,
        ["azureTenantId"] = DemoDirectory.TenantId,
        ["title"] = c.Title,
        ["controlCategory"] = c.Category,
        ["service"] = c.Service,
        ["maxScore"] = c.Max,
        ["deprecated"] = c.Deprecated,
        ["actionType"] = "Config",
        ["implementationCost"] = "Low",
        ["userImpact"] = "Low",
        ["tier"] = "Core",
    });

    private static readonly string[] Sources =
        ["microsoftDefenderForEndpoint", "microsoftDefenderForOffice365", "microsoftDefenderForIdentity", "microsoftDefenderForCloudApps"];

    private static readonly string[] FillerTitles =
    [
        "Phishing e-mails delivered and removed after delivery", "Malware blocked on an endpoint", "Suspicious sign-in from an unfamiliar location",
        "Password spray against several accounts", "Suspicious PowerShell command line", "Unusual file download from SharePoint",
    ];

    /// <summary>Incidents of the last 90 days, newest first.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Incidents(DemoDirectory d, TimeProvider time)
    {
        var today = Today(time);
        var admin = d.ItAdmins[0].UserPrincipalName;
        var list = new List<Dictionary<string, object?>>
        {
            Incident(301, "Ransomware behaviour detected on NE-LT-00007", "high", "active", "truePositive", today.AddDays(-5).AddHours(9), admin),
            Incident(288, "Business e-mail compromise: suspicious inbox forwarding rule", "high", "resolved", "truePositive", today.AddDays(-40).AddHours(14), admin),
            Incident(284, "Mass download of files by one user", "medium", "inProgress", "unknown", today.AddDays(-45).AddHours(11), null),
        };
        for (var i = 0; i < 14; i++)
        {
            var days = 3 + i * 6;
            list.Add(Incident(200 + i, FillerTitles[i % FillerTitles.Length], i % 3 == 0 ? "medium" : "low", "resolved",
                i % 4 == 1 ? "falsePositive" : "truePositive", today.AddDays(-days).AddHours(8 + i % 8), admin));
        }
        return [.. list.OrderByDescending(i => (string)i["createdDateTime"]!, StringComparer.Ordinal)];
    }

    /// <summary>One to three alerts per incident, from the Defender products in turn.</summary>
    public static IEnumerable<Dictionary<string, object?>> Alerts(DemoDirectory d, TimeProvider time)
    {
        var n = 0;
        foreach (var incident in Incidents(d, time))
        {
            var count = 1 + n % 3;
            for (var k = 0; k < count; k++, n++)
            {
                yield return new Dictionary<string, object?>
                {
                    ["id"] = $"da{DemoIds.For($"alert:{incident["id"]}:{k}")[..18]}",
                    ["title"] = (string)incident["displayName"]! + (k == 0 ? "" : $" (related activity {k})"),
                    ["severity"] = incident["severity"],
                    ["status"] = (string)incident["status"]! == "resolved" ? "resolved" : "new",
                    ["serviceSource"] = Sources[n % Sources.Length],
                    ["detectionSource"] = "microsoftDefenderForEndpoint",
                    ["createdDateTime"] = incident["createdDateTime"],
                    ["incidentId"] = incident["id"],
                    ["classification"] = incident["classification"],
                };
            }
        }
    }

    private static Dictionary<string, object?> Incident(int id, string title, string severity, string status, string classification, DateTimeOffset created, string? owner) => new()
    {
        ["id"] = id.ToString(CultureInfo.InvariantCulture),
        ["tenantId"] = DemoDirectory.TenantId,
        ["displayName"] = title,
        ["severity"] = severity,
        ["status"] = status,
        ["classification"] = classification,
        ["determination"] = classification == "falsePositive" ? "other" : "unknown",
        ["createdDateTime"] = Iso(created),
        ["lastUpdateDateTime"] = Iso(status == "resolved" ? created.AddDays(1) : created.AddHours(2)),
        ["assignedTo"] = owner,
        ["incidentWebUrl"] = $"https://security.microsoft.com/incidents/{id}?tid={DemoDirectory.TenantId}",
        ["redirectIncidentId"] = null,
        ["customTags"] = Array.Empty<string>(),
    };

    internal static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
