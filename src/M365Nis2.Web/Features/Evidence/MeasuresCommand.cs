using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// <c>measures</c>: the automated evidence of every measure a source speaks to ((b) (c) (e) (f) (h) (i) (j)), as the
/// evidence command's card does for (j) alone. Same audience rule: members only; names only for the CISO and the board
/// in their 1:1 chat. Refresh (CISO) runs one collection of every source, as the evidence card's does.
/// </summary>
public sealed class MeasuresCommand(
    MeasuresOverviewReader overview, MeasuresCards cards, EvidenceRunner runner, IUserDirectory directory, IStringLocalizer<EvidenceText> text,
    IOptions<EvidenceOptions> options) : IBotCommand
{
    public string Description => text["Measures_CommandDescription"];

    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        if (await EvidenceAudience.NamesAllowedAsync(turn, directory, ct) is { } names)
            await turn.SendAsync(cards.Overview(await overview.ReadAsync(names, ct)), ct);
        else
            await turn.SendAsync(text["Evidence_MembersOnly"].Value, ct);
    }

    /// <summary>Refresh pressed on the measures card.</summary>
    public async Task<InvokeResponse> RefreshAsync(TurnContext turn, CancellationToken ct)
    {
        if (await EvidenceAudience.NamesAllowedAsync(turn, directory, ct) is not { } names)
            return InvokeResponse.BadRequest("NotAMember", text["Evidence_MembersOnly"]);
        var caller = turn.CallerObjectId!;
        if (!(await directory.RolesOfAsync(caller, ct)).Contains(AppRoles.Ciso))
            return InvokeResponse.Card(cards.Overview(await overview.ReadAsync(names, ct), text["Evidence_CisoOnly"]));

        var start = await runner.StartAsync("bot", caller, ct);
        var running = !start.Started || (await runner.WaitAsync(start.RunId!, options.Value.RefreshWait, ct))?.Status == RunStatuses.Running;
        return InvokeResponse.Card(cards.Overview(await overview.ReadAsync(names, ct), running ? text["Evidence_Running"].Value : null));
    }
}
