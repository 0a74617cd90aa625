using M365Nis2.Web.Features.Controls;

namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>
/// The stated rule where several providers judge one measure ((b): incident register + Defender; (j): MFA + Secure
/// Score; (c)/(f): exercises + sources): what the tenant shows NotMet stays NotMet, never Met beside an Unknown, a
/// current upload agrees with Met.
/// </summary>
public class ProviderMergeRuleTests
{
    private static readonly DateTimeOffset Earlier = new(2026, 11, 1, 6, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2026, 11, 20, 6, 0, 0, TimeSpan.Zero);

    private static ControlStatus Register(string status, string? summary = null) => new(status, Earlier, false, summary);

    private static ControlStatus Tenant(string status, string? summary = null) => new(status, Later, true, summary, FromTenant: true);

    [Theory]
    [InlineData(ControlStatuses.Met)]
    [InlineData(ControlStatuses.PartiallyMet)]
    [InlineData(ControlStatuses.Documented)]
    [InlineData(ControlStatuses.Unknown)]
    public void A_not_met_read_in_the_tenant_is_not_overruled_by_a_register_or_a_document(string other)
    {
        var merged = ControlStatusMerge.Combine([Register(other, "register"), Tenant(ControlStatuses.NotMet, "Defender: 2 high incidents open")]);

        Assert.Equal(ControlStatuses.NotMet, merged.Status);
        Assert.StartsWith("Defender: 2 high incidents open", merged.Summary, StringComparison.Ordinal); // the reason first
        Assert.True(merged.FromTenant);
    }

    [Fact]
    public void Two_tenant_sources_take_the_weaker_so_secure_score_not_met_beats_mfa_met()
    {
        var merged = ControlStatusMerge.Combine([Tenant(ControlStatuses.NotMet, "Secure Score gaps"), Tenant(ControlStatuses.Met, "MFA")]);

        Assert.Equal(ControlStatuses.NotMet, merged.Status);
    }

    [Fact]
    public void A_register_not_met_beside_a_tenant_met_is_partially_met()
    {
        // The register (e.g. an incident past its Art. 23 deadline) is not the tenant: it does not decide alone either.
        Assert.Equal(ControlStatuses.PartiallyMet, ControlStatusMerge.Combine([Register(ControlStatuses.NotMet), Tenant(ControlStatuses.Met)]).Status);
    }

    [Theory]
    [InlineData(ControlStatuses.Met)]
    [InlineData(ControlStatuses.Documented)]
    public void Never_met_beside_an_unknown_tenant_read(string other)
    {
        Assert.Equal(ControlStatuses.PartiallyMet, ControlStatusMerge.Combine([Register(other), Tenant(ControlStatuses.Unknown)]).Status);
    }

    [Fact]
    public void A_current_upload_agrees_with_met()
    {
        Assert.Equal(ControlStatuses.Met, ControlStatusMerge.Combine([Tenant(ControlStatuses.Met), Register(ControlStatuses.Documented)]).Status);
    }

    [Fact]
    public void Providers_without_evidence_stand_aside_even_for_a_tenant_not_met()
    {
        var merged = ControlStatusMerge.Combine([Register(ControlStatuses.NoEvidenceYet), Tenant(ControlStatuses.NotMet)]);
        Assert.Equal(ControlStatuses.NotMet, merged.Status);
        Assert.Equal(Later, merged.LastEvidenceAt);

        var none = ControlStatusMerge.Combine([Register(ControlStatuses.NoEvidenceYet), new ControlStatus(ControlStatuses.NoEvidenceYet, null, true, FromTenant: false)]);
        Assert.Equal(ControlStatuses.NoEvidenceYet, none.Status);
        Assert.True(none.IsDemo);
    }

    [Fact]
    public void Without_tenant_reads_the_register_rule_is_unchanged()
    {
        Assert.Equal(ControlStatuses.PartiallyMet, ControlStatusMerge.Combine([Register(ControlStatuses.Met), Register(ControlStatuses.NotMet)]).Status);
        Assert.Equal(ControlStatuses.NotMet, ControlStatusMerge.Combine([Register(ControlStatuses.NotMet), Register(ControlStatuses.Unknown)]).Status);
        Assert.Equal(ControlStatuses.Unknown, ControlStatusMerge.Combine([Register(ControlStatuses.Unknown), Register("Expired")]).Status);
        Assert.Equal(ControlStatuses.Met, ControlStatusMerge.Combine([Register(ControlStatuses.Met), Register(ControlStatuses.Met)]).Status);
    }
}
