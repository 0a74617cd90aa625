namespace M365Nis2.Web.Features.Controls;

/// <summary>
/// Features report their own small vocabulary (ok / attention / overdue / missing); the controls overview speaks
/// Met / PartiallyMet / NotMet. One mapping, so every feature's control reads the same in the tab and the audit pack.
/// </summary>
[FeatureContract]
public static class FeatureStatusAdapter
{
    public static string ToControlStatus(string featureStatus) => featureStatus.ToLowerInvariant() switch
    {
        "ok" or "met" => ControlStatuses.Met,
        "attention" or "partiallymet" or "reviewduesoon" => ControlStatuses.PartiallyMet,
        "overdue" or "missing" or "notmet" => ControlStatuses.NotMet,
        "unknown" => ControlStatuses.Unknown,
        "noevidenceyet" => ControlStatuses.NoEvidenceYet,
        _ => ControlStatuses.Unknown,
    };
}
