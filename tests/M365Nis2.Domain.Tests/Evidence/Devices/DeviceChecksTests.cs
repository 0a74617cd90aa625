using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Devices;

namespace M365Nis2.Domain.Tests.Evidence.Devices;

public class DeviceChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly Collected<EncryptionRequirements> AllRequired =
        Collected.Ok(new EncryptionRequirements([("Windows baseline", DevicePlatform.Windows), ("iOS baseline", DevicePlatform.IOS)]));

    private static ManagedDevice Device(int n, DevicePlatform platform = DevicePlatform.Windows, string? os = "10.0.26100.1", string compliance = "compliant",
        bool? encrypted = true, int syncedDaysAgo = 1) =>
        new($"d{n}", $"PC-{n:D3}", platform, os, compliance, encrypted, syncedDaysAgo < 0 ? null : Now.AddDays(-syncedDaysAgo), $"user{n}@contoso.dk");

    private static DeviceTally Tally(IEnumerable<ManagedDevice> devices, DeviceRuleOptions? options = null)
    {
        var accumulator = new DeviceAccumulator(options ?? DeviceRuleOptions.Default, Now);
        foreach (var d in devices)
            accumulator.Add(d);
        return accumulator.Complete();
    }

    [Theory]
    [InlineData(0, Outcome.Met)]
    [InlineData(5, Outcome.Met)]
    [InlineData(6, Outcome.PartiallyMet)]
    [InlineData(20, Outcome.PartiallyMet)]
    [InlineData(21, Outcome.NotMet)]
    public void Inventory_counts_stale_devices_against_the_thresholds(int stale, Outcome expected)
    {
        var devices = Enumerable.Range(0, 100).Select(i => Device(i, syncedDaysAgo: i < stale ? 31 : 2));
        Assert.Equal(expected, DeviceInventoryCheck.Evaluate(Tally(devices), DeviceRuleOptions.Default).Outcome);
    }

    [Fact]
    public void Stale_and_non_compliant_devices_are_named_with_their_user()
    {
        var check = DeviceInventoryCheck.Evaluate(Tally([Device(1, syncedDaysAgo: 40), Device(2, compliance: "noncompliant"), Device(3, syncedDaysAgo: -1), Device(4)]),
            DeviceRuleOptions.Default);
        Assert.Equal(Outcome.NotMet, check.Outcome);
        var text = string.Join("|", check.Findings.SelectMany(f => f.Subjects));
        Assert.Contains("PC-001 (user1@contoso.dk), last sync", text, StringComparison.Ordinal);
        Assert.Contains("PC-002 (user2@contoso.dk): noncompliant", text, StringComparison.Ordinal);
        Assert.Contains("never synced", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_in_grace_period_counts_as_compliant() =>
        Assert.Equal(Outcome.Met, DeviceInventoryCheck.Evaluate(Tally([Device(1, compliance: "inGracePeriod")]), DeviceRuleOptions.Default).Outcome);

    [Fact]
    public void No_devices_is_unknown_not_met()
    {
        var tally = Tally([]);
        Assert.Equal(Outcome.Unknown, DeviceInventoryCheck.Evaluate(tally, DeviceRuleOptions.Default).Outcome);
        Assert.Equal(Outcome.Unknown, DeviceEncryptionCheck.Evaluate(tally, AllRequired, DeviceRuleOptions.Default).Outcome);
    }

    [Fact]
    public void A_failed_read_makes_every_device_check_unknown_with_the_reason()
    {
        var accumulator = new DeviceAccumulator(DeviceRuleOptions.Default, Now);
        accumulator.Add(Device(1));
        var tally = accumulator.Fail(CollectionStatus.LicenceRequired("Microsoft Intune"));
        var evaluation = DevicesEvaluator.Evaluate(tally, AllRequired, DeviceRuleOptions.Default);
        Assert.All(evaluation.Checks, c => Assert.Equal(Outcome.Unknown, c.Result.Outcome));
        Assert.Contains("Microsoft Intune", evaluation.Checks[0].Result.Findings[0].Message, StringComparison.Ordinal);
        Assert.Null(evaluation.Metrics[DevicesEvaluator.DevicesMetric]);
    }

    [Fact]
    public void Encryption_is_met_only_when_required_and_achieved()
    {
        var devices = Enumerable.Range(0, 50).Select(i => Device(i)).ToList();
        Assert.Equal(Outcome.Met, DeviceEncryptionCheck.Evaluate(Tally(devices), AllRequired, DeviceRuleOptions.Default).Outcome);

        var notRequired = Collected.Ok(new EncryptionRequirements([]));
        var check = DeviceEncryptionCheck.Evaluate(Tally(devices), notRequired, DeviceRuleOptions.Default);
        Assert.Equal(Outcome.NotMet, check.Outcome);
        Assert.Contains(check.Findings, f => f.Message.Contains("No compliance policy requires encryption for Windows", StringComparison.Ordinal));
    }

    [Fact]
    public void Encryption_required_for_some_platforms_only_is_partially_met()
    {
        var devices = new[] { Device(1), Device(2, DevicePlatform.Android, "14") };
        Assert.Equal(Outcome.PartiallyMet, DeviceEncryptionCheck.Evaluate(Tally(devices), AllRequired, DeviceRuleOptions.Default).Outcome);
    }

    [Theory]
    [InlineData(2, Outcome.Met)]
    [InlineData(3, Outcome.PartiallyMet)]
    [InlineData(10, Outcome.PartiallyMet)]
    [InlineData(11, Outcome.NotMet)]
    public void Encryption_achieved_is_judged_against_the_thresholds(int unencrypted, Outcome expected)
    {
        var devices = Enumerable.Range(0, 100).Select(i => Device(i, encrypted: i >= unencrypted));
        Assert.Equal(expected, DeviceEncryptionCheck.Evaluate(Tally(devices), AllRequired, DeviceRuleOptions.Default).Outcome);
    }

    [Fact]
    public void Unreported_encryption_is_left_out_and_said()
    {
        var check = DeviceEncryptionCheck.Evaluate(Tally([Device(1), Device(2, encrypted: null)]), AllRequired, DeviceRuleOptions.Default);
        Assert.Equal(Outcome.Met, check.Outcome);
        Assert.Contains(check.Findings, f => f.Message.StartsWith("1 device(s) do not report", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_compliance_policies_make_encryption_unknown() =>
        Assert.Equal(Outcome.Unknown, DeviceEncryptionCheck.Evaluate(Tally([Device(1)]),
            Collected.NotCollected<EncryptionRequirements>(CollectionStatus.Forbidden("DeviceManagementConfiguration.Read.All")), DeviceRuleOptions.Default).Outcome);

    [Theory]
    [InlineData("10.0.22631.4460", "10.0.22631", true)]
    [InlineData("10.0.19045.5011", "10.0.22631", false)]
    [InlineData("17", "17.0", true)]
    [InlineData("16.7.10", "17.0", false)]
    [InlineData("13 (TP1A.220624.014)", "13", true)]
    [InlineData("", "13", null)]
    [InlineData("beta", "13", null)]
    public void Os_versions_compare_numerically(string version, string minimum, bool? expected) =>
        Assert.Equal(expected, OsVersions.AtLeast(version, minimum));

    [Fact]
    public void Os_currency_names_outdated_devices_and_skips_unreadable_versions()
    {
        var devices = Enumerable.Range(0, 20).Select(i => Device(i)).Append(Device(90, os: "10.0.19045.1")).Append(Device(91, os: null));
        var check = OsCurrencyCheck.Evaluate(Tally(devices), DeviceRuleOptions.Default);
        Assert.Equal(Outcome.Met, check.Outcome); // 20 of 21 = 95.2 %
        Assert.Contains(check.Findings, f => f.Subjects.Any(s => s.Contains("PC-090", StringComparison.Ordinal)));
        Assert.Contains(check.Findings, f => f.Message.StartsWith("1 device(s) report no readable OS version", StringComparison.Ordinal));
    }

    [Fact]
    public void Custom_minimum_versions_are_honoured()
    {
        var options = new DeviceRuleOptions(MinimumOsVersions: new Dictionary<DevicePlatform, string> { [DevicePlatform.Windows] = "10.0.27000" });
        Assert.Equal(Outcome.NotMet, OsCurrencyCheck.Evaluate(Tally([Device(1)], options), options).Outcome);
    }

    [Fact]
    public void Names_are_bounded_but_counts_are_complete()
    {
        var options = new DeviceRuleOptions(NamedLimit: 3);
        var tally = Tally(Enumerable.Range(0, 1000).Select(i => Device(i, encrypted: false)), options);
        Assert.Equal(1000, tally.Unencrypted.Total);
        Assert.Equal(3, tally.Unencrypted.Names.Count);
    }

    [Fact]
    public void Evaluation_speaks_to_e_h_and_i()
    {
        var evaluation = DevicesEvaluator.Evaluate(Tally([Device(1)]), AllRequired, DeviceRuleOptions.Default);
        Assert.Equal(["art21.2.e", "art21.2.h", "art21.2.i"], evaluation.ControlIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Invalid_options_are_reported()
    {
        Assert.NotEmpty(new DeviceRuleOptions(EncryptionMetPercent: 50, EncryptionPartialPercent: 60).Validate());
        Assert.NotEmpty(new DeviceRuleOptions(MinimumOsVersions: new Dictionary<DevicePlatform, string> { [DevicePlatform.IOS] = "latest" }).Validate());
        Assert.Empty(DeviceRuleOptions.Default.Validate());
    }

    // The subjects keep their English exactly (artefacts and tests read it); a Danish reader gets the words around the
    // names in Danish, the names and Intune's own values as they are.
    [Fact]
    public void Named_devices_read_in_danish_with_the_names_as_they_are()
    {
        var inventory = DeviceInventoryCheck.Evaluate(Tally([Device(1, syncedDaysAgo: 40), Device(3, syncedDaysAgo: -1), Device(2, compliance: "noncompliant"),
            Device(4, compliance: "someFutureState")]), DeviceRuleOptions.Default);
        var stale = inventory.Findings.Single(f => f.Code == "devices.stale");
        Assert.Equal(["PC-001 (user1@contoso.dk), last sync 2026-10-20", "PC-003 (user3@contoso.dk), never synced"], stale.Subjects);
        Assert.Equal(["PC-001 (user1@contoso.dk), sidst synkroniseret 2026-10-20", "PC-003 (user3@contoso.dk), aldrig synkroniseret"], stale.SubjectsIn("da"));
        var nonCompliant = inventory.Findings.Single(f => f.Code == "devices.noncompliant");
        Assert.Equal(["PC-002 (user2@contoso.dk): noncompliant", "PC-004 (user4@contoso.dk): someFutureState"], nonCompliant.Subjects);
        Assert.Equal(["PC-002 (user2@contoso.dk): overholder ikke", "PC-004 (user4@contoso.dk): someFutureState"], nonCompliant.SubjectsIn("da-DK"));

        var encryption = DeviceEncryptionCheck.Evaluate(Tally([Device(1), Device(2, DevicePlatform.Android, "14")]), AllRequired, DeviceRuleOptions.Default);
        var notRequired = encryption.Findings.Single(f => f.Code == "devices.encryption.notrequired");
        Assert.Equal(["Android: 1 device(s)"], notRequired.Subjects);
        Assert.Equal(["Android: 1 enhed(er)"], notRequired.SubjectsIn("da"));
    }
}
