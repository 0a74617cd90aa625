using M365Nis2.Domain.Catalogue;

namespace M365Nis2.Web.Features.Controls;

/// <summary>
/// The catalogue every feature reads NIS2 controls from (Art. 21(2) a–j, Art. 20(1), 20(2), 23 with the ISO/IEC
/// 27001:2022 mapping). One access point, so a tenant-specific catalogue later changes one place.
/// </summary>
[FeatureContract]
public static class ControlCatalogue
{
    public static Nis2Catalogue Current => Nis2Catalogue.Default;
}
