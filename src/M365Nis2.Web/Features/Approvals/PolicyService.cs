using System.Text.RegularExpressions;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Approvals;

public sealed record PolicyUpload(string? PolicyKey, string? Title, string? ControlIds, string? Owner, string? ReviewPeriodMonths,
    string? FileName, string? DeclaredContentType, byte[] Content);

public sealed record PolicyVersionView(int Version, string Sha256, string ContentType, string? FileName, long Size, string UploadedBy, DateTimeOffset UploadedAt);

public sealed record PolicyView(string PolicyId, string Title, IReadOnlyList<string> ControlIds, string Owner, int ReviewPeriodMonths,
    PolicyVersionView? Latest, string Status, DateOnly? NextReviewDue, int? ApprovedVersion, DateTimeOffset? ApprovedAt,
    string? LastDecision, string? LastDecisionArtefactId, string? OpenRoundId);

/// <summary>The policy register: upload versions into the vault, list policies with their review status.</summary>
public sealed partial class PolicyService(PolicyStore store, IEvidenceVault vault, IOptions<ApprovalsOptions> options, TimeProvider time)
{
    public const string DocumentKind = "policy.document";

    /// <summary>Stores a new version, or returns the problems (nothing stored).</summary>
    public async Task<(PolicyView? Policy, PolicyVersionView? Version, IReadOnlyList<CodedText> Problems)> UploadAsync(
        PolicyUpload upload, string actorId, string actorName, CancellationToken ct)
    {
        var problems = new List<CodedText>();
        var policyId = Slug(upload.PolicyKey);
        if (policyId is null)
        {
            problems.Add(ApprovalInputTexts.PolicyKey.With());
        }
        var existing = policyId is null ? null : await store.FindAsync(policyId, ct);
        var title = string.IsNullOrWhiteSpace(upload.Title) ? existing?.Title ?? upload.PolicyKey?.Trim() : upload.Title.Trim();
        if (title is { Length: > 200 })
        {
            problems.Add(ApprovalInputTexts.TitleTooLong.With());
        }
        var controls = (upload.ControlIds ?? existing?.ControlIds ?? "art21.2.a")
            .Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToLowerInvariant()).Distinct().ToList();
        if (controls.Count == 0 || controls.Any(c => !ControlIdPattern().IsMatch(c)))
        {
            problems.Add(ApprovalInputTexts.ControlIds.With());
        }
        var months = existing?.ReviewPeriodMonths ?? 12;
        if (!string.IsNullOrWhiteSpace(upload.ReviewPeriodMonths)
            && (!int.TryParse(upload.ReviewPeriodMonths, out months) || months is < 1 or > 60))
        {
            problems.Add(ApprovalInputTexts.ReviewPeriod.With());
        }
        if (upload.Content.LongLength > options.Value.MaxDocumentBytes)
        {
            problems.Add(ApprovalInputTexts.DocumentTooLarge.With(options.Value.MaxDocumentBytes, "Approvals:MaxDocumentBytes"));
        }
        var (contentType, typeProblem) = PolicyDocuments.Check(upload.DeclaredContentType, upload.FileName, upload.Content);
        if (typeProblem is not null)
        {
            problems.Add(typeProblem);
        }
        if (problems.Count > 0)
        {
            return (null, null, problems);
        }

        var receipt = await vault.PutAsync(upload.Content, contentType!, DocumentKind, controls,
            new Dictionary<string, string> { ["policyId"] = policyId!, ["fileName"] = upload.FileName ?? "" }, actorId, ct);
        var details = new PolicyRow
        {
            RowKey = policyId!,
            Title = title!,
            ControlIds = string.Join(',', controls),
            Owner = string.IsNullOrWhiteSpace(upload.Owner) ? existing?.Owner ?? actorName : upload.Owner.Trim(),
            ReviewPeriodMonths = months,
        };
        var version = await store.AddVersionAsync(details, new PolicyVersionRow
        {
            Sha256 = receipt.Id,
            ContentType = contentType!,
            FileName = upload.FileName,
            Size = upload.Content.LongLength,
            UploadedBy = actorId,
            UploadedAt = time.GetUtcNow(),
        }, ct);
        var row = await store.FindAsync(policyId!, ct);
        return (View(row!, version), ViewOf(version), []);
    }

    public async Task<IReadOnlyList<PolicyView>> ListAsync(CancellationToken ct)
    {
        var rows = await store.ListAsync(ct);
        var views = new List<PolicyView>();
        foreach (var row in rows.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase))
        {
            var latest = row.LatestVersion == 0 ? null : await store.FindVersionAsync(row.RowKey, row.LatestVersion, ct);
            views.Add(View(row, latest));
        }
        return views;
    }

    public ReviewStatus ReviewOf(PolicyRow row)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        DateOnly? approvedOn = row.ApprovedAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        return PolicyReview.Evaluate(approvedOn, row.ReviewPeriodMonths, today, options.Value.ReviewDueSoonDays);
    }

    private PolicyView View(PolicyRow row, PolicyVersionRow? latest)
    {
        var review = ReviewOf(row);
        return new(row.RowKey, row.Title, row.Controls, row.Owner, row.ReviewPeriodMonths, latest is null ? null : ViewOf(latest),
            review.State.ToString(), review.NextReviewDue, row.ApprovedVersion, row.ApprovedAt, row.LastDecision, row.LastDecisionArtefactId, row.OpenRoundId);
    }

    private static PolicyVersionView ViewOf(PolicyVersionRow v) => new(v.Version, v.Sha256, v.ContentType, v.FileName, v.Size, v.UploadedBy, v.UploadedAt);

    /// <summary>Danish letters as Danes write them without them (æ → ae, ø → oe, å → aa), other accents dropped.</summary>
    private static string Ascii(string text)
    {
        var spelled = text.Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal);
        return new string([.. spelled.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)]);
    }

    /// <summary>"Information security policy" → "information-security-policy", "Leverandørpolitik" → "leverandoerpolitik"; null when nothing usable is left.</summary>
    public static string? Slug(string? key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 100)
        {
            return null;
        }
        var slug = SlugSeparator().Replace(Ascii(key.Trim().ToLowerInvariant()), "-").Trim('-');
        return slug.Length > 0 && SlugPattern().IsMatch(slug) ? slug : null;
    }

    [GeneratedRegex(@"^art\d+(\.\d+)?(\.[a-z])?$")]
    private static partial Regex ControlIdPattern();

    [GeneratedRegex(@"[\s_]+")]
    private static partial Regex SlugSeparator();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
