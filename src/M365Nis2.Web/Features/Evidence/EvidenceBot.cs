using System.Text.Json;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Evidence;

/// <summary><c>evidence</c>: the Art. 21(2)(j) status card from the latest run.</summary>
public sealed class EvidenceCommand(MfaControlStatusProvider status, EvidenceCards cards, IStringLocalizer<EvidenceText> text) : IBotCommand
{
    public string Description => text["Evidence_CommandDescription"];

    public async Task HandleAsync(TurnContext turn, CancellationToken ct) =>
        await turn.SendAsync(cards.Status(await status.ViewAsync(ct)), ct);
}

/// <summary>
/// <c>evidence.refresh</c> (Action.Execute): the CISO starts a collection and gets the result if it finishes within
/// <see cref="InvokeBudget"/> (Teams gives an invoke about 15 s), else the latest result marked "collection running…".
/// Anyone else gets the latest result.
/// </summary>
public sealed class EvidenceRefreshAction(
    EvidenceRunner runner, MfaControlStatusProvider status, EvidenceCards cards, IUserDirectory directory, IStringLocalizer<EvidenceText> text) : ICardAction
{
    public static readonly TimeSpan InvokeBudget = TimeSpan.FromSeconds(8);

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        var caller = turn.CallerObjectId;
        if (caller is null || !(await directory.RolesOfAsync(caller, ct)).Contains(AppRoles.Ciso))
            return InvokeResponse.Card(cards.Status(await status.ViewAsync(ct), text["Evidence_CisoOnly"]));

        var start = await runner.StartAsync("bot", caller, ct);
        var running = !start.Started
            || (await runner.WaitAsync(start.RunId!, InvokeBudget, ct))?.Status == RunStatuses.Running;
        return InvokeResponse.Card(cards.Status(await status.ViewAsync(ct), running ? text["Evidence_Running"].Value : null));
    }
}
