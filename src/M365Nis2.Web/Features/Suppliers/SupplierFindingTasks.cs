using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
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
        var (english, danish) = (finding.Text, SupplierFindingText.In(finding, TextLanguage.Danish));
        var title = FollowUpTexts.SupplierTitle;
        var description = FollowUpTexts.SupplierDescription;
        await tasks.OpenAsync(new FollowUpRequest(owner.ObjectId, FollowUpTexts.Cut(title.With(supplier.Name, english).English, MaxTitle), dueOn,
            [SupplyChainRule.ControlId], Source(supplier.Id, finding.Id),
            FollowUpTask.Clip(description.With(SeverityWord(finding.Severity), supplier.Name, (int)supplier.Tier, english).English),
            $"supplier:{supplier.Id}",
            FollowUpTexts.Cut(title.With(supplier.Name, danish).Danish, MaxTitle),
            FollowUpTask.Clip(description.With(SeverityWord(finding.Severity), supplier.Name, (int)supplier.Tier, danish).Danish)), ct);
    }

    public static TaskSource Source(string supplierId, string findingId) => new(TaskSourceKind.SupplierFinding, $"{supplierId}/{findingId}");

    private static CodedText SeverityWord(Severity severity) => (severity switch
    {
        Severity.High => CommonTexts.SeverityHigh,
        Severity.Medium => CommonTexts.SeverityMedium,
        _ => CommonTexts.SeverityLow,
    }).With();
}
