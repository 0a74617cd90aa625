using M365Nis2.Domain.Training.Authoring;

namespace M365Nis2.Domain.Tests.Training.Authoring;

public class ModuleVersionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static ModuleVersion Published(int version, ModuleContent? content = null) =>
        new("usb-1a2b", version, ModuleVersionState.Published, content ?? ModuleSamples.Valid(), "ciso", Now.AddDays(-version), "ciso", Now.AddDays(-version));

    [Fact]
    public void The_first_save_is_draft_version_one()
    {
        var change = ModuleVersions.SaveDraft("usb-1a2b", [], ModuleSamples.Empty(), "ciso", Now);

        Assert.True(change.IsNewVersion);
        Assert.Equal((1, ModuleVersionState.Draft, "ciso", Now), (change.Version!.Version, change.Version.State, change.Version.EditedBy, change.Version.EditedAt));
    }

    [Fact]
    public void Saving_again_edits_the_draft_in_place()
    {
        var draft = ModuleVersions.SaveDraft("usb-1a2b", [], ModuleSamples.Empty(), "ciso", Now).Version!;

        var change = ModuleVersions.SaveDraft("usb-1a2b", [draft], ModuleSamples.Valid(), "deputy", Now.AddMinutes(5));

        Assert.False(change.IsNewVersion);
        Assert.Equal((1, "deputy"), (change.Version!.Version, change.Version.EditedBy));
        Assert.Equal(ModuleSamples.Valid().En.Title, change.Version.Content.En.Title);
    }

    [Fact]
    public void Editing_after_a_publish_starts_the_next_version_and_leaves_the_published_one_as_it_was()
    {
        var v1 = Published(1);
        var edited = ModuleSamples.Valid() with { En = new ModuleText("USB sticks (2027)", "i", "b") };

        var change = ModuleVersions.SaveDraft("usb-1a2b", [v1], edited, "ciso", Now);

        Assert.True(change.IsNewVersion);
        Assert.Equal((2, ModuleVersionState.Draft), (change.Version!.Version, change.Version.State));
        Assert.Equal("USB sticks", v1.Content.En.Title);
        Assert.Equal("Version 1 is published and cannot be changed; saving starts a new draft version.", ModuleVersions.RefuseEdit(v1));
        Assert.Null(ModuleVersions.RefuseEdit(change.Version));
    }

    [Fact]
    public void Saving_the_published_text_unchanged_writes_nothing()
    {
        var v1 = Published(1);

        var change = ModuleVersions.SaveDraft("usb-1a2b", [v1], ModuleSamples.Valid(), "ciso", Now);
        var changed = ModuleVersions.SaveDraft("usb-1a2b", [v1], ModuleSamples.Valid() with { PassPercent = 80 }, "ciso", Now);

        Assert.True(change.Unchanged);
        Assert.False(change.IsNewVersion);
        Assert.Same(v1, change.Version);
        Assert.False(changed.Unchanged);
        Assert.Equal(2, changed.Version!.Version);
        Assert.False(ModuleSamples.Valid().SameAs(ModuleSamples.Valid() with { Questions = [ModuleSamples.Valid().Questions[0]] }));
    }

    [Fact]
    public void A_draft_over_the_limits_is_not_saved_and_the_field_is_named()
    {
        var tooLong = ModuleSamples.Valid() with { PassPercent = 0 };

        var change = ModuleVersions.SaveDraft("usb-1a2b", [], tooLong, "ciso", Now);

        Assert.False(change.Applied);
        Assert.Equal("passPercent", change.Problems.Single().Field);
    }

    [Fact]
    public void Publishing_the_draft_makes_it_immutable_and_records_who_and_when()
    {
        var draft = ModuleVersions.SaveDraft("usb-1a2b", [Published(1)], ModuleSamples.Valid() with { PassPercent = 50 }, "ciso", Now).Version!;

        var change = ModuleVersions.Publish([Published(1), draft], 2, "ciso2", Now.AddHours(1));

        Assert.Equal((2, ModuleVersionState.Published, "ciso2", Now.AddHours(1)),
            (change.Version!.Version, change.Version.State, change.Version.PublishedBy, change.Version.PublishedAt));
        Assert.True(change.Version.IsPublished);
    }

    [Fact]
    public void A_published_version_cannot_be_published_again_and_an_unknown_one_is_refused()
    {
        var again = ModuleVersions.Publish([Published(1)], 1, "ciso", Now);
        var unknown = ModuleVersions.Publish([Published(1)], 7, "ciso", Now);

        Assert.Equal("Version 1 is published and cannot be changed; edit the module to start version 2.", again.Conflict);
        Assert.Equal("Version 7 does not exist.", unknown.Conflict);
        Assert.False(again.Applied || unknown.Applied);
    }

    [Fact]
    public void An_incomplete_draft_is_not_published_and_every_problem_is_named()
    {
        var draft = ModuleVersions.SaveDraft("usb-1a2b", [], ModuleSamples.Empty(), "ciso", Now).Version!;

        var change = ModuleVersions.Publish([draft], 1, "ciso", Now);

        Assert.False(change.Applied);
        Assert.Null(change.Conflict);
        Assert.Contains(change.Problems, p => p.Field == "da.title");
    }

    [Fact]
    public void Latest_draft_and_latest_published_are_found_among_the_versions()
    {
        var draft = new ModuleVersion("usb-1a2b", 3, ModuleVersionState.Draft, ModuleSamples.Valid(), "ciso", Now);
        ModuleVersion[] versions = [Published(2), draft, Published(1)];

        Assert.Equal(3, ModuleVersions.Latest(versions)!.Version);
        Assert.Equal(2, ModuleVersions.LatestPublished(versions)!.Version);
        Assert.Equal(3, ModuleVersions.Draft(versions)!.Version);
        Assert.Null(ModuleVersions.Draft([Published(1)]));
        Assert.Null(ModuleVersions.LatestPublished([draft]));
        Assert.Null(ModuleVersions.Latest([]));
    }

    [Theory]
    [InlineData("USB sticks", "3fa9", "usb-sticks-3fa9")]
    [InlineData("Sikker brug af USB-nøgler!", "3fa9", "sikker-brug-af-usb-noegler-3fa9")]
    [InlineData("  --  ", "3fa9", "module-3fa9")]
    [InlineData(null, "00aa", "module-00aa")]
    [InlineData("Åben wifi på caféen", "1", "aaben-wifi-paa-caf-en-1")]
    [InlineData("A very long title that goes on and on beyond the limit", "1", "a-very-long-title-that-goes-on-a-1")]
    public void Ids_are_readable_slugs_with_a_suffix(string? title, string suffix, string expected)
    {
        var id = ModuleIds.New(title, suffix);

        Assert.Equal(expected, id);
        Assert.True(ModuleIds.IsWellFormed(id));
    }

    [Theory]
    [InlineData("phishing", true)]
    [InlineData("usb-sticks-3fa9", true)]
    [InlineData("USB", false)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    [InlineData(null, false)]
    public void Well_formed_ids(string? id, bool expected) => Assert.Equal(expected, ModuleIds.IsWellFormed(id));
}
