using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Web.Features.Evidence;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace M365Nis2.Web.Tests.Evidence;

/// <summary>
/// The targeted (j) collection (totals, admins, only the unregistered rows) against the full scan, both with the real
/// Graph SDK on the demo tenant: same verdicts and the same named offenders at every size, or an honest fallback.
/// </summary>
public class TargetedCollectionTests
{
    private const string Registrations = "/reports/authenticationMethods/userRegistrationDetails";

    [Theory]
    [InlineData(0, 8)]
    [InlineData(40, 8)]
    [InlineData(2_500, 20)]
    [InlineData(2_500, 1)]
    [InlineData(30_000, 20)]
    public async Task Targeted_and_full_collection_give_the_same_verdicts_and_named_offenders(int employees, int unregisteredEvery)
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = employees, UnregisteredEvery = unregisteredEvery });

        var targeted = await CollectAsync(server, RegistrationScanMode.Targeted);
        var targetedReports = server.RequestCount("/reports/");
        var full = await CollectAsync(server, RegistrationScanMode.Full);
        var fullReports = server.RequestCount("/reports/") - targetedReports;

        Assert.Equal("targeted", targeted.Snapshot.RegistrationScan.Mode);
        Assert.Null(targeted.Snapshot.RegistrationScan.FallbackReason);
        Assert.Equal("full", full.Snapshot.RegistrationScan.Mode);
        AssertSameVerdicts(full, targeted);
        var unregistered = full.Snapshot.Registration.UnregisteredMembers.Total + full.Snapshot.Registration.Guests - full.Snapshot.Registration.RegisteredGuests;
        Assert.Equal(1 + targeted.Snapshot.RegistrationDigest.Pages, targetedReports); // the summary, then pages of admins and of the unregistered
        Assert.InRange(targeted.Snapshot.RegistrationDigest.Pages, 2, 2 + (int)Math.Ceiling(unregistered / 999.0));
        Assert.Equal((int)Math.Ceiling(server.Directory.Users.Count / 999.0), fullReports);
    }

    [Fact]
    public async Task A_refused_directory_count_falls_back_to_the_full_scan_and_says_why()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 300 });
        server.Faults.Inject("/users/$count", new DemoGraphFault(400, "Request_BadRequest", "$count is not currently supported."));

        var fellBack = await CollectAsync(server, RegistrationScanMode.Targeted);
        var full = await CollectAsync(server, RegistrationScanMode.Full);

        Assert.Equal("full", fellBack.Snapshot.RegistrationScan.Mode);
        Assert.Contains("directory count was refused", fellBack.Snapshot.RegistrationScan.FallbackReason, StringComparison.Ordinal);
        Assert.Equal(server.Directory.Users.Count, fellBack.Snapshot.RegistrationDigest.Rows);
        AssertSameVerdicts(full, fellBack);
    }

    [Fact]
    public async Task A_refused_report_filter_falls_back_to_the_full_scan()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 300 });
        server.Faults.Inject(Registrations, new DemoGraphFault(400, "BadRequest", "Invalid filter clause"));

        var fellBack = await CollectAsync(server, RegistrationScanMode.Targeted);

        Assert.Equal("full", fellBack.Snapshot.RegistrationScan.Mode);
        Assert.Contains("refused a filtered report query", fellBack.Snapshot.RegistrationScan.FallbackReason, StringComparison.Ordinal);
        Assert.True(fellBack.Snapshot.Registration.Status.IsOk);
    }

    [Fact]
    public async Task Directory_counts_that_lag_the_report_fall_back_to_the_full_scan()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 300, UsersCountLag = 1 });

        var fellBack = await CollectAsync(server, RegistrationScanMode.Targeted);

        Assert.Equal("full", fellBack.Snapshot.RegistrationScan.Mode);
        Assert.Contains("totals and the rows disagree", fellBack.Snapshot.RegistrationScan.FallbackReason, StringComparison.Ordinal);
        Assert.Equal(server.Directory.Users.Count, fellBack.Snapshot.Registration.EnabledMembers + fellBack.Snapshot.Registration.Guests);
    }

    [Fact]
    public async Task A_report_refused_for_lack_of_permission_is_not_retried_as_a_full_scan()
    {
        await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 300 });
        server.Faults.Inject(Registrations, DemoGraphFault.Forbidden());

        var result = await CollectAsync(server, RegistrationScanMode.Targeted);

        Assert.Equal(CollectionStatusKind.Forbidden, result.Snapshot.Registration.Status.Kind);
        Assert.Equal("targeted", result.Snapshot.RegistrationScan.Mode);
        Assert.Equal(1, server.RequestCount(Registrations));
    }

    private static async Task<(MfaSnapshot Snapshot, MfaEvaluation Evaluation)> CollectAsync(DemoGraphServer server, RegistrationScanMode mode)
    {
        var options = new EvidenceOptions { BreakGlassAccounts = [DemoDirectory.BreakGlassUpn], RegistrationScan = mode, ReportsRequestLimit = 1000 };
        using var pacer = new ReportsPacer(TimeProvider.System, Options.Create(options));
        var collector = new MfaCollector(pacer, options, TimeProvider.System, NullLogger<MfaCollector>.Instance);
        var snapshot = await collector.CollectAsync(server.BaseUrl, new AnonymousAuthenticationProvider(), CancellationToken.None);
        return (snapshot, MfaEvaluator.Evaluate(snapshot.Evidence, snapshot.Registration, options.ToRuleOptions(snapshot.BreakGlassIds)));
    }

    private static void AssertSameVerdicts((MfaSnapshot Snapshot, MfaEvaluation Evaluation) full, (MfaSnapshot Snapshot, MfaEvaluation Evaluation) other)
    {
        var a = full.Snapshot.Registration;
        var b = other.Snapshot.Registration;
        Assert.Equal((a.Status.Kind, a.EnabledMembers, a.RegisteredMembers, a.Guests, a.RegisteredGuests, a.Admins),
            (b.Status.Kind, b.EnabledMembers, b.RegisteredMembers, b.Guests, b.RegisteredGuests, b.Admins));
        Assert.Equal(a.UnregisteredMembers.Names, b.UnregisteredMembers.Names);
        Assert.Equal(a.UnregisteredMembers.Total, b.UnregisteredMembers.Total);
        Assert.Equal(a.UnregisteredAdmins.Names, b.UnregisteredAdmins.Names);
        Assert.Equal(a.UnregisteredAdmins.Total, b.UnregisteredAdmins.Total);
        Assert.Equal(full.Evaluation.Overall, other.Evaluation.Overall);
        Assert.Equal(Verdicts(full.Evaluation), Verdicts(other.Evaluation));
    }

    private static List<string> Verdicts(MfaEvaluation e) =>
        [.. e.Checks.SelectMany(c => c.Findings.Select(f => $"{c.Check} {c.Outcome} {f.Severity} {f.Message} [{string.Join("|", f.Subjects)}]").DefaultIfEmpty($"{c.Check} {c.Outcome}"))];
}
