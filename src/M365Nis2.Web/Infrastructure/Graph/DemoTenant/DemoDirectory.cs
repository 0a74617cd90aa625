namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The demo tenant's people: a CISO, a five-member board and employees with Danish and English names. Deterministic
/// for a given employee count. Everything shown from it is labelled "demo data".
/// </summary>
public sealed class DemoDirectory
{
    public const string Domain = "nordlysenergi.onmicrosoft.com";
    public const string OrganisationName = "Nordlys Energi A/S (demo)";
    public static readonly string TenantId = DemoIds.For("tenant");
    public static readonly string BoardGroupId = DemoIds.For("group:board");
    public static readonly string SecurityTeamGroupId = DemoIds.For("group:security-team");
    public static readonly string AllStaffGroupId = DemoIds.For("group:all-staff");
    public const string CisoUpn = "mette.holm@" + Domain;

    private static readonly (string Given, string Surname, string Title, string Lang)[] Board =
    [
        ("Anders", "Kjær", "Chair of the Board", "da-DK"),
        ("Birgitte", "Lund", "Board Member", "da-DK"),
        ("Charlotte", "Dahl", "Board Member", "da-DK"),
        ("David", "Miller", "Board Member", "en-GB"),
        ("Emma", "Thompson", "Board Member", "en-GB"),
    ];

    private static readonly string[] GivenNames =
        ["Mads", "Sofie", "Frederik", "Ida", "Lars", "Freja", "Rasmus", "Karen", "Oliver", "Amalie", "James", "Sarah", "Thomas", "Laura", "Peter", "Anne"];

    private static readonly string[] Surnames =
        ["Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen", "Smith", "Brown", "Wilson"];

    public DemoDirectory(int employeeCount = 40)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(employeeCount);
        var users = new List<DemoUser> { Person("Mette", "Holm", "Chief Information Security Officer", "da-DK") };
        users.AddRange(Board.Select(b => Person(b.Given, b.Surname, b.Title, b.Lang)));
        for (var i = 0; i < employeeCount; i++)
        {
            var given = GivenNames[i % GivenNames.Length];
            var surname = Surnames[(i / GivenNames.Length + i) % Surnames.Length];
            var lang = i % 3 == 2 ? "en-GB" : "da-DK";
            users.Add(Person(given, surname, "Employee", lang, suffix: (i + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture)));
        }
        Users = users;
        Ciso = users[0];
        BoardMembers = users.Skip(1).Take(Board.Length).ToList();
    }

    public IReadOnlyList<DemoUser> Users { get; }

    public DemoUser Ciso { get; }

    public IReadOnlyList<DemoUser> BoardMembers { get; }

    public DemoUser? FindByUpn(string upn) =>
        Users.FirstOrDefault(u => string.Equals(u.UserPrincipalName, upn, StringComparison.OrdinalIgnoreCase));

    public DemoUser? FindById(string id) => Users.FirstOrDefault(u => u.Id == id);

    private static DemoUser Person(string given, string surname, string title, string lang, string suffix = "")
    {
        var local = Ascii($"{given}.{surname}{suffix}").ToLowerInvariant();
        var upn = $"{local}@{Domain}";
        return new DemoUser(DemoIds.For("user:" + upn), $"{given} {surname}", given, surname, upn, title, lang);
    }

    /// <summary>UPNs are ASCII in practice; Danish letters are transliterated as Entra admins usually do.</summary>
    private static string Ascii(string s) =>
        s.Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal)
         .Replace("Æ", "Ae", StringComparison.Ordinal).Replace("Ø", "Oe", StringComparison.Ordinal).Replace("Å", "Aa", StringComparison.Ordinal);
}
