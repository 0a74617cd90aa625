using System.Globalization;

namespace M365Nis2.Domain.Suppliers;

public enum CertificateKind
{
    Iso27001 = 0,
    Soc2Type2,
    Soc2Type1,
    Isae3402,
    Iso27701,
    Iso22301,
    Other,
}

public enum CertificateState
{
    Valid = 0,
    ExpiringSoon,
    Expired,
}

/// <summary>A certification or assurance report a supplier holds.</summary>
/// <param name="ValidUntil">Last day it is valid (the certificate's expiry, or a report's period end plus 12 months).</param>
/// <param name="Scope">What it covers, as stated on the certificate; an auditor checks it covers our service.</param>
public sealed record SupplierCertificate(CertificateKind Kind, string Name, DateOnly ValidUntil, string? Scope = null);

public sealed record CertificateStatus(CertificateState State, string Reason);

/// <summary>Certificate expiry: expiring soon inside 60 days, expired the day after <see cref="SupplierCertificate.ValidUntil"/>.</summary>
public static class CertificateRules
{
    public const int ExpiringSoonDays = 60;

    /// <summary>Reminder points before expiry, in days, longest first (0 = on the last valid day).</summary>
    public static IReadOnlyList<int> ReminderDays { get; } = [60, 30, 7, 0];

    public static CertificateStatus Evaluate(SupplierCertificate certificate, DateOnly today)
    {
        var until = certificate.ValidUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (today > certificate.ValidUntil)
            return new(CertificateState.Expired, $"{certificate.Name} expired on {until}.");
        if (today >= certificate.ValidUntil.AddDays(-ExpiringSoonDays))
            return new(CertificateState.ExpiringSoon, $"{certificate.Name} expires on {until}.");
        return new(CertificateState.Valid, $"{certificate.Name} valid until {until}.");
    }

    /// <summary>The display name of a kind, as auditors write it.</summary>
    public static string DisplayName(CertificateKind kind) => kind switch
    {
        CertificateKind.Iso27001 => "ISO/IEC 27001",
        CertificateKind.Soc2Type2 => "SOC 2 Type II",
        CertificateKind.Soc2Type1 => "SOC 2 Type I",
        CertificateKind.Isae3402 => "ISAE 3402",
        CertificateKind.Iso27701 => "ISO/IEC 27701",
        CertificateKind.Iso22301 => "ISO 22301",
        _ => "Other",
    };
}
