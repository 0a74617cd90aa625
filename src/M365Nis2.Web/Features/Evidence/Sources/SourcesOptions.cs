using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Section <c>Evidence:Sources</c>: the sources beyond (j), their thresholds and the documented throttles.</summary>
public sealed class SourcesOptions
{
    public const string Section = "Evidence:Sources";

    /// <summary><c>Evidence:Sources:Disabled</c>: source keys not to collect (e.g. <c>backup</c> where another product backs up).</summary>
    public List<string> Disabled { get; set; } = [];

    /// <summary><c>Evidence:Sources:TimeZone</c>: calendar for "attacks per month".</summary>
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    public SecureScoreSettings SecureScore { get; set; } = new();

    public IntuneSettings Intune { get; set; } = new();

    public DefenderSettings Defender { get; set; } = new();

    public EntraSettings Entra { get; set; } = new();

    public BackupSettings Backup { get; set; } = new();

    public PacingSettings Pacing { get; set; } = new();

    /// <summary><c>Evidence:Sources:FindingTasks</c>: open follow-up tasks for findings that need work (off: status only).</summary>
    public bool FindingTasks { get; set; } = true;

    /// <summary><c>Evidence:Sources:FindingOwners:art21.2.h</c> = Entra object id: who fixes that measure's findings; unset → the CISO.</summary>
    public Dictionary<string, string> FindingOwners { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public FindingDueSettings FindingDueDays { get; set; } = new();

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

/// <summary><c>Evidence:Sources:FindingDueDays</c>: days to fix a finding by severity.</summary>
public sealed class FindingDueSettings
{
    public int High { get; set; } = 14;

    public int Medium { get; set; } = 30;

    public int Low { get; set; } = 90;

    public Domain.Evidence.FindingDueDays ToRules() => new(High, Medium, Low);
}

/// <summary>
/// The documented per-app-per-tenant throttles (learn.microsoft.com/graph/throttling-limits, 2025): sign-in activity on
/// users 10 / min; security (alerts, incidents, Secure Score) 150 / min; Intune devices 2 000 / 20 s. Identity and access
/// reports and logs (5 / 10 s) are paced by the (j) collector's reports pacer (<c>Evidence:ReportsRequestLimit</c>),
/// shared. Configurable only so tests need not wait them out.
/// </summary>
public sealed class PacingSettings
{
    public int SignInActivityLimit { get; set; } = 10;

    public TimeSpan SignInActivityWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int SecurityLimit { get; set; } = 150;

    public TimeSpan SecurityWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int IntuneLimit { get; set; } = 2000;

    public TimeSpan IntuneWindow { get; set; } = TimeSpan.FromSeconds(20);

    public IReadOnlyList<GraphThrottle> Throttles() =>
    [
        new("signInActivity", SignInActivityLimit, SignInActivityWindow,
            (path, query) => path.StartsWith("/users", StringComparison.OrdinalIgnoreCase) && query.Contains("signInActivity", StringComparison.OrdinalIgnoreCase)),
        new(GraphPacer.ReportsFamily, 5, TimeSpan.FromSeconds(10), // paced by the shared ReportsPacer; limits here unused
            (path, _) => path.StartsWith("/reports/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/auditLogs/", StringComparison.OrdinalIgnoreCase)),
        new("security", SecurityLimit, SecurityWindow, (path, _) => path.StartsWith("/security/", StringComparison.OrdinalIgnoreCase)),
        new("intune", IntuneLimit, IntuneWindow, (path, _) => path.StartsWith("/deviceManagement/", StringComparison.OrdinalIgnoreCase)),
    ];
}

/// <summary>Runs every source's own validation and the pacing limits, naming the key.</summary>
internal sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions o)
    {
        var errors = new List<string>();
        errors.AddRange(o.SecureScore.ToRules().Validate());
        errors.AddRange(o.Intune.ToRules().Validate());
        errors.AddRange(o.Defender.ToRules().Validate());
        errors.AddRange(o.Entra.ToRules().Validate());
        errors.AddRange(o.Backup.Validate());
        errors.AddRange(o.FindingDueDays.ToRules().Validate());
        foreach (var (measure, owner) in o.FindingOwners)
        {
            if (Domain.Catalogue.Nis2Catalogue.Default.Find(measure) is null)
                errors.Add($"FindingOwners: '{measure}' is not a catalogue id (e.g. art21.2.h).");
            if (!Guid.TryParse(owner, out _))
                errors.Add($"FindingOwners:{measure} must be an Entra object id (a GUID).");
        }
        if (o.Pacing.Throttles().Any(t => t.Limit < 1 || t.Window <= TimeSpan.Zero))
            errors.Add("Pacing limits must be at least 1 and windows positive.");
        if (o.Intune.PageSize is < 1 or > 1000 || o.Entra.UsersPageSize is < 1 or > 999)
            errors.Add("Intune:PageSize must be 1–1000 and Entra:UsersPageSize 1–999.");
        try
        {
            _ = o.Zone;
        }
        catch (TimeZoneNotFoundException)
        {
            errors.Add($"TimeZone '{o.TimeZone}' is not a known time zone.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => $"{SourcesOptions.Section}: {e}"));
    }
}
