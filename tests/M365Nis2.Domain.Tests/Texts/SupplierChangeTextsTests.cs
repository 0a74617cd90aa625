using M365Nis2.Domain.Texts;
using T = M365Nis2.Domain.Texts.SupplierChangeTexts;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>The supplier history lines the app writes: the English as it always read, the Danish beside it, notes as typed.</summary>
public class SupplierChangeTextsTests
{
    [Fact]
    public void An_edit_lists_every_changed_field_in_the_readers_language_in_order()
    {
        var text = T.EditedOf([T.Tier.With(1, 2), T.Owner.With(), T.Certificates.With(), T.Ended.With()]);

        Assert.Equal("edited: tier 1→2, owner, certificates, ended", text.English);
        Assert.Equal("ændret: niveau 1→2, intern ansvarlig, certifikater, samarbejdet afsluttet", text.Danish);
        Assert.Equal(T.Edited.Code, text.Code);
    }

    [Fact]
    public void One_change_is_not_a_list_and_no_listed_change_says_details_were_edited()
    {
        Assert.Equal(("edited: linked risks", "ændret: tilknyttede risici"), Both(T.EditedOf([T.Risks.With()])));
        Assert.Equal(("details edited", "oplysninger ændret"), Both(T.EditedOf([])));
        Assert.Equal(("edited: tier 2 decided", "ændret: niveau 2 besluttet"), Both(T.EditedOf([T.TierDecided.With(2)])));
    }

    [Fact]
    public void Registration_import_assessment_and_linked_app_lines_have_danish()
    {
        Assert.Equal(("registered", "registreret"), Both(T.Registered.With()));
        Assert.Equal(("imported from CSV", "importeret fra CSV-fil"), Both(T.Imported.With()));
        Assert.Equal(("assessment a1 answered: 2 findings", "vurdering a1 besvaret: 2 fund"), Both(T.Assessed.With("a1", 2)));
        Assert.Equal(("linked app CloudSafe Backup (sp-1)", "app tilknyttet: CloudSafe Backup (sp-1)"), Both(T.LinkedApp.With("CloudSafe Backup (sp-1)")));
    }

    [Theory]
    [InlineData("supplier.change.finding.resolved", "finding f1 resolved: @ops fixed it, {see ticket}", "fund f1 løst: @ops fixed it, {see ticket}")]
    [InlineData("supplier.change.finding.accepted", "finding f1 risk-accepted: @ops fixed it, {see ticket}", "fund f1 risikoaccepteret: @ops fixed it, {see ticket}")]
    [InlineData("supplier.change.finding.reopened", "finding f1 reopened: @ops fixed it, {see ticket}", "fund f1 genåbnet: @ops fixed it, {see ticket}")]
    public void A_findings_note_is_kept_as_typed_even_when_it_looks_like_a_code_or_a_placeholder(string code, string english, string danish)
    {
        var text = TextCatalog.Find(code)!.With("f1", "@ops fixed it, {see ticket}");
        Assert.Equal((english, danish), Both(text));
    }

    [Fact]
    public void Many_changes_nest_without_limit_and_still_render_both_languages()
    {
        var fields = new[] { T.Name, T.VatNumber, T.Country, T.Services, T.Data, T.Access, T.SoleProvider, T.Owner, T.Contract, T.Clauses,
            T.Systems, T.Certificates, T.Assets, T.Risks, T.Apps };
        var text = T.EditedOf([.. fields.Select(f => f.With())]);

        Assert.Equal("edited: " + string.Join(", ", fields.Select(f => f.English)), text.English);
        Assert.Equal("ændret: " + string.Join(", ", fields.Select(f => f.Danish)), text.Danish);
        Assert.DoesNotContain("{", text.Danish, StringComparison.Ordinal);
    }

    private static (string English, string Danish) Both(CodedText text) => (text.English, text.Danish);
}
