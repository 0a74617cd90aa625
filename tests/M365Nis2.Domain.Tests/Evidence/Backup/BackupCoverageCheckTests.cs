using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Backup;

namespace M365Nis2.Domain.Tests.Evidence.Backup;

public class BackupCoverageCheckTests
{
    private static readonly BackupWorkload[] All = [BackupWorkload.Exchange, BackupWorkload.SharePoint, BackupWorkload.OneDrive];

    private static BackupEvidence Evidence(params ProtectionPolicy[] policies) =>
        new(Collected.Ok(new BackupService(true, "enabled")), Collected.Ok<IReadOnlyList<ProtectionPolicy>>(policies));

    private static ProtectionPolicy P(BackupWorkload w, string status = "active") => new($"p-{w}", $"{w} backup", w, status, 10);

    [Fact]
    public void Every_workload_actively_protected_is_met() =>
        Assert.Equal(Outcome.Met, BackupCoverageCheck.Evaluate(Evidence(P(BackupWorkload.Exchange), P(BackupWorkload.SharePoint), P(BackupWorkload.OneDrive)), All).Outcome);

    [Fact]
    public void A_missing_workload_is_partially_met_and_named()
    {
        var check = BackupCoverageCheck.Evaluate(Evidence(P(BackupWorkload.Exchange), P(BackupWorkload.SharePoint), P(BackupWorkload.OneDrive, "inactive")), All);
        Assert.Equal(Outcome.PartiallyMet, check.Outcome);
        Assert.Contains(check.Findings, f => f.Message == "No active protection policy for OneDrive.");
        Assert.Contains(check.Findings, f => f.Message.EndsWith("are inactive.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_policy_with_errors_is_partially_met() =>
        Assert.Equal(Outcome.PartiallyMet, BackupCoverageCheck.Evaluate(Evidence(P(BackupWorkload.Exchange, "activeWithErrors"), P(BackupWorkload.SharePoint), P(BackupWorkload.OneDrive)), All).Outcome);

    [Fact]
    public void Enabled_service_without_active_policies_is_not_met() =>
        Assert.Equal(Outcome.NotMet, BackupCoverageCheck.Evaluate(Evidence(), All).Outcome);

    [Fact]
    public void Configured_workloads_only_are_required() =>
        Assert.Equal(Outcome.Met, BackupCoverageCheck.Evaluate(Evidence(P(BackupWorkload.Exchange)), [BackupWorkload.Exchange]).Outcome);

    [Fact]
    public void Disabled_service_is_unknown_and_points_to_uploads()
    {
        var evidence = new BackupEvidence(Collected.Ok(new BackupService(false, "disabled")), Collected.Ok<IReadOnlyList<ProtectionPolicy>>([]));
        var check = BackupCoverageCheck.Evaluate(evidence, All);
        Assert.Equal(Outcome.Unknown, check.Outcome);
        Assert.Contains("upload", check.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_service_is_unknown_naming_the_permission()
    {
        var evidence = new BackupEvidence(Collected.NotCollected<BackupService>(CollectionStatus.Forbidden("BackupRestore-Configuration.Read.All")),
            Collected.NotCollected<IReadOnlyList<ProtectionPolicy>>(CollectionStatus.Forbidden("BackupRestore-Configuration.Read.All")));
        var evaluation = BackupCoverageCheck.EvaluateSource(evidence, All);
        var check = Assert.Single(evaluation.Checks);
        Assert.Equal("art21.2.c", check.ControlId);
        Assert.Equal(Outcome.Unknown, check.Result.Outcome);
        Assert.Contains("BackupRestore-Configuration.Read.All", check.Result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_policies_read_in_danish_with_the_names_as_they_are()
    {
        var check = BackupCoverageCheck.Evaluate(Evidence(P(BackupWorkload.Exchange), P(BackupWorkload.SharePoint, "activeWithErrors"),
            new ProtectionPolicy("p-o", "OneDrive backup", BackupWorkload.OneDrive, "updateRequested", null)), All);
        var covered = check.Findings[0];
        Assert.Equal(["Exchange backup (Exchange, 10 unit(s), active)", "SharePoint backup (SharePoint, 10 unit(s), activeWithErrors)",
            "OneDrive backup (OneDrive, updateRequested)"], covered.Subjects);
        Assert.Equal(["Exchange backup (Exchange, 10 enhed(er), aktiv)", "SharePoint backup (SharePoint, 10 enhed(er), aktiv med fejl)",
            "OneDrive backup (OneDrive, afventer opdatering)"], covered.SubjectsIn("da"));
    }
}
