using System.Text.Json;
using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>
/// The signed evidence per approved version for (g) and (i): who was asked, who acknowledged when and where, who has
/// not, bound to the version's hash and its approval decision. Signed when the campaign opens, then at most every
/// Acknowledgements:SnapshotInterval while acknowledgements come in, at once when everyone has acknowledged, and on the
/// CISO's request. The vault is content-addressed, so an unchanged snapshot is not stored twice; each lands in the audit pack.
/// </summary>
public sealed class AcknowledgementSnapshots(
    AcknowledgementStore store,
    AcknowledgementService service,
    IEvidenceVault vault,
    IOptions<AcknowledgementsOptions> options,
    TimeProvider time)
{
    public const string Kind = "policy.acknowledgements";
    public static readonly IReadOnlyList<string> Controls = ["art21.2.g", "art21.2.i"];
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task SignIfDueAsync(AckCampaignRow campaign, CancellationToken ct)
    {
        if (campaign.State != AckCampaignRow.Open)
        {
            return;
        }
        var rows = await store.RecipientsOfAsync(campaign.RowKey, null, ct);
        var acknowledged = rows.Count(r => r.State == AckStates.Acknowledged);
        var now = time.GetUtcNow();
        var changed = acknowledged != campaign.LastSnapshotAcknowledged;
        var complete = acknowledged == rows.Count;
        if (changed && (complete || campaign.LastSnapshotAt is null || now - campaign.LastSnapshotAt >= options.Value.SnapshotInterval))
        {
            await SignAsync(campaign, rows, "job:acknowledgements", ct);
        }
    }

    /// <summary>Signs the current state now (the CISO's button); the artefact id.</summary>
    public async Task<string?> SignNowAsync(string policyId, int version, string actor, CancellationToken ct) =>
        await store.FindCampaignAsync(policyId, version, ct) is { State: AckCampaignRow.Open } campaign
            ? await SignAsync(campaign, await store.RecipientsOfAsync(campaign.RowKey, null, ct), actor, ct)
            : null;

    private async Task<string> SignAsync(AckCampaignRow campaign, IReadOnlyList<AckRecipientRow> rows, string actor, CancellationToken ct)
    {
        var receipt = await vault.PutAsync(Record(campaign, rows), "application/json", Kind, Controls,
            new Dictionary<string, string> { ["policyId"] = campaign.PolicyId, ["version"] = campaign.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            actor, ct);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var current = attempt == 0 ? campaign : await store.FindCampaignAsync(campaign.PolicyId, campaign.Version, ct);
            if (current is null)
            {
                break;
            }
            current.LastSnapshotId = receipt.Id;
            current.LastSnapshotAt = time.GetUtcNow();
            current.LastSnapshotAcknowledged = rows.Count(r => r.State == AckStates.Acknowledged);
            if (await store.TryReplaceCampaignAsync(current, ct))
            {
                break;
            }
        }
        return receipt.Id;
    }

    private byte[] Record(AckCampaignRow c, IReadOnlyList<AckRecipientRow> rows)
    {
        var progress = service.ProgressOf(c, rows, withNames: false);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = Kind,
            policy = new { id = c.PolicyId, title = c.Title, version = c.Version, sha256 = c.Sha256 },
            approval = new { roundId = c.RoundId, decisionArtefactId = c.DecisionArtefactId, approvedAt = c.ApprovedAt },
            audience = c.Audience,
            dueAt = c.DueAt,
            takenAt = time.GetUtcNow(),
            counts = new
            {
                audience = progress.Recipients, acknowledged = progress.Acknowledged, outstanding = progress.Outstanding, asked = progress.Asked,
                failed = progress.Failed, unknown = progress.Unknown, rate = progress.Rate,
            },
            acknowledgements = rows.Where(r => r.State == AckStates.Acknowledged).OrderBy(r => r.AcknowledgedAt)
                .Select(r => new { objectId = r.ObjectId, name = r.DisplayName, at = r.AcknowledgedAt, channel = r.Channel }),
            outstanding = rows.Where(r => r.State != AckStates.Acknowledged).OrderBy(r => r.DisplayName, StringComparer.Ordinal)
                .Select(r => new { objectId = r.ObjectId, name = r.DisplayName, state = r.State, askedAt = r.AskedAt, reminders = r.RemindersSent }),
        }, Json);
    }
}
