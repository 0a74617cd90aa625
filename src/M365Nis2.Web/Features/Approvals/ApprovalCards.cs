using System.Globalization;
using M365Nis2.Domain.Approvals;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Platform;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>The approval card, rendered for one viewer (their own vote shows) in the current UI culture.</summary>
public sealed class ApprovalCards(IStringLocalizer<ApprovalText> text, IOptions<ApprovalsOptions> options, TabLinks links)
{
    public const string VoteVerb = "approval.vote";
    public const string RefreshVerb = "approval.refresh";
    public const int MaxRefreshUsers = 60;

    /// <param name="refreshUserIds">Teams user ids (29:…) of the approvers; at most 60 are listed (Teams' limit).</param>
    public AdaptiveCard Approval(StoredRound stored, string? viewerObjectId, IReadOnlyList<string> refreshUserIds)
    {
        var round = stored.Round;
        var tally = round.Tally;
        var subject = stored.Subject;
        var culture = CultureInfo.CurrentUICulture;
        var body = new List<CardElement>
        {
            new TextBlock { Text = text[subject is null ? "Card_Title" : "Subject_Title"], Size = TextSize.Medium, Weight = TextWeight.Bolder, IsSubtle = true },
            TextBlock.User(Title(stored, culture), TextSize.Large, TextWeight.Bolder, spacing: Spacing.None),
        };
        if (!round.IsClosed)
        {
            body.Add(new TextBlock { Text = text[subject is null ? "Card_Intro" : "Subject_Intro", When(round.Deadline)] });
        }
        var mine = viewerObjectId is null ? null : round.CurrentVoteOf(viewerObjectId);
        // A subject card states the subject first (what the approver decides on), then the round.
        IEnumerable<Fact> what = subject is null
            ? [new(text["Fact_Version"], round.Version.ToString(CultureInfo.CurrentCulture)), new(text["Fact_Document"], round.DocumentSha256[..12])]
            : [.. subject.Facts.Select(f => Fact.User(f.Label.For(culture), f.Value.For(culture))), new(text["Fact_State"], round.DocumentSha256[..12])];
        body.Add(new FactSet
        {
            Facts =
            [
                .. what,
                new(text["Fact_Due"], When(round.Deadline)),
                new(text["Fact_Rule"], Rule(round.Rule, round.Approvers.Count)),
                new(text["Fact_Tally"], text["Tally_Format", tally.Approved, tally.Rejected, tally.Pending, tally.Needed]),
                new(text["Fact_YourVote"], mine is null ? text["Vote_None"] : text["Vote_At", text[mine.Choice == VoteChoice.Approve ? "Vote_Approve" : "Vote_Reject"], When(mine.At)]),
            ],
        });
        if (round.IsClosed)
        {
            var key = round.Decision switch { Decision.Approved => "Decision_Approved", Decision.Rejected => "Decision_Rejected", _ => "Decision_Expired" };
            body.Add(new Container
            {
                Style = round.Decision == Decision.Approved ? ContainerStyle.Good : ContainerStyle.Attention,
                Items = [new TextBlock { Text = text[key, When(round.DecidedAt ?? round.Deadline)], Weight = TextWeight.Bolder }],
            });
        }
        else
        {
            body.Add(new TextInput
            {
                Id = "comment", Label = text["Comment_Label"], Placeholder = text["Comment_Placeholder"], IsMultiline = true,
                MaxLength = ApprovalRound.MaxCommentLength, Value = mine?.Comment,
            });
        }
        var actions = new List<CardAction>();
        if (!round.IsClosed)
        {
            actions.Add(Vote(stored, "approve", text["Action_Approve"], ActionStyle.Positive));
            actions.Add(Vote(stored, "reject", text["Action_Reject"], ActionStyle.Destructive));
        }
        actions.Add(new OpenUrlAction { Title = text[subject is null ? "Action_Open" : "Action_OpenSubject"], Url = links.Page(DocumentPath(stored), Title(stored, culture), DocumentLink(stored)) });
        return new AdaptiveCard
        {
            FallbackText = $"{text[subject is null ? "Card_Title" : "Subject_Title"]}: {Title(stored, culture)} v{round.Version}",
            Body = body,
            Actions = actions,
            Refresh = new CardRefresh
            {
                Action = new ExecuteAction { Title = "Refresh", Verb = RefreshVerb, Data = new { roundId = stored.RoundId } },
                UserIds = [.. refreshUserIds.Take(MaxRefreshUsers)],
            },
        };
    }

    /// <summary>The web address of what is approved, under the base the round started with (the API's link; the card deep-links to it).</summary>
    public static Uri DocumentLink(StoredRound stored) => new($"{stored.LinkBase.TrimEnd('/')}{DocumentPath(stored)}");

    private static string DocumentPath(StoredRound stored) => stored.Subject is { } subject
        ? subject.LinkPath
        : $"/tab/policies/{Uri.EscapeDataString(stored.Round.PolicyId)}/{stored.Round.Version}";

    /// <summary>The policy title, or the subject's title in the reader's language.</summary>
    public static string Title(StoredRound stored, CultureInfo culture) => stored.Subject?.Title.For(culture) ?? stored.PolicyTitle;

    public string Rule(QuorumRule rule, int approvers) => rule.Kind switch
    {
        QuorumKind.Majority => text["Quorum_majority", approvers],
        QuorumKind.All => text["Quorum_all", approvers],
        _ => text["Quorum_n", rule.N, approvers],
    };

    /// <summary>A time in the organisation's zone, in the reader's culture.</summary>
    public string When(DateTimeOffset at)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        return TimeZoneInfo.ConvertTime(at, zone).ToString("g", CultureInfo.CurrentCulture);
    }

    public string Refusal(VoteRefusal refusal) => text["Refusal_" + refusal];

    public string Text(string key, params object[] args) => text[key, args];

    private static ExecuteAction Vote(StoredRound stored, string choice, string title, ActionStyle style) => new()
    {
        Title = title,
        Verb = VoteVerb,
        Style = style,
        Data = new { roundId = stored.RoundId, choice, documentHash = stored.Round.DocumentSha256 },
    };
}
