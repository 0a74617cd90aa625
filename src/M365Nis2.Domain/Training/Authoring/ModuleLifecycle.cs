using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Training.Authoring;

/// <summary>
/// A module's life beside its versions: a draft may be discarded (published versions never are: campaigns pinned
/// them), a published module may be retired (no longer offered to new campaigns; launched ones keep their version) and
/// offered again, and any module — built-in or authored — may be copied as the start of a new one.
/// </summary>
public static class ModuleLifecycle
{
    /// <summary>The draft to remove, or why there is none. Discarding the only version removes a never-published module.</summary>
    public static (ModuleVersion? Draft, CodedText? Refusal) Discard(IReadOnlyList<ModuleVersion> versions) =>
        ModuleVersions.Draft(versions) is { } draft ? (draft, null) : (null, ModuleTexts.NoDraft.With());

    public static CodedText? RefuseRetire(IReadOnlyList<ModuleVersion> versions, bool retired, int recurringCampaigns) =>
        retired ? ModuleTexts.AlreadyRetired.With()
        : ModuleVersions.LatestPublished(versions) is null ? ModuleTexts.RetireUnpublished.With()
        : recurringCampaigns > 0 ? ModuleTexts.RetireScheduled.With(recurringCampaigns)
        : null;

    public static CodedText? RefuseRestore(bool retired) => retired ? null : ModuleTexts.NotRetired.With();

    /// <summary>A built-in module (its English and Danish text) as authored content: intro, body, quiz and pass mark.</summary>
    public static ModuleContent FromModule(AwarenessModule en, AwarenessModule da)
    {
        if (en.Questions.Count != da.Questions.Count)
            throw new ArgumentException($"Module {en.Id}: {en.Questions.Count} English and {da.Questions.Count} Danish questions.", nameof(da));
        var questions = en.Questions.Zip(da.Questions, (e, d) => new AuthoredQuestion(e.Text, d.Text,
            [.. e.Options.Select((option, i) => new AuthoredOption(option, i < d.Options.Count ? d.Options[i] : "", e.Accepts(i)))]));
        return new ModuleContent(Text(en), Text(da), [.. questions], (int)Math.Round(en.PassMark * 100));
    }

    /// <summary>The starting point of a new module: the same content, titled as a copy (within the title limit).</summary>
    public static ModuleContent CopyOf(ModuleContent source) => source with
    {
        En = source.En with { Title = Cut(ModuleTexts.CopyTitle.With(source.En.Title).English) },
        Da = source.Da with { Title = Cut(ModuleTexts.CopyTitle.With(source.Da.Title).Danish) },
    };

    private static ModuleText Text(AwarenessModule m) =>
        new(m.Title, m.Paragraphs.Count > 0 ? m.Paragraphs[0] : "", string.Join("\n\n", m.Paragraphs.Skip(1)));

    private static string Cut(string title) => title.Length <= ModuleContent.TitleMax ? title : title[..ModuleContent.TitleMax].TrimEnd();
}
