using System.Text.Json;
using M365Nis2.Domain.Training;
using M365Nis2.Domain.Training.Authoring;

namespace M365Nis2.Web.Features.Awareness;

public sealed record ModuleTextRequest(string? Title, string? Intro, string? Body);

public sealed record OptionRequest(string? En, string? Da, bool? Correct);

public sealed record QuestionRequest(string? En, string? Da, IReadOnlyList<OptionRequest?>? Options);

/// <summary>A module as the editor sends it (create, save draft, preview). Missing parts are empty: a draft may be incomplete.</summary>
/// <param name="PassPercent">Share of questions to answer right, 1–100 (75 when absent).</param>
public sealed record ModuleRequest(int? PassPercent, ModuleTextRequest? En, ModuleTextRequest? Da, IReadOnlyList<QuestionRequest?>? Questions)
{
    public ModuleContent ToContent() => new(Text(En), Text(Da),
        [.. (Questions ?? []).Select(q => new AuthoredQuestion(q?.En?.Trim() ?? "", q?.Da?.Trim() ?? "",
            [.. (q?.Options ?? []).Select(o => new AuthoredOption(o?.En?.Trim() ?? "", o?.Da?.Trim() ?? "", o?.Correct == true))]))],
        PassPercent ?? ModuleContent.DefaultPassPercent);

    private static ModuleText Text(ModuleTextRequest? t) => new(t?.Title?.Trim() ?? "", t?.Intro?.Trim() ?? "", t?.Body?.Trim() ?? "");
}

/// <summary>Publishing names the draft version the CISO previewed.</summary>
public sealed record PublishModuleRequest(int? Version);

public sealed record ModuleVersionView(int Version, string State, string EditedBy, DateTimeOffset EditedAt, string? PublishedBy,
    DateTimeOffset? PublishedAt, string? ArtefactId);

/// <param name="PublishedVersion">The version new campaigns use (latest published); null until the first publish.</param>
/// <param name="DraftVersion">The version being edited, if any (always the newest).</param>
/// <param name="Retired">No longer offered to new campaigns (launched ones keep their pinned version).</param>
public sealed record ModuleSummary(string Id, bool BuiltIn, string Title, string TitleDa, int? PublishedVersion, int? DraftVersion,
    IReadOnlyList<ModuleVersionView> Versions, bool Retired = false);

/// <summary>One version's content; <see cref="Problems"/> are what would block publishing it.</summary>
/// <param name="ETag">This version's ETag: the editor sends it back as If-Match, so a save over someone else's newer text is refused (409).</param>
public sealed record ModuleDetail(ModuleSummary Module, int Version, string State, ModuleContent Content, IReadOnlyList<ModuleProblem> Problems,
    string? ETag = null);

/// <summary>Copy a module as the start of a new one: the version named, else the latest published (else the draft).</summary>
public sealed record CopyModuleRequest(int? Version);

public sealed record QuizQuestionView(string Id, string Text, IReadOnlyList<string> Options);

/// <summary>A module as an employee sees it (no correct answers: they come with the result).</summary>
public sealed record QuizView(string ModuleId, int Version, string Language, string Title, IReadOnlyList<string> Paragraphs,
    IReadOnlyList<QuizQuestionView> Questions, int PassPercent)
{
    public static QuizView Of(AwarenessModule m) => new(m.Id, m.Version, m.Language, m.Title, m.Paragraphs,
        [.. m.Questions.Select(q => new QuizQuestionView(q.Id, q.Text, q.Options))], (int)Math.Round(m.PassMark * 100));
}

/// <summary>The module in one language as the tab shows it and as the Teams card (Adaptive Card JSON) shows it.</summary>
public sealed record PreviewLanguage(string Language, QuizView Module, JsonElement Card);

/// <summary>A preview renders whatever is there; <see cref="Problems"/> lists what still blocks publishing.</summary>
public sealed record ModulePreview(IReadOnlyList<ModuleProblem> Problems, IReadOnlyList<PreviewLanguage> Languages);
