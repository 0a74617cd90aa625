using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>Section <c>Tasks:Wheel</c>: the annual wheel's switch and who owns each role's activities.</summary>
public sealed class WheelOptions
{
    public const string Section = "Tasks:Wheel";

    public bool Enabled { get; set; } = true;

    /// <summary>Entra object id per owner role (Ciso, BoardChair, ItOperations, HumanResources, Procurement); unset roles fall back to the CISO.</summary>
    public Dictionary<WheelOwnerRole, string> Owners { get; set; } = [];
}

public sealed record WheelOccurrenceView(string ActivityId, string Title, string TitleDa, DateOnly DueDate, DateOnly OpensOn, string OwnerRole,
    IReadOnlyList<string> Measures, string? TaskId, string? TaskState);

/// <summary>
/// Opens the annual wheel's due occurrences as tasks through <see cref="IFollowUpTasks"/> (source "AnnualWheel:{activity}/{date}",
/// so each occurrence opens once however many instances or passes run), at most once a day per instance. The day the
/// wheel was switched on is stored once (conditional insert), so occurrences before it are never invented.
/// </summary>
public sealed class WheelScheduler(IFollowUpTasks tasks, TableServiceClient tables, StorageNames names, IOptions<WheelOptions> options,
    IOptions<RolesOptions> roles, TaskNotifier notifier, ILogger<WheelScheduler> logger)
{
    private DateOnly lastRun;

    public static IReadOnlyList<WheelActivity> Activities => AnnualWheel.Nis2Default;

    public async Task OpenDueAsync(CancellationToken ct)
    {
        var today = notifier.Today;
        if (!options.Value.Enabled || lastRun == today)
        {
            return;
        }
        var activeFrom = await ActiveFromAsync(today, ct);
        foreach (var activity in Activities)
        {
            if (OwnerOf(activity.OwnerRole) is not { } owner)
            {
                logger.LogWarning("Annual wheel: no owner for {Role} and no CISO configured; {Activity} not opened", activity.OwnerRole, activity.Id);
                continue;
            }
            foreach (var occurrence in WheelSchedule.ToOpen(activity, activeFrom, today))
            {
                await tasks.OpenAsync(new(owner, activity.Title, occurrence.DueDate, activity.Measures, occurrence.Source, activity.Description,
                    "job:annual-wheel", activity.TitleDa, activity.DescriptionDa), ct);
            }
        }
        lastRun = today;
    }

    /// <summary>The year as the tab shows it, with each occurrence's task where one was opened.</summary>
    public async Task<IReadOnlyList<WheelOccurrenceView>> YearAsync(int year, CancellationToken ct)
    {
        var list = new List<WheelOccurrenceView>();
        foreach (var o in WheelSchedule.Year(Activities, year))
        {
            var task = await tasks.FindAsync(o.Source, ct);
            list.Add(new(o.Activity.Id, o.Activity.Title, o.Activity.TitleDa, o.DueDate, o.OpensOn, o.Activity.OwnerRole.ToString(), o.Activity.Measures,
                task?.TaskId, task?.State.ToString()));
        }
        return list;
    }

    public string? OwnerOf(WheelOwnerRole role) =>
        options.Value.Owners.TryGetValue(role, out var id) && Guid.TryParse(id, out _) ? id : roles.Value.CisoUserIds.FirstOrDefault();

    private async Task<DateOnly> ActiveFromAsync(DateOnly today, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "Tasks", ct);
        var row = new TableEntity("wheel", "state") { ["ActiveFrom"] = TaskRow.Text(today) };
        try
        {
            await table.AddEntityAsync(row, ct);
            return today;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var stored = await table.GetEntityAsync<TableEntity>("wheel", "state", cancellationToken: ct);
            return TaskRow.Day(stored.Value.GetString("ActiveFrom"));
        }
    }
}
