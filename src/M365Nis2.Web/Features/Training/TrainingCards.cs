using System.Globalization;
using M365Nis2.Domain.Training.Modules;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Training;

/// <summary>Status cards for the training command (board member, CISO overview, employee) and the reminder card.</summary>
public sealed class TrainingCards(IStringLocalizer<TrainingText> text)
{
    public AdaptiveCard MemberStatus(MemberStatus member)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Training_MyTitle"], Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet { Facts = [new Fact(text["Training_Status"], StateText(member.State)), new Fact(text["Training_DueDate"], Date(member.DueDate))] },
            new TextBlock { Text = Reason(member), IsSubtle = true },
            new TextBlock { Text = text["Training_Courses"], Weight = TextWeight.Bolder, Separator = true },
        };
        body.Add(member.Courses.Count == 0
            ? new TextBlock { Text = text["Training_NoCourses"], IsSubtle = true }
            : new FactSet { Facts = [.. member.Courses.Select(c => Fact.User(Date(c.Date), $"{c.Title} ({c.Provider}, {c.Hours:0.#} h)"))] });
        return new AdaptiveCard { FallbackText = text["Training_MyTitle"], Body = body };
    }

    public AdaptiveCard BoardOverview(ManagementStatus status)
    {
        var current = status.Members.Count(m => m.State is "Current" or "DueSoon");
        return new AdaptiveCard
        {
            FallbackText = text["Training_BoardTitle"],
            Body =
            [
                new TextBlock { Text = text["Training_BoardTitle"], Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextBlock { Text = string.Format(CultureInfo.CurrentCulture, text["Training_Summary"], current, status.Members.Count), IsSubtle = true },
                new FactSet { Facts = [.. status.Members.Select(m => new Fact(CardText.Escape(m.DisplayName), $"{StateText(m.State)} · {Date(m.DueDate)}"))] },
            ],
        };
    }

    public AdaptiveCard EmployeeAwareness(IReadOnlyList<AwarenessAssignment> rows)
    {
        var body = new List<CardElement> { new TextBlock { Text = text["Awareness_MyTitle"], Size = TextSize.Large, Weight = TextWeight.Bolder } };
        body.Add(rows.Count == 0
            ? new TextBlock { Text = text["Awareness_None"], IsSubtle = true }
            : new FactSet
            {
                Facts = [.. rows.Select(r => new Fact(AwarenessModules.Find(r.ModuleId, r.Language)?.Title ?? r.ModuleId,
                    text["Awareness_State_" + r.State] + (r.Score is { } s ? $" ({s:P0})" : "")))],
            });
        return new AdaptiveCard { FallbackText = text["Awareness_MyTitle"], Body = body };
    }

    public AdaptiveCard Reminder(MemberStatus member) => new()
    {
        FallbackText = text["Training_ReminderTitle"],
        Body =
        [
            new TextBlock { Text = text["Training_ReminderTitle"], Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Warning },
            new TextBlock { Text = text["Training_ReminderBody"] },
            new FactSet { Facts = [new Fact(text["Training_Status"], StateText(member.State)), new Fact(text["Training_DueDate"], Date(member.DueDate))] },
            new TextBlock { Text = Reason(member), IsSubtle = true },
        ],
    };

    /// <summary>To the board member: the CISO confirmed (it now counts) or rejected (with the reason) the course they reported.</summary>
    public AdaptiveCard ClaimDecided(ClaimView claim)
    {
        var confirmed = claim.State == nameof(Domain.Training.ClaimState.Confirmed);
        var title = text[confirmed ? "Training_ClaimConfirmedTitle" : "Training_ClaimRejectedTitle"];
        var body = new List<CardElement>
        {
            new TextBlock { Text = title, Size = TextSize.Large, Weight = TextWeight.Bolder, Color = confirmed ? TextColor.Good : TextColor.Warning },
            new FactSet
            {
                Facts =
                [
                    Fact.User(text["Training_ClaimCourse"], $"{claim.Title} ({claim.Provider})"),
                    new Fact(text["Training_ClaimDate"], Date(claim.Date)),
                    new Fact(text["Training_ClaimHours"], claim.Hours.ToString("0.#", CultureInfo.CurrentCulture)),
                ],
            },
            new TextBlock { Text = text[confirmed ? "Training_ClaimConfirmedBody" : "Training_ClaimRejectedBody"] },
        };
        if (!string.IsNullOrWhiteSpace(claim.Note))
        {
            body.Add(new TextBlock { Text = text["Training_ClaimNote"], Weight = TextWeight.Bolder, Separator = true });
            body.Add(TextBlock.User(claim.Note));
        }
        return new AdaptiveCard { FallbackText = title, Body = body };
    }

    public AdaptiveCard NotIdentified() => new() { Body = [new TextBlock { Text = text["Training_NotYou"] }] };

    private string StateText(string state) => text["Training_State_" + state];

    /// <summary>The rule's reason in the card's language (the domain's own text is English, for logs and snapshots).</summary>
    private string Reason(MemberStatus member) => string.Format(CultureInfo.CurrentCulture, text["Training_Reason_" + member.State], Date(member.DueDate));

    private static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";
}
