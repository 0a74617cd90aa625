using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// Where a new supplier finding is opened as a follow-up. The Tasks feature's contract plugs in here (see the adapter in
/// this feature once Features/Tasks is on main); with none registered, findings are followed up on the supplier page.
/// </summary>
public interface ISupplierFindingFollowUp
{
    Task OpenAsync(Supplier supplier, SupplierFinding finding, DateOnly dueOn, CancellationToken ct);
}
