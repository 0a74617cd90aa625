using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// Where a new supplier finding is opened as a follow-up: <see cref="SupplierFindingTasks"/> hands it to the Tasks
/// feature's <c>IFollowUpTasks</c>. Implementations must be idempotent per finding (the assessment finish may repeat).
/// </summary>
public interface ISupplierFindingFollowUp
{
    Task OpenAsync(Supplier supplier, SupplierFinding finding, DateOnly dueOn, CancellationToken ct);
}
