using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>
/// Demo story: a significant incident known 30 hours ago, its early warning submitted in time and the 72-hour
/// notification still open (the tab counts down to it); two earlier incidents judged not significant, for the
/// board's incidents per month. Reported, classified and submitted through the real services (signed submissions).
/// </summary>
public sealed class IncidentDemoStory(IncidentService incidents, IncidentReportingService reporting) : IDemoStoryPart
{
    public string Name => "incidents";

    public int Order => 50;

    public async Task SeedAsync(DemoStory story, CancellationToken ct)
    {
        var ciso = new Actor(story.Ciso.ObjectId, story.Ciso.DisplayName, IsCiso: true);
        await NotSignificantAsync(story, ciso, TimeSpan.FromDays(65), "A laptop was left on a train; the disk is encrypted and the device was wiped remotely.", ct);
        await NotSignificantAsync(story, ciso, TimeSpan.FromDays(33), "A phishing e-mail reached 12 mailboxes; two people clicked, no credentials were entered.", ct);

        string id;
        using (story.Ago(TimeSpan.FromHours(28)))
        {
            var reported = Ok(await incidents.ReportAsync(new ReportInput(
                "Demo story: ransomware encrypted two file servers in the Aarhus control centre; SCADA monitoring runs in manual mode.",
                story.RealNow.AddHours(-30), "File servers, SCADA monitoring (Aarhus)", 1200, true, "malicious", "no"), ciso, "demo-significant", ct));
            id = reported.Id;
            Ok(await incidents.ClassifyAsync(id, new ClassifyInput("yes", "yes", "significant",
                "Operations in one region disrupted for more than four hours (demo)."), ciso, ct));
        }
        using (story.Ago(TimeSpan.FromHours(12)))
        {
            Ok(await reporting.SubmitAsync(id, IncidentStage.EarlyWarning, null, ciso, ct));
        }
    }

    private async Task NotSignificantAsync(DemoStory story, Actor ciso, TimeSpan ago, string what, CancellationToken ct)
    {
        using var _ = story.Ago(ago);
        var reported = Ok(await incidents.ReportAsync(new ReportInput("Demo story: " + what, null, "", null, null, "error", "no"), ciso, "demo-" + ago.Days, ct));
        Ok(await incidents.ClassifyAsync(reported.Id, new ClassifyInput("no", "no", "not_significant", "Contained at once; no service was affected (demo)."), ciso, ct));
    }

    private static T Ok<T>(IncidentOutcome<T> outcome) => outcome.Kind is OutcomeKind.Ok or OutcomeKind.Created
        ? outcome.Value! : throw new InvalidOperationException($"Demo story, incidents: {outcome.Kind} {outcome.Error}");
}
