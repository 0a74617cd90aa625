using M365Nis2.Domain.Incidents;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>The stage names in URLs: early-warning, notification, intermediate, final (the domain ids are accepted too).</summary>
public static class IncidentStageNames
{
    public const string Expected = "early-warning, notification, intermediate or final";

    public static string UrlName(this IncidentStage stage) => stage switch
    {
        IncidentStage.EarlyWarning => "early-warning",
        IncidentStage.Notification => "notification",
        IncidentStage.Intermediate => "intermediate",
        _ => "final",
    };

    public static bool TryParse(string? text, out IncidentStage stage)
    {
        foreach (var candidate in IncidentStages.All)
        {
            if (string.Equals(text, candidate.UrlName(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, candidate.Id(), StringComparison.OrdinalIgnoreCase))
            {
                stage = candidate;
                return true;
            }
        }
        stage = default;
        return false;
    }
}
