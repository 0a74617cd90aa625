using System.Text.Json;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Training;

public sealed record SnapshotReceipt(string ArtefactId, long LedgerSequence, bool Created);

/// <summary>Status of one NIS2 control for the tab: "ok" | "attention" | "missing", when the last evidence was made, and why.</summary>
public sealed record TrainingControlStatus(string ControlId, string Status, DateTimeOffset? LastEvidenceAt, string Summary, string? SummaryDa = null);

/// <summary>
/// Signed snapshots (vault kind training.snapshot, controls art20.2 + art21.2.g) of board training status and awareness
/// campaign completion, and the control status derived from the same data. Everything shown is in the signed content.
/// </summary>
public sealed class TrainingEvidence(TrainingService training, IAwarenessProgress awareness, IEvidenceVault vault, TimeProvider time)
{
    public const string Kind = "training.snapshot";
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    public const string ManagementControl = "art20.2";
    public const string HygieneControl = "art21.2.g";

    public async Task<SnapshotReceipt> SnapshotAsync(string actor, CancellationToken ct)
    {
        var content = new
        {
            kind = Kind,
            generatedAt = time.GetUtcNow(),
            management = await training.ManagementStatusAsync(ct),
            campaigns = await awareness.CampaignStatusesAsync(ct),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(content, SnapshotJson);
        var receipt = await vault.PutAsync(bytes, "application/json", Kind, [ManagementControl, HygieneControl],
            new Dictionary<string, string> { ["generatedBy"] = actor }, actor, ct);
        return new SnapshotReceipt(receipt.Id, receipt.LedgerSequence, receipt.Created);
    }

    public async Task<IReadOnlyList<TrainingControlStatus>> GetControlStatusAsync(CancellationToken ct)
    {
        var last = (await vault.ListByControlAsync(ManagementControl, ct)).Where(a => a.Kind == Kind).Select(a => (DateTimeOffset?)a.CreatedAt).LastOrDefault();
        var board = (await training.ManagementStatusAsync(ct)).Members;
        var current = board.Count(m => m.State is "Current" or "DueSoon");
        var boardText = SummaryTexts.BoardTraining.With(current, board.Count);
        var management = new TrainingControlStatus(ManagementControl,
            board.Count > 0 && current == board.Count ? "ok" : current == 0 ? "missing" : "attention",
            last, boardText.English, boardText.Danish);
        var statuses = await awareness.CampaignStatusesAsync(ct);
        var sent = statuses.Sum(s => s.Sent);
        var completed = statuses.Sum(s => s.Completed);
        var awarenessText = SummaryTexts.Awareness.With(statuses.Count, completed, sent);
        var hygiene = new TrainingControlStatus(HygieneControl,
            sent == 0 ? "missing" : completed * 10 >= sent * 8 ? "ok" : "attention",
            last, awarenessText.English, awarenessText.Danish);
        return [management, hygiene];
    }
}
