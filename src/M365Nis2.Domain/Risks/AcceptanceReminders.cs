namespace M365Nis2.Domain.Risks;

/// <summary>Which reminder an acceptance calls for.</summary>
public enum AcceptanceReminder
{
    None = 0,
    /// <summary>Valid, and expiring within the reminder window: time to review or ask again.</summary>
    ExpiresSoon,
    /// <summary>Past its expiry: the risk is back in review.</summary>
    Expired,
}

public static class AcceptanceReminders
{
    /// <summary>
    /// The reminder due on <paramref name="today"/>; the caller sends each kind once per acceptance (keyed by risk,
    /// kind and expiry date), so a renewed acceptance reminds again.
    /// </summary>
    public static AcceptanceReminder Due(AcceptanceState state, DateOnly expiresOn, DateOnly today, int reminderDays) => state switch
    {
        AcceptanceState.Expired => AcceptanceReminder.Expired,
        AcceptanceState.Valid when reminderDays > 0 && today >= expiresOn.AddDays(-reminderDays) => AcceptanceReminder.ExpiresSoon,
        _ => AcceptanceReminder.None,
    };
}
