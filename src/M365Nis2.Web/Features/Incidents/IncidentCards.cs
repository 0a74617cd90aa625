using System.Globalization;
using M365Nis2.Domain.Incidents;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>The incident cards in the current UI culture: the report form, the timeline and the deadline reminder.</summary>
public sealed class IncidentCards(IStringLocalizer<IncidentText> text)
{
    public const string ReportVerb = "incident.report";
    public const string ShowVerb = "incident.show";

    /// <param name="formId">Sent back with the form: a retried submit of the same form creates no second incident.</param>
    public AdaptiveCard Form(string formId, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, IncidentDeadlines.Copenhagen);
        return new AdaptiveCard
        {
            FallbackText = text["Form_Title"],
            Body =
            [
                new TextBlock { Text = text["Form_Title"], Size = TextSize.Large, Weight = TextWeight.Bolder },
                new TextBlock { Text = text["Form_Intro"], IsSubtle = true },
                new TextInput { Id = "whatHappened", Label = text["Form_WhatHappened"], Placeholder = text["Form_WhatHappenedPlaceholder"],
                    IsMultiline = true, IsRequired = true, ErrorMessage = text["Form_WhatHappenedError"], MaxLength = IncidentInput.MaxWhatHappened },
                new ColumnSet
                {
                    Columns =
                    [
                        new Column { Width = "stretch", Items = [new DateInput { Id = "detectedDate", Label = text["Form_DetectedDate"], Value = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }] },
                        new Column { Width = "stretch", Items = [new TimeInput { Id = "detectedTime", Label = text["Form_DetectedTime"], Value = local.ToString("HH:mm", CultureInfo.InvariantCulture) }] },
                    ],
                },
                new TextInput { Id = "servicesAffected", Label = text["Form_Services"], MaxLength = IncidentInput.MaxServices },
                new NumberInput { Id = "usersAffected", Label = text["Form_Users"], Min = 0, Max = IncidentInput.MaxUsersAffected },
                new ToggleInput { Id = "usersAffectedIsEstimate", Title = text["Form_UsersEstimate"], Value = "true", ValueOn = "true", ValueOff = "false" },
                new ChoiceSetInput
                {
                    Id = "suspectedCause", Label = text["Form_Cause"], Value = "unknown", Style = ChoiceInputStyle.Compact,
                    Choices = [.. Enum.GetValues<SuspectedCause>().Select(c => new Choice(text["Cause_" + c], c.ToString().ToLowerInvariant()))],
                },
                new ChoiceSetInput
                {
                    Id = "crossBorder", Label = text["Form_CrossBorder"], Value = "unknown", Style = ChoiceInputStyle.Expanded,
                    Choices = [new(text["Answer_Yes"], "yes"), new(text["Answer_No"], "no"), new(text["Answer_Unknown"], "unknown")],
                },
            ],
            Actions = [new ExecuteAction { Title = text["Form_Submit"], Verb = ReportVerb, Style = ActionStyle.Positive, Data = new { formId } }],
        };
    }

    /// <summary>The incident with its status and, when significant, each stage's due time, time left, or submission.</summary>
    public AdaptiveCard Timeline(Incident incident, DateTimeOffset now, string? notice = null)
    {
        var body = new List<CardElement>();
        if (notice is not null)
            body.Add(new TextBlock { Text = notice, Weight = TextWeight.Bolder, Color = TextColor.Accent });
        body.Add(new TextBlock { Text = text["Timeline_Title", incident.Reference], Size = TextSize.Large, Weight = TextWeight.Bolder });
        body.Add(TextBlock.User(incident.Report.WhatHappened, maxLines: 4));
        var facts = new List<Fact>
        {
            new(text["Timeline_Status"], StatusText(incident.Status)),
            new(text["Timeline_Detected"], Local(incident.Report.AwareAt)),
            Fact.User(text["Timeline_ReportedBy"], incident.ReporterName),
        };
        if (incident.Report.ServicesAffected.Length > 0)
            facts.Add(Fact.User(text["Timeline_Services"], incident.Report.ServicesAffected));
        facts.Add(new(text["Timeline_Users"], incident.Report.UsersAffected is { } users
            ? incident.Report.UsersAffectedIsEstimate ? text["Users_Estimate", users] : users.ToString(CultureInfo.CurrentCulture)
            : text["Users_NotKnown"]));
        facts.Add(new(text["Timeline_Cause"], text["Cause_" + incident.Report.Cause]));
        if (incident.Assessment?.Decision is { } decision)
            facts.Add(Fact.User(text["Timeline_Reason"], decision.Reason));
        body.Add(new FactSet { Facts = facts });
        if (incident.TimelineAt(now) is { } timeline)
        {
            body.Add(new TextBlock { Text = text["Timeline_Deadlines"], Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Separator = true });
            body.AddRange(timeline.Stages.Select(StageLine));
            body.Add(new TextBlock { Text = text["Timeline_DanishTime"], IsSubtle = true, Size = TextSize.Small });
        }
        return new AdaptiveCard
        {
            FallbackText = text["Timeline_Title", incident.Reference],
            Body = body,
            Actions = [new ExecuteAction { Title = text["Timeline_Refresh"], Verb = ShowVerb, Data = new { incidentId = incident.Id } }],
        };
    }

    public AdaptiveCard Reminder(Incident incident, IncidentReminder reminder, DateTimeOffset now)
    {
        var title = text["Reminder_Title", reminder.Stage.Title(Language), incident.Reference];
        var line = reminder.Kind == ReminderKind.Overdue
            ? text["Reminder_Overdue", Local(reminder.Due)]
            : text["Reminder_DueIn", Local(reminder.Due), Duration(reminder.Due - now)];
        return new AdaptiveCard
        {
            FallbackText = title,
            Body =
            [
                new TextBlock { Text = title, Size = TextSize.Large, Weight = TextWeight.Bolder,
                    Color = reminder.Kind == ReminderKind.Overdue ? TextColor.Attention : TextColor.Warning },
                TextBlock.User(incident.Summary),
                new TextBlock { Text = line, Weight = TextWeight.Bolder },
                new TextBlock { Text = text["Reminder_Hint"], IsSubtle = true },
            ],
            Actions = [new ExecuteAction { Title = text["Timeline_Refresh"], Verb = ShowVerb, Data = new { incidentId = incident.Id } }],
        };
    }

    public string NewIncidentNotice(string reporterName) => text["Notice_NewIncident", reporterName];

    private Container StageLine(StageTimeline stage)
    {
        var (status, color) = stage.Status switch
        {
            StageStatus.SubmittedOnTime => (text["Stage_SubmittedOnTime", Local(stage.SubmittedAt!.Value)].Value, TextColor.Good),
            StageStatus.SubmittedLate => (text["Stage_SubmittedLate", Local(stage.SubmittedAt!.Value)].Value, TextColor.Warning),
            StageStatus.Overdue => (text["Stage_Overdue", Duration(-stage.TimeLeft!.Value)].Value, TextColor.Attention),
            _ when stage.TimeLeft is { } left => (text["Stage_TimeLeft", Duration(left)].Value,
                stage.Status == StageStatus.DueSoon ? TextColor.Warning : TextColor.Default),
            _ => (text["Stage_NoDueDate"].Value, TextColor.Default),
        };
        var due = stage.Due is { } d ? text["Stage_Due", Local(d)].Value : text["Stage_NoDueDate"].Value;
        if (stage.Note is not null)
            due += " " + text["Stage_Provisional"];
        return new Container
        {
            Items =
            [
                new TextBlock { Text = stage.Stage.Title(Language), Weight = TextWeight.Bolder },
                new TextBlock { Text = $"{due}: {status}", Color = color, Spacing = Spacing.None },
            ],
        };
    }

    private string StatusText(IncidentStatus status) => text["Status_" + status];

    private static ReportLanguage Language =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "da" ? ReportLanguage.Danish : ReportLanguage.English;

    private static string Local(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, IncidentDeadlines.Copenhagen).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    private string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
            span = TimeSpan.Zero;
        return span.TotalDays >= 1 ? text["Duration_DaysHours", (int)span.TotalDays, span.Hours]
            : span.TotalHours >= 1 ? text["Duration_HoursMinutes", (int)span.TotalHours, span.Minutes]
            : text["Duration_Minutes", Math.Max(1, (int)Math.Ceiling(span.TotalMinutes))];
    }
}
