using System.Text.Json;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Tab;

/// <summary>One point of a control's history chart: a percentage at a time, read from a signed artefact.</summary>
public sealed record HistoryPoint(DateTimeOffset At, decimal Value, string ArtefactId);

/// <summary>
/// Art. 20(2) history: the share of board members whose training is current (Current or DueSoon) in each signed
/// training snapshot (vault kind <c>training.snapshot</c>). Read from the signed content, so the chart shows what an
/// auditor can verify.
/// </summary>
public sealed class TrainingHistory(IEvidenceVault vault)
{
    public const string SnapshotKind = "training.snapshot";
    public const string ManagementControl = "art20.2";
    private const int MaxPoints = 60;

    public async Task<IReadOnlyList<HistoryPoint>> ForAsync(string controlId, IReadOnlyList<ArtefactRecord> artefacts, CancellationToken ct)
    {
        if (controlId != ManagementControl)
        {
            return [];
        }
        var points = new List<HistoryPoint>();
        foreach (var record in artefacts.Where(a => a.Kind == SnapshotKind).OrderByDescending(a => a.LedgerSequence).Take(MaxPoints))
        {
            if (await vault.GetContentAsync(record.Id, ct) is { } content && BoardCurrentPercent(content.Content) is { } value)
            {
                points.Add(new HistoryPoint(record.CreatedAt, value, record.Id));
            }
        }
        points.Reverse();
        return points;
    }

    /// <summary>Null when the snapshot has no board members or is not in the expected shape (it is then left out).</summary>
    internal static decimal? BoardCurrentPercent(byte[] snapshot)
    {
        try
        {
            using var doc = JsonDocument.Parse(snapshot);
            if (!doc.RootElement.TryGetProperty("management", out var management) || !management.TryGetProperty("members", out var members)
                || members.ValueKind != JsonValueKind.Array || members.GetArrayLength() == 0)
            {
                return null;
            }
            var current = members.EnumerateArray().Count(m => m.TryGetProperty("state", out var s) && s.GetString() is "Current" or "DueSoon");
            return Math.Round(100m * current / members.GetArrayLength(), 1);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
