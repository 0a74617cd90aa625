using System.Globalization;
using System.Text.Json;
using M365Nis2.Domain.Incidents;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Incidents;

/// <summary><c>incident</c>: sends the report form.</summary>
public sealed class IncidentCommand(IncidentCards cards, TimeProvider time, IStringLocalizer<IncidentText> text) : IBotCommand
{
    public string Description => text["Command_Description"];

    public Task HandleAsync(TurnContext turn, CancellationToken ct) =>
        turn.SendAsync(cards.Form(Guid.NewGuid().ToString("N"), time.GetUtcNow()), ct);
}

/// <summary><c>incident.report</c>: the submitted form becomes a suspected incident; the answer is its timeline card.</summary>
public sealed class ReportIncidentAction(IncidentService incidents, IncidentCards cards, IUserDirectory directory, TimeProvider time,
    IStringLocalizer<IncidentText> text) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        if (await IncidentBotCaller.ActorAsync(turn, directory, ct) is not { } reporter)
            return InvokeResponse.BadRequest("NoCaller", text["Error_NoCaller"]);
        if (data.ValueKind != JsonValueKind.Object)
            return InvokeResponse.BadRequest("BadRequest", "The form sent no data.");
        if (!TryAwareAt(data, out var awareAt))
            return InvokeResponse.BadRequest("BadRequest", "The date or time detected is not a valid date (yyyy-MM-dd) and time (HH:mm).");
        if (!TryUsers(data, out var users))
            return InvokeResponse.BadRequest("BadRequest", "'Users affected' must be a whole number, or left empty when not known.");
        var input = new ReportInput(Text(data, "whatHappened"), awareAt, Text(data, "servicesAffected"), users,
            Text(data, "usersAffectedIsEstimate") is { } estimate ? estimate == "true" : null, Text(data, "suspectedCause"), Text(data, "crossBorder"));
        // The form's own id makes a retried or double-clicked submit land on the same incident; the activity id is the fallback.
        var key = Text(data, "formId") ?? turn.Activity.Id;
        var outcome = await incidents.ReportAsync(input, reporter, key, ct);
        return outcome.Value is { } incident
            ? InvokeResponse.Card(cards.Timeline(incident, time.GetUtcNow()))
            : InvokeResponse.BadRequest("BadRequest", outcome.Error!);
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(v.GetString()) => v.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToString().ToLowerInvariant(),
            _ => null,
        } : null;

    private static bool TryUsers(JsonElement data, out int? users)
    {
        users = null;
        if (Text(data, "usersAffected") is not { } raw)
            return true;
        if (!decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) || n != decimal.Truncate(n) || n is < 0 or > int.MaxValue)
            return false;
        users = (int)n;
        return true;
    }

    /// <summary>The form's date and time are Danish wall-clock time; both empty means now.</summary>
    private bool TryAwareAt(JsonElement data, out DateTimeOffset? awareAt)
    {
        awareAt = null;
        var date = Text(data, "detectedDate");
        var clock = Text(data, "detectedTime");
        if (date is null && clock is null)
            return true;
        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), IncidentDeadlines.Copenhagen);
        if (!DateOnly.TryParseExact(date ?? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || !TimeOnly.TryParseExact(clock ?? "00:00", ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            return false;
        var local = d.ToDateTime(t);
        var zone = IncidentDeadlines.Copenhagen;
        if (zone.IsInvalidTime(local))
            local = local.AddHours(1); // inside the spring-forward gap: the clock already showed summer time
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        awareAt = new DateTimeOffset(local, offset);
        return true;
    }
}

/// <summary><c>incident.show</c>: the current timeline card (CISO: any incident; others: their own).</summary>
public sealed class ShowIncidentAction(IncidentService incidents, IncidentCards cards, IUserDirectory directory, TimeProvider time,
    IStringLocalizer<IncidentText> text) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        if (await IncidentBotCaller.ActorAsync(turn, directory, ct) is not { } caller)
            return InvokeResponse.BadRequest("NoCaller", text["Error_NoCaller"]);
        var id = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("incidentId", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return await incidents.FindVisibleAsync(id ?? "", caller, ct) is { } incident
            ? InvokeResponse.Card(cards.Timeline(incident, time.GetUtcNow()))
            : InvokeResponse.Message(text["Error_NotVisible"]);
    }
}

internal static class IncidentBotCaller
{
    public static async Task<Actor?> ActorAsync(TurnContext turn, IUserDirectory directory, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(turn.CallerObjectId))
            return null;
        var roles = await directory.RolesOfAsync(turn.CallerObjectId, ct);
        return new Actor(turn.CallerObjectId, turn.CallerName ?? turn.CallerObjectId, roles.Contains(AppRoles.Ciso));
    }
}
