using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Tasks;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// Opens a supplier finding as a follow-up task for the supplier's internal owner. The source key is the finding id
/// (assessment id + question id), so a repeated or concurrent finish of the same assessment opens the task once.
/// </summary>
public sealed class SupplierFindingTasks(IFollowUpTasks tasks) : ISupplierFindingFollowUp
{
    public const int MaxTitle = 200;

    public async Task OpenAsync(Supplier supplier, SupplierFinding finding, DateOnly dueOn, CancellationToken ct)
    {
        // Assessments only go to suppliers with an owner; a finding without one stays on the supplier page for the CISO.
        if (supplier.Owner is not { } owner)
            return;
        await tasks.OpenAsync(new FollowUpRequest(owner.ObjectId, Title(supplier, finding), dueOn, [SupplyChainRule.ControlId],
            Source(supplier.Id, finding.Id),
            $"{finding.Severity} finding from the supplier assessment of {supplier.Name} (tier {(int)supplier.Tier}): {finding.Text}",
            $"supplier:{supplier.Id}"), ct);
    }

    public static TaskSource Source(string supplierId, string findingId) => new(TaskSourceKind.SupplierFinding, $"{supplierId}/{findingId}");

    private static string Title(Supplier supplier, SupplierFinding finding)
    {
        var title = $"{supplier.Name}: {finding.Text}";
        return title.Length <= MaxTitle ? title : string.Concat(title.AsSpan(0, MaxTitle - 1), "…");
    }
}
