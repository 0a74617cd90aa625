using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>Demo story: a few follow-up tasks for the CISO and the IT administrators, made through the task service.</summary>
public sealed class TaskDemoStory(TaskService tasks) : IDemoStoryPart
{
    public string Name => "tasks";

    public int Order => 70;

    public async Task SeedAsync(DemoStory story, CancellationToken ct)
    {
        var caller = new TaskCaller(story.Ciso.ObjectId, story.Ciso.DisplayName, IsManager: true);
        var today = DateOnly.FromDateTime(story.RealNow.UtcDateTime);
        await CreateAsync(caller, "Send the 72-hour incident notification", "Complete and submit the notification for the ransomware incident.",
            story.Ciso.UserPrincipalName, today.AddDays(1), ["art21.2.b"], "demo-task-notification", ct);
        await CreateAsync(caller, "Register the printers' service accounts for MFA exclusion review", "Review the legacy printer exclusion in Conditional Access.",
            "jonas.berg@nordlysenergi.onmicrosoft.com", today.AddDays(14), ["art21.2.j"], "demo-task-printers", ct);
        await CreateAsync(caller, "Book the board's NIS2 refresher course", "One board member's Art. 20(2) training is overdue.",
            story.Ciso.UserPrincipalName, today.AddDays(21), ["art20.2"], "demo-task-training", ct);
    }

    private async Task CreateAsync(TaskCaller caller, string title, string description, string ownerUpn, DateOnly due, IReadOnlyList<string> measures,
        string key, CancellationToken ct)
    {
        var (task, _, problems) = await tasks.CreateAsync(new NewTaskRequest(DemoStory.Label(title), description, null, ownerUpn, due, measures, key), caller, ct);
        if (task is null)
            throw new InvalidOperationException($"Demo story, tasks: {string.Join(" ", problems)}");
    }
}
