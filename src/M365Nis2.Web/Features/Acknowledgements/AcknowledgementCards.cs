using System.Globalization;
using M365Nis2.Domain.Tasks;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Platform;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>The "read and accept" card and its answers, in the current UI culture (the person's language).</summary>
public sealed class AcknowledgementCards(IStringLocalizer<AcknowledgementText> text, TabLinks links)
{
    public const string AcknowledgeVerb = "policy.acknowledge";

    /// <summary>The card: what was approved and by when to confirm, the document one click away, and the confirm button.</summary>
    public AdaptiveCard Ask(AckCampaignRow c, bool reminder = false)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Card_Kicker"], IsSubtle = true, Size = TextSize.Small },
            TextBlock.User(c.Title, TextSize.Large, TextWeight.Bolder),
        };
        if (reminder)
        {
            body.Add(new TextBlock { Text = text["Card_Reminder"], Color = TextColor.Warning });
        }
        body.Add(new TextBlock { Text = text["Card_Intro", c.Version, Day(c.ApprovedAt), Day(c.DueAt)] });
        body.Add(new FactSet
        {
            Facts =
            [
                new Fact(text["Fact_Version"], c.Version.ToString(CultureInfo.CurrentCulture)),
                new Fact(text["Fact_Approved"], Day(c.ApprovedAt)),
                new Fact(text["Fact_Due"], Day(c.DueAt)),
                new Fact(text["Fact_Hash"], c.Sha256[..Math.Min(16, c.Sha256.Length)] + "…"),
            ],
        });
        return new AdaptiveCard
        {
            FallbackText = $"{text["Card_Kicker"]}: {c.Title} v{c.Version}",
            Body = body,
            Actions =
            [
                new OpenUrlAction { Title = text["Action_Read"], Url = ReadLink(c.PolicyId, c.Version, c.Title) },
                new ExecuteAction
                {
                    Title = text["Action_Accept"],
                    Verb = AcknowledgeVerb,
                    Style = ActionStyle.Positive,
                    Data = new { policyId = c.PolicyId, version = c.Version, documentSha256 = c.Sha256 },
                },
            ],
        };
    }

    /// <summary>The card after the click: recorded now, or recorded before (then the first time, nothing changed).</summary>
    public AdaptiveCard Answer(AckOutcome outcome, string policyId)
    {
        var already = outcome.Kind == AckOutcomeKind.AlreadyAcknowledged;
        var at = outcome.AcknowledgedAt is { } when ? Day(when) : "";
        var line = text[already ? "Already_At" : "Done_At", CardText.Escape(outcome.Title), outcome.Version, at];
        return new AdaptiveCard
        {
            FallbackText = line,
            Body =
            [
                new TextBlock { Text = text["Card_Kicker"], IsSubtle = true, Size = TextSize.Small },
                new TextBlock { Text = text[already ? "Already_Title" : "Done_Title"], Size = TextSize.Large, Weight = TextWeight.Bolder },
                new Container { Style = ContainerStyle.Good, Items = [new TextBlock { Text = line }] },
            ],
            Actions = [new OpenUrlAction { Title = text["Action_Read"], Url = ReadLink(policyId, outcome.Version, outcome.Title ?? text["Card_Kicker"]) }],
        };
    }

    public string Text(string key) => text[key];

    /// <summary>The tab page that shows the document and the confirm button, opened in Teams (see <see cref="TabLinks"/>).</summary>
    private Uri ReadLink(string policyId, int version, string title) =>
        links.Page($"/tab/acknowledge/{Uri.EscapeDataString(policyId)}/{version}", title);

    /// <summary>A day in the organisation's zone, in the reader's culture.</summary>
    private static string Day(DateTimeOffset at) => WallClock.Today(at, WallClock.Copenhagen).ToString("d", CultureInfo.CurrentCulture);
}
