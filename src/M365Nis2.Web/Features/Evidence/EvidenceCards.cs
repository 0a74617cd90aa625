using System.Globalization;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>The Art. 21(2)(j) status card: overall, each check with its top findings, "demo data" when it is, Refresh.</summary>
public sealed class EvidenceCards(IStringLocalizer<EvidenceText> text)
{
    public const string RefreshVerb = "evidence.refresh";
    private const int FindingsPerCheck = 3;
    private const int SubjectsPerFinding = 3;

    private static readonly Dictionary<string, string> CheckKeys = new(StringComparer.Ordinal)
    {
        ["mfa.registration"] = "Evidence_Check_Registration",
        ["mfa.enforcement"] = "Evidence_Check_Enforcement",
        ["mfa.admin-protection"] = "Evidence_Check_AdminProtection",
        ["mfa.legacy-authentication"] = "Evidence_Check_LegacyAuthentication",
    };

    /// <param name="notice">Shown above the status, e.g. "Collection running…".</param>
    public AdaptiveCard Status(MfaControlView view, string? notice = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Evidence_Title"], Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (view.IsDemo)
            body.Add(new TextBlock { Text = text["Evidence_DemoData"], Color = TextColor.Warning, Weight = TextWeight.Bolder });
        if (notice is not null)
            body.Add(new TextBlock { Text = notice, Color = TextColor.Accent });

        if (view.CollectedAt is null)
        {
            body.Add(new TextBlock { Text = text["Evidence_NoEvidence"] });
        }
        else
        {
            var facts = new List<Fact>
            {
                new(text["Evidence_Status"], Outcome(view.Status)),
                new(text["Evidence_CollectedAt"], view.CollectedAt.Value.ToString("g", CultureInfo.CurrentCulture) + " UTC"),
            };
            if (view.RegistrationPercent is { } members)
                facts.Add(new(text["Evidence_Registration"], members.ToString("0.#", CultureInfo.CurrentCulture) + " %"));
            if (view.AdminsPercent is { } admins)
                facts.Add(new(text["Evidence_Admins"], admins.ToString("0.#", CultureInfo.CurrentCulture) + " %"));
            body.Add(new FactSet { Facts = facts });
            body.AddRange(view.Checks.Select(Check));
        }

        return new AdaptiveCard
        {
            FallbackText = text["Evidence_Title"],
            Body = body,
            Actions = [new ExecuteAction { Title = text["Evidence_Refresh"], Verb = RefreshVerb, Fallback = "Action.Submit", Data = new { action = RefreshVerb } }],
        };
    }

    private Container Check(MfaCheckView check)
    {
        var items = new List<CardElement>
        {
            new TextBlock
            {
                Text = $"{(CheckKeys.TryGetValue(check.Check, out var key) ? text[key] : check.Check)}: {Outcome(check.Outcome)}",
                Weight = TextWeight.Bolder,
                Color = check.Outcome switch { "Met" => TextColor.Good, "PartiallyMet" => TextColor.Warning, "NotMet" => TextColor.Attention, _ => TextColor.Default },
            },
        };
        // Gaps first (High before Low); Info findings only when there is nothing worse to say.
        var findings = check.Findings.OrderByDescending(f => Severity(f.Severity)).ToList();
        var shown = findings.Where(f => Severity(f.Severity) > 0).Take(FindingsPerCheck).ToList();
        if (shown.Count == 0)
            shown = [.. findings.Take(1)];
        items.AddRange(shown.Select(f => TextBlock.User("• " + Line(f), isSubtle: true, spacing: Spacing.Small)));
        return new Container { Items = items, Separator = true, Spacing = Spacing.Medium };
    }

    private string Line(MfaFindingView finding) =>
        FindingLine(text, finding.Text(CultureInfo.CurrentUICulture.Name), finding.SubjectsIn(CultureInfo.CurrentUICulture.Name));

    /// <summary>A finding on a card: its message and the first few subjects ("… (a, b, c …and 4 more)"); the evidence and measures cards share it.</summary>
    internal static string FindingLine(IStringLocalizer<EvidenceText> text, string message, IReadOnlyList<string> subjects)
    {
        if (subjects.Count == 0)
            return message;
        var names = string.Join(", ", subjects.Take(SubjectsPerFinding));
        var more = subjects.Count > SubjectsPerFinding ? " " + string.Format(CultureInfo.CurrentCulture, text["Evidence_More"], subjects.Count - SubjectsPerFinding) : "";
        return $"{message} ({names}{more})";
    }

    private string Outcome(string outcome)
    {
        var localised = text["Evidence_Outcome_" + outcome];
        return localised.ResourceNotFound ? outcome : localised.Value;
    }

    private static int Severity(string severity) => severity switch { "High" => 3, "Medium" => 2, "Low" => 1, _ => 0 };
}
