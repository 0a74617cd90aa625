using System.Globalization;
using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Tasks;
using M365Nis2.Teams.Cards;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>The owner's task card and the CISO's "more time requested" card, in the current UI culture.</summary>
public sealed class TaskCards(IStringLocalizer<TaskText> text)
{
    public const string CompleteVerb = "task.complete";
    public const string ExtendVerb = "task.extend";
    public const string DecideVerb = "task.decide";
    public const string RefreshVerb = "task.refresh";

    /// <summary>The task as its owner sees it: open with Done / more time, or closed with the outcome.</summary>
    public AdaptiveCard Owner(TaskRow row, TaskDueStatus status, Uri tabLink)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Card_Title"], Size = TextSize.Medium, Weight = TextWeight.Bolder, IsSubtle = true },
            new TextBlock { Text = row.TitleIn(CultureInfo.CurrentUICulture.Name), Size = TextSize.Large, Weight = TextWeight.Bolder, Spacing = Spacing.None },
        };
        if (row.DescriptionIn(CultureInfo.CurrentUICulture.Name) is { } description)
        {
            body.Add(new TextBlock { Text = description });
        }
        body.Add(new FactSet { Facts = Facts(row, status) });
        var actions = new List<CardAction>();
        if (status.IsClosed)
        {
            var key = status.State == TaskDueState.Done ? "Closed_Done" : "Closed_Cancelled";
            body.Add(Banner(text[key, Day(row.ClosedAt)], ContainerStyle.Good));
        }
        else
        {
            if (row.PendingDue is { } pending)
            {
                body.Add(Banner(text["Pending_Extension", Day(TaskRow.Day(pending))], ContainerStyle.Warning));
            }
            body.Add(new TextInput
            {
                Id = "comment", Label = text["Comment_Label"], Placeholder = text["Comment_Placeholder"], IsMultiline = true,
                MaxLength = FollowUpTask.MaxTextLength,
            });
            actions.Add(new ExecuteAction { Title = text["Action_Done"], Verb = CompleteVerb, Style = ActionStyle.Positive, Data = new { taskId = row.RowKey } });
            if (row.PendingDue is null)
            {
                actions.Add(new ShowCardAction { Title = text["Action_MoreTime"], Card = MoreTime(row, status) });
            }
        }
        actions.Add(new OpenUrlAction { Title = text["Action_Open"], Url = tabLink });
        return new AdaptiveCard
        {
            FallbackText = $"{text["Card_Title"]}: {row.TitleIn(CultureInfo.CurrentUICulture.Name)}",
            Body = body,
            Actions = actions,
            Refresh = new CardRefresh { Action = new ExecuteAction { Title = "Refresh", Verb = RefreshVerb, Data = new { taskId = row.RowKey } } },
        };
    }

    /// <summary>For the CISO: grant or refuse the owner's request; after the decision, the outcome.</summary>
    public AdaptiveCard Decision(TaskRow row, string ownerName, string? decided)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Decide_Title"], Size = TextSize.Medium, Weight = TextWeight.Bolder, IsSubtle = true },
            new TextBlock { Text = row.TitleIn(CultureInfo.CurrentUICulture.Name), Size = TextSize.Large, Weight = TextWeight.Bolder, Spacing = Spacing.None },
            new FactSet
            {
                Facts =
                [
                    new(text["Card_Owner"], ownerName),
                    new(text["Card_Due"], Day(TaskRow.Day(row.DueDate))),
                    new(text["Decide_Requested"], row.PendingDue is { } p ? Day(TaskRow.Day(p)) : "–"),
                    new(text["Decide_Reason"], row.PendingReason ?? "–"),
                ],
            },
        };
        var actions = new List<CardAction>();
        if (decided is not null)
        {
            body.Add(Banner(decided, ContainerStyle.Emphasis));
        }
        else
        {
            actions.Add(new ExecuteAction { Title = text["Action_Grant"], Verb = DecideVerb, Style = ActionStyle.Positive, Data = new { taskId = row.RowKey, grant = true } });
            actions.Add(new ExecuteAction { Title = text["Action_Refuse"], Verb = DecideVerb, Style = ActionStyle.Destructive, Data = new { taskId = row.RowKey, grant = false } });
        }
        return new AdaptiveCard { FallbackText = $"{text["Decide_Title"]}: {row.TitleIn(CultureInfo.CurrentUICulture.Name)}", Body = body, Actions = actions };
    }

    public string Text(string key, params object[] args) => text[key, args];

    public string State(TaskDueState state) => text["State_" + state];

    /// <summary>A calendar day in the reader's culture (e.g. 15 March 2026 / 15. marts 2026).</summary>
    public static string Day(DateOnly day) => day.ToString("D", CultureInfo.CurrentCulture);

    private static string Day(DateTimeOffset? at) => at is { } a ? a.ToString("d", CultureInfo.CurrentCulture) : "";

    private List<Fact> Facts(TaskRow row, TaskDueStatus status)
    {
        var facts = new List<Fact>
        {
            new(text["Card_Due"], Day(status.DueDate)),
            new(text["Card_Status"], State(status.State)),
        };
        if (status.Extended)
        {
            facts.Add(new(text["Card_Due"], text["Extended_Note", Day(TaskRow.Day(row.OriginalDueDate))]));
        }
        if (row.MeasureList.Count > 0)
        {
            var danish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "da";
            facts.Add(new(text["Card_Measures"], string.Join(", ", row.MeasureList.Select(m =>
                Nis2Catalogue.Default.Find(m) is { } c ? $"{m} {(danish ? c.TitleDa : c.Title)}" : m))));
        }
        facts.Add(new(text["Card_Source"], text["Source_" + row.SourceKind]));
        return facts;
    }

    private AdaptiveCard MoreTime(TaskRow row, TaskDueStatus status) => new()
    {
        Msteams = null,
        Body =
        [
            new DateInput
            {
                Id = "newDue", Label = text["Extend_Date"], IsRequired = true, ErrorMessage = text["Extend_DateMissing"],
                Min = TaskRow.Text(status.DueDate.AddDays(1)), Value = TaskRow.Text(status.DueDate.AddDays(14)),
            },
            new TextInput
            {
                Id = "reason", Label = text["Extend_Reason"], IsRequired = true, ErrorMessage = text["Extend_ReasonMissing"], IsMultiline = true, MaxLength = FollowUpTask.MaxTextLength,
            },
        ],
        Actions = [new ExecuteAction { Title = text["Action_SendRequest"], Verb = ExtendVerb, Data = new { taskId = row.RowKey } }],
    };

    private static Container Banner(string message, ContainerStyle style) =>
        new() { Style = style, Items = [new TextBlock { Text = message, Weight = TextWeight.Bolder }] };
}
