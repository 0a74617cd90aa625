using System.Globalization;
using M365Nis2.Domain.Training;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

/// <param name="ModuleVersion">A published version of an authored module; the latest published one when absent (built-ins have one).</param>
public sealed record LaunchCampaignRequest(string? ModuleId, string? AudienceGroupId, IReadOnlyList<string>? RecipientIds, int? ModuleVersion = null);

public sealed record CampaignCreated(string CampaignId, int Recipients);

/// <param name="Sent">Prompted (the card arrived), whatever happened after.</param>
/// <param name="Sending">A send in flight right now.</param>
/// <param name="Unknown">A send was in flight when a runner died: the prompt may or may not have arrived (never resent automatically).</param>
[FeatureContract]
public sealed record CampaignStatus(string CampaignId, string ModuleId, string Audience, DateTimeOffset CreatedAt, int Recipients,
    int Pending, int Sending, int Unknown, int Sent, int Completed, int Passed, int OptedOut, int Failed, decimal CompletionRate, int ModuleVersion = 1);

/// <summary>Launches campaigns (rows first) and reports their counts; the fan-out job does the sending.</summary>
public sealed class CampaignService(CampaignStore store, AudienceResolver audience, ModuleLibrary modules, IOptions<AwarenessOptions> options, TimeProvider time,
    FanoutWakeUp wakeUp)
{
    /// <param name="campaignId">Fixed by a recurring schedule (so a retried occurrence is one campaign); new otherwise.</param>
    public async Task<CampaignCreated> LaunchAsync(LaunchCampaignRequest request, string actor, CancellationToken ct, string? campaignId = null)
    {
        var (moduleId, version) = await modules.PinAsync(request.ModuleId, request.ModuleVersion, ct);
        var users = await audience.ResolveAsync(request.AudienceGroupId, request.RecipientIds, ct);
        campaignId ??= Guid.NewGuid().ToString("N");
        var rows = users.Select(u => new RecipientRow
        {
            PartitionKey = campaignId,
            RowKey = u.ObjectId,
            ModuleId = moduleId,
            ModuleVersion = version,
            DisplayName = u.DisplayName,
            Language = LanguageOf(u.PreferredLanguage),
        }).ToList();
        var header = new CampaignRow
        {
            RowKey = campaignId,
            ModuleId = moduleId,
            ModuleVersion = version,
            Audience = request.AudienceGroupId ?? $"{rows.Count} named recipients",
            CreatedBy = actor,
            CreatedAt = time.GetUtcNow(),
            RecipientCount = rows.Count,
        };
        await store.CreateAsync(header, rows, ct);
        wakeUp.Wake();
        return new CampaignCreated(campaignId, rows.Count);
    }

    public async Task<CampaignStatus?> StatusAsync(string campaignId, CancellationToken ct)
    {
        if (await store.FindCampaignAsync(campaignId, ct) is not { } campaign)
        {
            return null;
        }
        var rows = await store.RecipientsOfAsync(campaignId, null, ct);
        return StatusOf(campaign, rows);
    }

    public CampaignStatus StatusOf(CampaignRow campaign, IReadOnlyList<RecipientRow> rows)
    {
        var counts = CampaignCounts.Of(rows.Select(r => r.ToDomain(options.Value.MaxAttempts)));
        var sending = rows.Count(r => r.State == RecipientStates.Sending);
        var unknown = rows.Count(r => r.State == RecipientStates.Unknown);
        return new CampaignStatus(campaign.RowKey, campaign.ModuleId, campaign.Audience, campaign.CreatedAt, counts.Recipients,
            counts.Pending - sending - unknown, sending, unknown, counts.Sent, counts.Completed, counts.Passed, counts.OptedOut, counts.Failed,
            Math.Round(counts.CompletionRate, 4), Math.Max(campaign.ModuleVersion, 1));
    }

    /// <summary>"da", "da-DK" → "da"; anything else → "en" (the two languages the modules ship in).</summary>
    public static string LanguageOf(string? preferredLanguage) =>
        preferredLanguage is not null && preferredLanguage.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? "da" : "en";

    public static CultureInfo CultureOf(string language) => language == "da" ? Teams.Routing.BotCulture.Danish : Teams.Routing.BotCulture.English;
}
