using M365Nis2.Teams.Routing;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// "training": a board member sees their own status and courses, the CISO the board overview, everyone else their
/// awareness modules. A CISO who is also on the board sees the overview.
/// </summary>
public sealed class TrainingCommand(TrainingService training, IAwarenessProgress awareness, IUserDirectory directory, TrainingCards cards,
    IStringLocalizer<TrainingText> text) : IBotCommand
{
    public string Description => text["Training_CommandDescription"];

    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.CallerObjectId is not { } caller)
        {
            await turn.SendAsync(cards.NotIdentified(), ct);
            return;
        }
        var roles = await directory.RolesOfAsync(caller, ct);
        if (roles.Contains(AppRoles.Ciso))
        {
            await turn.SendAsync(cards.BoardOverview(await training.ManagementStatusAsync(ct)), ct);
        }
        else if (roles.Contains(AppRoles.Board) && await training.StatusOfMemberAsync(caller, ct) is { } member)
        {
            await turn.SendAsync(cards.MemberStatus(member), ct);
        }
        else
        {
            await turn.SendAsync(cards.EmployeeAwareness(await awareness.AssignmentsOfUserAsync(caller, ct)), ct);
        }
    }
}
