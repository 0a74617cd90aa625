using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Domain.Tests.Suppliers;

public class CertificateAndReminderTests
{
    private static readonly SupplierCertificate Iso = new(CertificateKind.Iso27001, "ISO/IEC 27001", new DateOnly(2026, 6, 30));
    private static readonly DateOnly Due = new(2027, 3, 10);

    [Theory]
    [InlineData("2026-04-30", CertificateState.Valid)]
    [InlineData("2026-05-01", CertificateState.ExpiringSoon)]
    [InlineData("2026-06-30", CertificateState.ExpiringSoon)]
    [InlineData("2026-07-01", CertificateState.Expired)]
    public void Certificate_expires_after_its_last_valid_day(string today, CertificateState expected) =>
        Assert.Equal(expected, CertificateRules.Evaluate(Iso, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).State);

    [Fact]
    public void Expired_reason_names_certificate_and_date() =>
        Assert.Equal("ISO/IEC 27001 expired on 2026-06-30.", CertificateRules.Evaluate(Iso, new DateOnly(2026, 8, 1)).Reason);

    [Fact]
    public void Display_names_are_as_auditors_write_them() =>
        Assert.Equal("SOC 2 Type II", CertificateRules.DisplayName(CertificateKind.Soc2Type2));

    private static DueReminder? Next(DateOnly today, params string[] sent) =>
        DueReminders.Next(Due, today, DueReminders.AssessmentDays, DueReminders.AssessmentOverdueEveryDays, sent.ToHashSet());

    [Fact]
    public void Nothing_before_the_first_point() => Assert.Null(Next(Due.AddDays(-31)));

    [Fact]
    public void Each_point_is_sent_once()
    {
        var first = Next(Due.AddDays(-30));
        Assert.Equal(("2027-03-10:d-30", 30, false), (first!.Marker, first.DaysBefore, first.Overdue));
        Assert.Null(Next(Due.AddDays(-29), first.Marker));
        Assert.Equal("2027-03-10:d-7", Next(Due.AddDays(-7), first.Marker)!.Marker);
    }

    [Fact]
    public void After_downtime_only_the_latest_point_is_sent_and_covers_the_missed_ones()
    {
        var r = Next(Due)!;
        Assert.Equal("2027-03-10:d-0", r.Marker);
        Assert.Equal(["2027-03-10:d-30", "2027-03-10:d-7", "2027-03-10:d-0"], r.Covers);
    }

    [Fact]
    public void Overdue_repeats_every_14_days_once_each()
    {
        Assert.Null(Next(Due.AddDays(13), "2027-03-10:d-0"));
        var first = Next(Due.AddDays(14), "2027-03-10:d-0")!;
        Assert.Equal(("2027-03-10:o-1", true), (first.Marker, first.Overdue));
        Assert.Null(Next(Due.AddDays(20), "2027-03-10:d-0", first.Marker));
        Assert.Equal("2027-03-10:o-2", Next(Due.AddDays(28), "2027-03-10:d-0", first.Marker)!.Marker);
    }

    [Fact]
    public void A_moved_due_date_reminds_afresh()
    {
        var moved = DueReminders.Next(Due.AddYears(1), Due.AddYears(1).AddDays(-30), DueReminders.AssessmentDays, 14,
            new HashSet<string> { "2027-03-10:d-30" });
        Assert.Equal("2028-03-10:d-30", moved!.Marker);
    }

    [Fact]
    public void Certificate_reminders_stop_at_expiry()
    {
        var at = DueReminders.Next(Iso.ValidUntil, Iso.ValidUntil, CertificateRules.ReminderDays, 0, new HashSet<string>());
        Assert.Equal("2026-06-30:d-0", at!.Marker);
        Assert.Null(DueReminders.Next(Iso.ValidUntil, Iso.ValidUntil.AddDays(90), CertificateRules.ReminderDays, 0, new HashSet<string> { at.Marker }));
    }
}
