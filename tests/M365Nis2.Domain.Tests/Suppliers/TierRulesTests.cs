using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Domain.Tests.Suppliers;

public class TierRulesTests
{
    private static TierSuggestion Suggest(ServiceKind[] services, DataKind[] data, SystemAccess access = SystemAccess.None, bool sole = false) =>
        TierRules.Suggest(new SupplierProfile(services, data, access, sole));

    [Theory]
    [InlineData(ServiceKind.ManagedIt, "managed-it")]
    [InlineData(ServiceKind.ManagedSecurity, "managed-security")]
    public void Managed_services_that_run_our_systems_are_tier_1(ServiceKind service, string reason)
    {
        var s = Suggest([service], []);
        Assert.Equal(SupplierTier.Tier1, s.Tier);
        Assert.Equal([reason], s.Reasons);
    }

    [Fact]
    public void Privileged_access_is_tier_1_whatever_the_service() =>
        Assert.Equal(SupplierTier.Tier1, Suggest([ServiceKind.Consulting], [], SystemAccess.Privileged).Tier);

    [Theory]
    [InlineData(DataKind.Credentials, "credentials")]
    [InlineData(DataKind.SensitivePersonal, "sensitive-personal-data")]
    public void Secrets_and_sensitive_personal_data_are_tier_1(DataKind data, string reason) =>
        Assert.Equal([reason], Suggest([ServiceKind.Saas], [data]).Reasons);

    [Fact]
    public void Hosting_confidential_data_is_tier_1_but_a_saas_with_confidential_data_is_tier_2()
    {
        Assert.Equal(SupplierTier.Tier1, Suggest([ServiceKind.CloudHosting], [DataKind.Confidential]).Tier);
        Assert.Equal(SupplierTier.Tier2, Suggest([ServiceKind.Saas], [DataKind.Confidential]).Tier);
    }

    [Fact]
    public void A_sole_provider_is_tier_1() =>
        Assert.Equal(["sole-provider"], Suggest([ServiceKind.Facilities], [], sole: true).Reasons);

    [Fact]
    public void Every_tier_1_reason_is_listed()
    {
        var s = Suggest([ServiceKind.ManagedIt, ServiceKind.CloudHosting], [DataKind.Confidential, DataKind.Credentials], SystemAccess.Privileged, true);
        Assert.Equal(["privileged-access", "managed-it", "credentials", "hosts-confidential-data", "sole-provider"], s.Reasons);
    }

    [Theory]
    [InlineData(ServiceKind.Saas)]
    [InlineData(ServiceKind.CloudHosting)]
    [InlineData(ServiceKind.SoftwareDevelopment)]
    [InlineData(ServiceKind.Network)]
    [InlineData(ServiceKind.Payment)]
    public void Digital_services_are_tier_2(ServiceKind service) =>
        Assert.Equal((SupplierTier.Tier2, "digital-service"), (Suggest([service], [DataKind.Internal]).Tier, Suggest([service], []).Reasons[0]));

    [Fact]
    public void Personal_data_or_user_access_is_tier_2()
    {
        Assert.Equal(["personal-data"], Suggest([ServiceKind.Consulting], [DataKind.Personal]).Reasons);
        Assert.Equal(["user-access"], Suggest([ServiceKind.Consulting], [], SystemAccess.UserLevel).Reasons);
    }

    [Theory]
    [InlineData(ServiceKind.Hardware)]
    [InlineData(ServiceKind.Facilities)]
    [InlineData(ServiceKind.Consulting)]
    [InlineData(ServiceKind.Other)]
    public void Low_exposure_suppliers_are_tier_3(ServiceKind service) =>
        Assert.Equal(new TierSuggestion(SupplierTier.Tier3, ["low-exposure"]).Tier, Suggest([service], [DataKind.Internal, DataKind.None]).Tier);

    [Fact]
    public void Every_reason_any_profile_can_give_is_a_listed_code_and_every_listed_code_is_given_by_some_profile()
    {
        var given = new HashSet<string>();
        var dataSets = Enum.GetValues<DataKind>().Select(d => new[] { d }).Append([DataKind.Confidential, DataKind.Personal]).ToList();
        foreach (var service in Enum.GetValues<ServiceKind>())
            foreach (var data in dataSets)
                foreach (var access in Enum.GetValues<SystemAccess>())
                    foreach (var sole in new[] { false, true })
                        given.UnionWith(Suggest([service], data, access, sole).Reasons);

        Assert.Equal(TierRules.ReasonCodes.Order(StringComparer.Ordinal), given.Order(StringComparer.Ordinal));
    }
}
