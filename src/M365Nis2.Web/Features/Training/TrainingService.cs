using System.Globalization;
using M365Nis2.Domain.Training;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Training;

public sealed class TrainingInputException(string message) : Exception(message);

public sealed record AddCourseRequest(string? Title, string? Provider, DateOnly? Date, decimal? Hours, IReadOnlyList<string>? Topics);

public sealed record CourseView(string Id, string Title, string Provider, DateOnly Date, decimal Hours, IReadOnlyList<string> Topics, string? CertificateArtefactId = null);

public sealed record MemberStatus(string ObjectId, string DisplayName, string State, DateOnly? DueDate, string Reason, IReadOnlyList<CourseView> Courses);

public sealed record ManagementStatus(DateOnly Today, TrainingRule Rule, IReadOnlyList<MemberStatus> Members);

/// <summary>Board training: courses, attendance (certificates in the vault) and status per board member under the configured rule.</summary>
public sealed class TrainingService(TrainingStore store, IBoardDirectory board, IOptions<TrainingOptions> options, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<CourseView> AddCourseAsync(AddCourseRequest request, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
            throw new TrainingInputException("title is required (at most 200 characters).");
        if (string.IsNullOrWhiteSpace(request.Provider) || request.Provider.Length > 200)
            throw new TrainingInputException("provider is required (at most 200 characters).");
        if (request.Date is not { } date)
            throw new TrainingInputException("date is required (yyyy-MM-dd).");
        if (request.Hours is not (> 0 and <= 1000) || request.Hours is not { } hours)
            throw new TrainingInputException("hours must be more than 0 and at most 1000.");
        var topics = (request.Topics ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (topics.Count > 50 || topics.Any(t => t.Length > 200 || t.Contains('\n', StringComparison.Ordinal)))
            throw new TrainingInputException("topics: at most 50, each one line of at most 200 characters.");
        var row = new CourseRow
        {
            RowKey = Guid.NewGuid().ToString("N"),
            Title = request.Title.Trim(),
            Provider = request.Provider.Trim(),
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Hours = (double)hours,
            Topics = string.Join('\n', topics),
            CreatedBy = actor,
        };
        await store.AddCourseAsync(row, ct);
        return View(row, null);
    }

    /// <summary>Checks course and board membership before anything is stored; the caller stores the certificate after this.</summary>
    public async Task<(CourseRow Course, DirectoryUser Member)> ValidateAttendanceAsync(string? courseId, string? memberObjectId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(courseId) || await store.FindCourseAsync(courseId, ct) is not { } course)
            throw new TrainingInputException($"courseId '{courseId}' is not a known course.");
        var member = (await board.GetBoardMembersAsync(ct)).FirstOrDefault(m => string.Equals(m.ObjectId, memberObjectId, StringComparison.OrdinalIgnoreCase))
            ?? throw new TrainingInputException($"memberObjectId '{memberObjectId}' is not a member of the board.");
        return (course, member);
    }

    public Task<AttendanceRow> RecordAttendanceAsync(CourseRow course, DirectoryUser member, string? certificateId, string actor, CancellationToken ct) =>
        store.AddAttendanceAsync(new AttendanceRow
        {
            PartitionKey = member.ObjectId,
            RowKey = course.RowKey,
            CertificateArtefactId = certificateId,
            RecordedBy = actor,
            RecordedAt = time.GetUtcNow(),
        }, ct);

    /// <summary>Every course, newest first (for the CISO's administration and a member's self-report).</summary>
    public async Task<IReadOnlyList<CourseView>> CoursesAsync(CancellationToken ct) =>
        [.. (await store.CoursesAsync(ct)).Values.Select(c => View(c, null)).OrderByDescending(c => c.Date).ThenBy(c => c.Title, StringComparer.Ordinal)];

    public async Task<ManagementStatus> ManagementStatusAsync(CancellationToken ct)
    {
        var courses = await store.CoursesAsync(ct);
        var members = new List<MemberStatus>();
        foreach (var member in await board.GetBoardMembersAsync(ct))
        {
            members.Add(await StatusOfAsync(member, courses, ct));
        }
        return new ManagementStatus(Today, options.Value.Rule, members);
    }

    public async Task<MemberStatus?> StatusOfMemberAsync(string objectId, CancellationToken ct)
    {
        var member = (await board.GetBoardMembersAsync(ct)).FirstOrDefault(m => string.Equals(m.ObjectId, objectId, StringComparison.OrdinalIgnoreCase));
        return member is null ? null : await StatusOfAsync(member, await store.CoursesAsync(ct), ct);
    }

    /// <summary>The domain's view of every board member, for the reminder rule.</summary>
    public async Task<IReadOnlyList<MemberTraining>> MembersForRemindersAsync(CancellationToken ct)
    {
        var last = await store.LastRemindersAsync(ct);
        return [.. (await ManagementStatusAsync(ct)).Members.Select(m => new MemberTraining(m.ObjectId, m.DisplayName,
            [.. m.Courses.Select(c => new Attendance(c.Date, c.Hours, c.Title))], last.TryGetValue(m.ObjectId, out var d) ? d : null))];
    }

    private async Task<MemberStatus> StatusOfAsync(DirectoryUser member, IReadOnlyDictionary<string, CourseRow> courses, CancellationToken ct)
    {
        var attended = (await store.AttendanceOfAsync(member.ObjectId, ct))
            .Where(a => courses.ContainsKey(a.RowKey)).Select(a => View(courses[a.RowKey], a.CertificateArtefactId)).OrderBy(c => c.Date).ToList();
        var status = options.Value.Rule.Evaluate(attended.Select(c => new Attendance(c.Date, c.Hours, c.Title)), Today);
        return new MemberStatus(member.ObjectId, member.DisplayName, status.State.ToString(), status.DueDate, status.Reason, attended);
    }

    private static CourseView View(CourseRow row, string? certificateId) => new(row.RowKey, row.Title, row.Provider,
        DateOnly.ParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), (decimal)row.Hours,
        row.Topics.Length == 0 ? [] : row.Topics.Split('\n'), certificateId);
}
