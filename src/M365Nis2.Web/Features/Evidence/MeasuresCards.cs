using System.Globalization;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Platform;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// The <c>measures</c> card: every measure with automated sources, its combined automated outcome, each source's word
/// and when it was collected (or why it could not be read), and the worst findings. Refresh is the evidence card's
/// (one collection runs every source) and answers with this card again.
/// </summary>
public sealed class MeasuresCards(IStringLocalizer<EvidenceText> text, TabLinks links)
{
    public const string View = "measures";

    /// <param name="notice">Shown above the measures, e.g. "Collection running…".</param>
    public AdaptiveCard Overview(MeasuresOverview overview, string? notice = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Measures_Title"], Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (overview.IsDemo)
            body.Add(new TextBlock { Text = text["Evidence_DemoData"], Color = TextColor.Warning, Weight = TextWeight.Bolder });
        if (notice is not null)
            body.Add(new TextBlock { Text = notice, Color = TextColor.Accent });
        if (!overview.Collected)
            body.Add(new TextBlock { Text = text["Measures_None"] });
        else
            body.AddRange(overview.Measures.Where(m => m.Sources.Count > 0).Select(Measure));

        return new AdaptiveCard
        {
            FallbackText = text["Measures_Title"],
            Body = body,
            Actions = [new ExecuteAction
            {
                Title = text["Evidence_Refresh"], Verb = EvidenceCards.RefreshVerb, Fallback = "Action.Submit",
                Data = new { action = EvidenceCards.RefreshVerb, view = View },
            }],
        };
    }

    private Container Measure(MeasureOverviewLine line)
    {
        var outcome = line.Outcome ?? "Unknown";
        var title = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "da" ? line.TitleDa : line.Title;
        var items = new List<CardElement>
        {
            new TextBlock
            {
                Text = $"{Short(line.ControlId)} {title}: {Outcome(outcome)}", // catalogue text and our own words, no tenant data
                Weight = TextWeight.Bolder,
                Color = outcome switch { "Met" => TextColor.Good, "PartiallyMet" => TextColor.Warning, "NotMet" => TextColor.Attention, _ => TextColor.Default },
            },
        };
        items.AddRange(line.Sources.Select(s => TextBlock.User(Source(s), isSubtle: true, spacing: Spacing.Small)));
        items.AddRange(line.Findings.Select(f => TextBlock.User("• " + Finding(f), spacing: Spacing.Small)));
        // The whole story (every check, the history, the uploads) is on the measure's page in the tab.
        var open = string.Format(CultureInfo.CurrentCulture, text["Measures_Open"], Short(line.ControlId));
        items.Add(new ActionSet { Actions = [new OpenUrlAction { Title = open, Url = links.Page($"/tab/control/{Uri.EscapeDataString(line.ControlId)}", title) }] });
        return new Container { Items = items, Separator = true, Spacing = Spacing.Medium };
    }

    private string Source(AutomatedSourceStatus source)
    {
        var when = source.CollectedAt is { } at
            ? string.Format(CultureInfo.CurrentCulture, text["Measures_Collected"], at.ToString("g", CultureInfo.CurrentCulture) + " UTC")
            : "";
        var reason = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "da" ? source.UnavailableDa ?? source.Unavailable : source.Unavailable;
        var word = reason is not null
            ? string.Format(CultureInfo.CurrentCulture, text["Measures_Unavailable"], reason)
            : Outcome(source.Outcome);
        return $"{source.Title}: {word} · {when}";
    }

    private string Finding(AutomatedFinding finding) =>
        EvidenceCards.FindingLine(text, finding.Text(CultureInfo.CurrentUICulture.Name), finding.SubjectsIn(CultureInfo.CurrentUICulture.Name));

    private string Outcome(string outcome)
    {
        var localised = text["Evidence_Outcome_" + outcome];
        return localised.ResourceNotFound ? outcome : localised.Value;
    }

    // "(h)" for art21.2.h, as the tab labels measures.
    private static string Short(string controlId) => controlId.StartsWith("art21.2.", StringComparison.Ordinal) ? $"({controlId[^1]})" : controlId;
}

/// <summary>The measures card with demo findings, before any run and while running, in English and Danish.</summary>
public sealed class MeasuresCardSamples(MeasuresCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                yield return ($"evidence.measures.{lang}", cards.Overview(Demo));
                yield return ($"evidence.measures.none.{lang}", cards.Overview(new MeasuresOverview([], false)));
                yield return ($"evidence.measures.running.{lang}", cards.Overview(Demo, "Collection running…"));
            }
        }
    }

    private static readonly DateTimeOffset At = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    private static MeasuresOverview Demo { get; } = new(
    [
        new("art21.2.h", "Cryptography and encryption", "Kryptografi og kryptering", "NotMet",
        [
            new("securescore", "Microsoft Secure Score", "NotMet", At, true, "run", "a", null),
            new("intune", "Microsoft Intune", "PartiallyMet", At, true, "run", "b", null),
        ],
        [
            AutomatedFinding.Of("High", DeviceTexts.EncryptionNotRequired.With("MacOS"), []),
            AutomatedFinding.Of("High", DeviceTexts.Unencrypted.With(12, CommonTexts.None.With()), ["NE-LT-00017 (ida.berg@nordlysenergi.onmicrosoft.com)"]),
        ]),
        new("art21.2.c", "Business continuity", "Forretningskontinuitet", "Unknown",
            [new("backup", "Microsoft 365 Backup", "Unknown", At, true, "run", null, "Microsoft 365 Backup is not licensed in this tenant (BackupRestore.Read.All).")], []),
    ], true);
}
