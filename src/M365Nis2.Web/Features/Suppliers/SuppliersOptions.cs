using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>Section <c>Suppliers</c>: discovery of third-party apps, reminders and assessment defaults.</summary>
public sealed class SuppliersOptions
{
    public const string Section = "Suppliers";

    /// <summary><c>Suppliers:TenantId</c>: our tenant, to tell third-party apps from our own; defaults to Graph:TenantId,
    /// Bot:TenantId or AzureAd:TenantId (the demo tenant in demo mode).</summary>
    public string? TenantId { get; set; }

    /// <summary><c>Suppliers:JobsEnabled</c>: run the daily discovery and reminder job (on-demand discovery works either way).</summary>
    public bool JobsEnabled { get; set; } = true;

    /// <summary><c>Suppliers:JobInterval</c>: how often the job wakes (default 24 h, 1 minute to 7 days); discovery runs once per
    /// interval, each reminder is sent once.</summary>
    public TimeSpan JobInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary><c>Suppliers:FirstRunDelay</c>: wait after start before the first job run.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary><c>Suppliers:AssessmentAnswerDays</c>: days the owner has to answer an assessment.</summary>
    [Range(1, 180, ErrorMessage = "Suppliers:AssessmentAnswerDays must be between 1 and 180.")]
    public int AssessmentAnswerDays { get; set; } = 21;

    /// <summary><c>Suppliers:MaxReportBytes</c>: largest report or certificate file accepted (default 20 MB).</summary>
    [Range(1024, 104857600, ErrorMessage = "Suppliers:MaxReportBytes must be between 1 KB and 100 MB.")]
    public long MaxReportBytes { get; set; } = 20 * 1024 * 1024;
}
