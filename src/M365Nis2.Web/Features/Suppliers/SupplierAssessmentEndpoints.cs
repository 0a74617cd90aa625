namespace M365Nis2.Web.Features.Suppliers;

/// <summary>Assessment routes: the CISO sends one to the owner; the CISO or the owner uploads the supplier's report.</summary>
public static class SupplierAssessmentEndpoints
{
    public static RouteGroupBuilder MapSupplierAssessmentEndpoints(this RouteGroupBuilder api) => api;
}
