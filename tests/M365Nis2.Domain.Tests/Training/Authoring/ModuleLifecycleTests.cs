using M365Nis2.Domain.Texts;
using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Domain.Training.Modules;

namespace M365Nis2.Domain.Tests.Training.Authoring;

public class ModuleLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static ModuleVersion Version(int version, ModuleVersionState state) =>
        new("usb-1a2b", version, state, ModuleSamples.Valid(), "ciso", Now.AddDays(-version), state == ModuleVersionState.Published ? "ciso" : null,
            state == ModuleVersionState.Published ? Now.AddDays(-version) : null);

    [Fact]
    public void Only_the_draft_is_discarded_never_a_published_version()
    {
        var v1 = Version(1, ModuleVersionState.Published);
        var v2 = Version(2, ModuleVersionState.Draft);

        Assert.Equal(2, ModuleLifecycle.Discard([v1, v2]).Draft!.Version);
        var (none, refusal) = ModuleLifecycle.Discard([v1]);
        Assert.Null(none);
        Assert.Equal(ModuleTexts.NoDraft.Code, refusal!.Code);
        Assert.Equal(1, ModuleLifecycle.Discard([Version(1, ModuleVersionState.Draft)]).Draft!.Version); // a never-published module
    }

    [Fact]
    public void A_published_module_without_recurring_campaigns_may_be_retired_and_offered_again()
    {
        var versions = new[] { Version(1, ModuleVersionState.Published), Version(2, ModuleVersionState.Draft) };

        Assert.Null(ModuleLifecycle.RefuseRetire(versions, retired: false, recurringCampaigns: 0));
        Assert.Equal(ModuleTexts.AlreadyRetired.Code, ModuleLifecycle.RefuseRetire(versions, retired: true, 0)!.Code);
        Assert.Equal(ModuleTexts.RetireUnpublished.Code, ModuleLifecycle.RefuseRetire([Version(1, ModuleVersionState.Draft)], false, 0)!.Code);
        var scheduled = ModuleLifecycle.RefuseRetire(versions, false, recurringCampaigns: 2)!;
        Assert.Equal("2 recurring campaign(s) use this module; stop them on the Campaigns page before retiring it.", scheduled.English);
        Assert.StartsWith("2 tilbagevendende kampagne(r)", scheduled.Danish, StringComparison.Ordinal);
        Assert.Null(ModuleLifecycle.RefuseRestore(retired: true));
        Assert.Equal(ModuleTexts.NotRetired.Code, ModuleLifecycle.RefuseRestore(retired: false)!.Code);
    }

    [Theory]
    [InlineData("phishing")]
    [InlineData("mfa_passwords")]
    [InlineData("incident_reporting")]
    public void A_built_in_becomes_authored_content_that_teaches_and_grades_the_same(string id)
    {
        var en = AwarenessModules.Find(id, "en")!;
        var da = AwarenessModules.Find(id, "da")!;

        var content = ModuleLifecycle.FromModule(en, da);

        Assert.Empty(content.Validate()); // publishable as it is
        foreach (var (original, copy) in new[] { (en, content.ToModule("x", 1, "en")), (da, content.ToModule("x", 1, "da")) })
        {
            Assert.Equal(original.Title, copy.Title);
            Assert.Equal(original.Paragraphs, copy.Paragraphs);
            Assert.Equal(original.PassMark, copy.PassMark);
            Assert.Equal(original.Questions.Select(q => (q.Text, string.Join("|", q.Options), string.Join(",", q.CorrectOptions.Order()))),
                copy.Questions.Select(q => (q.Text, string.Join("|", q.Options), string.Join(",", q.CorrectOptions.Order()))));
        }
    }

    [Fact]
    public void A_copy_is_titled_as_one_in_both_languages_and_stays_within_the_title_limit()
    {
        var source = ModuleSamples.Valid();
        var copy = ModuleLifecycle.CopyOf(source);
        Assert.Equal("Copy of " + source.En.Title, copy.En.Title);
        Assert.Equal("Kopi af " + source.Da.Title, copy.Da.Title);
        Assert.True((source with { En = copy.En, Da = copy.Da }).SameAs(copy)); // the rest (texts, quiz, pass mark) as it was

        var longTitle = ModuleSamples.Valid() with { En = ModuleSamples.Valid().En with { Title = new string('x', ModuleContent.TitleMax) } };
        Assert.Equal(ModuleContent.TitleMax, ModuleLifecycle.CopyOf(longTitle).En.Title.Length);
        Assert.Empty(ModuleLifecycle.CopyOf(longTitle).CheckLimits());
    }
}
