using System.Text.Json;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// <c>evidence</c>: the Art. 21(2)(j) status card from the latest run. Names in findings only for the CISO and the board
/// in their 1:1 chat; everyone else, and every team or group chat (others read along), gets status and counts.
/// </summary>
public sealed class EvidenceCommand(MfaControlStatusProvider status, EvidenceCards cards, IUserDirectory directory, IStringLocalizer<EvidenceText> text) : IBotCommand
{
    public string Description => text["Evidence_CommandDescription"];

    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        if (await EvidenceAudience.ViewForAsync(turn, status, directory, ct) is { } view)
            await turn.SendAsync(cards.Status(view), ct);
        else
            await turn.SendAsync(text["Evidence_MembersOnly"].Value, ct);
    }
}

/// <summary>
/// What the evidence card may show the caller: nothing to someone without a role in the tenant (a guest, an unknown
/// account); names only to the CISO or a board member in a personal (1:1) chat; status and counts otherwise.
/// </summary>
internal static class EvidenceAudience
{
    /// <summary>Null for someone without a role in the tenant; else whether the card may name people.</summary>
    public static async Task<bool?> NamesAllowedAsync(TurnContext turn, IUserDirectory directory, CancellationToken ct)
    {
        var roles = turn.CallerObjectId is { } caller ? await directory.RolesOfAsync(caller, ct) : [];
        if (roles.Count == 0)
            return null;
        var personal = string.Equals(turn.Activity.Conversation?.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
        return personal && (roles.Contains(AppRoles.Ciso) || roles.Contains(AppRoles.Board));
    }

    public static async Task<MfaControlView?> ViewForAsync(TurnContext turn, MfaControlStatusProvider status, IUserDirectory directory, CancellationToken ct)
    {
        if (await NamesAllowedAsync(turn, directory, ct) is not { } names)
            return null;
        var view = await status.ViewAsync(ct);
        return names ? view : view.WithoutNames();
    }
}

/// <summary>
/// <c>evidence.refresh</c> (Action.Execute): the CISO starts a collection and gets the result if it finishes within
/// <see cref="EvidenceOptions.RefreshWait"/> (Teams gives an invoke about 15 s), else the latest result marked "collection running…".
/// Anyone else gets the latest result. From the measures card (<c>view: "measures"</c>) the answer is that card again.
/// </summary>
public sealed class EvidenceRefreshAction(
    EvidenceRunner runner, MfaControlStatusProvider status, EvidenceCards cards, IUserDirectory directory, IStringLocalizer<EvidenceText> text,
    IOptions<EvidenceOptions> options, MeasuresCommand measures) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("view", out var view) && view.ValueKind == JsonValueKind.String
            && view.GetString() == MeasuresCards.View)
            return await measures.RefreshAsync(turn, ct);
        var caller = turn.CallerObjectId;
        if (caller is null || !(await directory.RolesOfAsync(caller, ct)).Contains(AppRoles.Ciso))
            return await EvidenceAudience.ViewForAsync(turn, status, directory, ct) is { } visible
                ? InvokeResponse.Card(cards.Status(visible, text["Evidence_CisoOnly"]))
                : InvokeResponse.BadRequest("NotAMember", text["Evidence_MembersOnly"]);

        var start = await runner.StartAsync("bot", caller, ct);
        var running = !start.Started
            || (await runner.WaitAsync(start.RunId!, options.Value.RefreshWait, ct))?.Status == RunStatuses.Running;
        return InvokeResponse.Card(cards.Status((await EvidenceAudience.ViewForAsync(turn, status, directory, ct))!, running ? text["Evidence_Running"].Value : null));
    }
}
