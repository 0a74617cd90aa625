using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Web.Features.Risks;

/// <summary>Settings of the risk feature (section "Risks").</summary>
public sealed class RisksOptions
{
    public const string Section = "Risks";

    /// <summary>Days the board (or the owner) has to decide when the request gives no deadline.</summary>
    [Range(1, 90)]
    public int DecisionDays { get; set; } = 14;

    /// <summary>Days before an acceptance expires that the CISO and the owner are reminded.</summary>
    [Range(0, 90)]
    public int ExpiryReminderDays { get; set; } = 30;

    /// <summary>The organisation's zone, for "today" in review and expiry dates.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    /// <summary>How often the review job looks for expired acceptances (1 minute to 1 day).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}
