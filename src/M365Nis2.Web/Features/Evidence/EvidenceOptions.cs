using System.ComponentModel.DataAnnotations;
using M365Nis2.Domain.Evidence.Mfa;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Section <c>Evidence</c>: the Art. 21(2)(j) collector, its thresholds, schedule and pacing.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary><c>Evidence:Enabled</c>: run the scheduled collection (on-demand runs work either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Evidence:Schedule</c>: interval between scheduled runs (default 1 day).</summary>
    public TimeSpan Schedule { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// <c>Evidence:RefreshWait</c>: how long the card's Refresh waits for the collection before answering "still running"
    /// (Teams gives an invoke about 15 s; default 8 s). Tests raise it so a loaded machine still sees the finished run.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Evidence:RefreshWait must be between 1 second and 5 minutes.")]
    public TimeSpan RefreshWait { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary><c>Evidence:FirstRunDelay</c>: wait after start before the first scheduled run, so a deploy is not slowed.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(5);

    [Range(0, 100, ErrorMessage = "Evidence:MemberRegistrationMetPercent must be between 0 and 100.")]
    public decimal MemberRegistrationMetPercent { get; set; } = 95m;

    [Range(0, 100, ErrorMessage = "Evidence:MemberRegistrationPartialPercent must be between 0 and 100.")]
    public decimal MemberRegistrationPartialPercent { get; set; } = 80m;

    /// <summary><c>Evidence:BreakGlassAccounts</c>: object ids or UPNs of emergency-access accounts CA policies may exclude.</summary>
    public List<string> BreakGlassAccounts { get; set; } = [];

    /// <summary><c>Evidence:PrivilegedRoleTemplateIds</c>: overrides the default 14 privileged roles when set.</summary>
    public List<string>? PrivilegedRoleTemplateIds { get; set; }

    [Range(1, 1000, ErrorMessage = "Evidence:NamedOffenderLimit must be between 1 and 1000.")]
    public int NamedOffenderLimit { get; set; } = 50;

    /// <summary><c>Evidence:PageSize</c>: <c>$top</c> for the registration report; Graph's maximum (999) needs the fewest requests.</summary>
    [Range(1, 999, ErrorMessage = "Evidence:PageSize must be between 1 and 999.")]
    public int PageSize { get; set; } = 999;

    /// <summary>
    /// <c>Evidence:RegistrationScan</c>: <c>Targeted</c> (default: totals, admins and only the unregistered rows, falling
    /// back to the full scan when Graph refuses a filter or the numbers disagree) or <c>Full</c> (every row).
    /// </summary>
    public RegistrationScanMode RegistrationScan { get; set; } = RegistrationScanMode.Targeted;

    /// <summary><c>Evidence:ReportsRequestLimit</c> per <c>Evidence:ReportsWindow</c>: Graph's reports throttle (5 per 10 s per tenant).</summary>
    [Range(1, 1000, ErrorMessage = "Evidence:ReportsRequestLimit must be between 1 and 1000.")]
    public int ReportsRequestLimit { get; set; } = 5;

    public TimeSpan ReportsWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary><c>Evidence:HistoryLength</c>: runs shown in a control's history.</summary>
    [Range(1, 365, ErrorMessage = "Evidence:HistoryLength must be between 1 and 365.")]
    public int HistoryLength { get; set; } = 30;

    /// <summary><c>Evidence:LeaseDuration</c>: blob lease of the single-runner guard (15–60 s), renewed at a third of it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    public MfaRuleOptions ToRuleOptions(IEnumerable<string>? extraBreakGlassIds = null) => new(
        MemberRegistrationMetPercent,
        MemberRegistrationPartialPercent,
        [.. BreakGlassAccounts, .. extraBreakGlassIds ?? []],
        PrivilegedRoleTemplateIds is { Count: > 0 } roles ? roles : null,
        NamedOffenderLimit);
}

/// <summary>Checks what data annotations cannot: the rule options' own invariants, time spans, the lease range.</summary>
internal sealed class EvidenceOptionsValidator : IValidateOptions<EvidenceOptions>
{
    public ValidateOptionsResult Validate(string? name, EvidenceOptions options)
    {
        var errors = options.ToRuleOptions().Validate().Select(e => $"Evidence:{e}").ToList();
        if (options.Schedule < TimeSpan.FromMinutes(1))
            errors.Add("Evidence:Schedule must be at least 00:01:00.");
        if (options.FirstRunDelay < TimeSpan.Zero)
            errors.Add("Evidence:FirstRunDelay must not be negative.");
        if (options.ReportsWindow <= TimeSpan.Zero)
            errors.Add("Evidence:ReportsWindow must be positive.");
        if (options.LeaseDuration < TimeSpan.FromSeconds(15) || options.LeaseDuration > TimeSpan.FromSeconds(60))
            errors.Add("Evidence:LeaseDuration must be between 00:00:15 and 00:01:00 (Azure blob lease limits).");
        if (options.BreakGlassAccounts.Any(string.IsNullOrWhiteSpace))
            errors.Add("Evidence:BreakGlassAccounts must not contain empty entries.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
