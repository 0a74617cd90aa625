using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// The per-user iCalendar feed (<c>GET /api/wheel/{user}.ics?token=…&amp;lang=da</c>) so the wheel and one's tasks show in Outlook.
/// Calendar clients subscribe without signing in, so the link carries a random token; only its SHA-256 is stored, one per
/// user, and issuing a new one or revoking it makes the old link stop working at once. The language is in the link too:
/// the calendar server that fetches it sends no user and no useful Accept-Language, so the tab that issues the link
/// names its own language (the one the user reads the app in); a link without it reads in English.
/// </summary>
public sealed class CalendarFeed(TableServiceClient tables, StorageNames names, TaskStore store, WheelScheduler wheel, TaskNotifier notifier)
{
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "TaskCalendarTokens", ct);

    /// <summary>Issues a fresh token for the user (the old link dies) and returns it; shown once.</summary>
    public async Task<string> IssueAsync(string objectId, CancellationToken ct)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        await (await TableAsync(ct)).UpsertEntityAsync(new TableEntity("token", objectId) { ["Sha256"] = Hash(token) }, TableUpdateMode.Replace, ct);
        return token;
    }

    public async Task RevokeAsync(string objectId, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).DeleteEntityAsync("token", objectId, ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    public async Task<bool> IsValidAsync(string objectId, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || !Guid.TryParse(objectId, out _))
        {
            return false;
        }
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>("token", objectId, cancellationToken: ct);
        return row.HasValue && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(row.Value!.GetString("Sha256") ?? ""),
            Encoding.ASCII.GetBytes(Hash(token)));
    }

    /// <summary>The user's open tasks and, for the activities they own, the wheel for this year and the next.</summary>
    /// <param name="language">The language of the link (<c>lang</c> in its address, set by the tab that issued it): "da" gives
    /// the Danish titles and descriptions where a task has them; anything else English.</param>
    public async Task<string> RenderAsync(string objectId, string? language, CancellationToken ct)
    {
        var danish = TextLanguage.IsDanish(language);
        var now = DateTimeOffset.UtcNow;
        var ics = new IcsWriter();
        ics.Line("BEGIN:VCALENDAR").Line("VERSION:2.0").Line("PRODID:-//M365Nis2//Annual wheel//EN").Line("CALSCALE:GREGORIAN").Line("METHOD:PUBLISH")
            .Line("X-WR-CALNAME:" + IcsWriter.Escape(danish ? "NIS2-årshjul" : "NIS2 annual wheel"));
        foreach (var row in (await store.ListAsync(objectId, ct)).Where(r => r.Lifecycle == nameof(TaskLifecycle.Open)))
        {
            var status = notifier.StatusOf(row);
            Event(ics, $"task-{row.RowKey}@m365nis2", status.DueDate, row.TitleIn(language), row.DescriptionIn(language), now, notifier.TabLink(row.RowKey));
        }
        var today = notifier.Today;
        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            foreach (var o in WheelSchedule.Year(WheelScheduler.Activities, year).Where(o => wheel.OwnerOf(o.Activity.OwnerRole) == objectId))
            {
                Event(ics, $"wheel-{o.SourceId.Replace('/', '-')}@m365nis2", o.DueDate, danish ? o.Activity.TitleDa : o.Activity.Title,
                    danish ? o.Activity.DescriptionDa : o.Activity.Description, now, null);
            }
        }
        return ics.Line("END:VCALENDAR").ToString();
    }

    private static void Event(IcsWriter ics, string uid, DateOnly day, string summary, string? description, DateTimeOffset stamp, Uri? url)
    {
        ics.Line("BEGIN:VEVENT").Line("UID:" + uid).Line("DTSTAMP:" + stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture))
            .Line("DTSTART;VALUE=DATE:" + Date(day)).Line("DTEND;VALUE=DATE:" + Date(day.AddDays(1)))
            .Line("SUMMARY:" + IcsWriter.Escape(summary)).Line("TRANSP:TRANSPARENT");
        if (!string.IsNullOrWhiteSpace(description))
        {
            ics.Line("DESCRIPTION:" + IcsWriter.Escape(description));
        }
        if (url is not null)
        {
            ics.Line("URL:" + url);
        }
        ics.Line("END:VEVENT");
    }

    private static string Date(DateOnly d) => d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>RFC 5545 content lines: CRLF endings, text escaping, folding at 75 octets without splitting a UTF-8 character.</summary>
internal sealed class IcsWriter
{
    private readonly StringBuilder text = new();

    public IcsWriter Line(string line)
    {
        var bytes = 0;
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1));
            if (bytes + size > (start == 0 ? 75 : 74))
            {
                text.Append(line, start, i - start).Append("\r\n ");
                start = i;
                bytes = 0;
            }
            bytes += size;
            if (char.IsHighSurrogate(line[i]))
            {
                i++;
            }
        }
        text.Append(line, start, line.Length - start).Append("\r\n");
        return this;
    }

    public static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public override string ToString() => text.ToString();
}
