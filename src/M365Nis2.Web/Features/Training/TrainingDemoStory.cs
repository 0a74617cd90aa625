using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// Demo story: the board's Art. 20(2) training. Everyone attended a course 14 months ago; all but the last member
/// attended one two months ago, so that member is overdue under the default rule (one course every 12 months).
/// </summary>
public sealed class TrainingDemoStory(TrainingService training) : IDemoStoryPart
{
    public string Name => "training";

    public int Order => 30;

    public async Task SeedAsync(DemoStory story, CancellationToken ct)
    {
        await CourseAsync(story, "Cyber risk for boards", "Dansk Erhverv Akademi", 14 * 30, 6m, story.Board, ct);
        await CourseAsync(story, "NIS2: the management body's duties", "Nordic Cyber Academy", 60, 3m, story.Board.Take(story.Board.Count - 1), ct);
    }

    private async Task CourseAsync(DemoStory story, string title, string provider, int daysAgo, decimal hours,
        IEnumerable<Infrastructure.Auth.DirectoryUser> attendees, CancellationToken ct)
    {
        using var _ = story.Ago(TimeSpan.FromDays(daysAgo - 1));
        var date = DateOnly.FromDateTime(story.RealNow.UtcDateTime).AddDays(-daysAgo);
        var course = await training.AddCourseAsync(new AddCourseRequest(DemoStory.Label(title), provider, date, hours,
            ["NIS2 Art. 20(2)", "risk management", "incident reporting"]), story.Ciso.ObjectId, ct);
        foreach (var member in attendees)
        {
            var (row, user) = await training.ValidateAttendanceAsync(course.Id, member.ObjectId, ct);
            await training.RecordAttendanceAsync(row, user, null, story.Ciso.ObjectId, ct);
        }
    }
}
