using System.Globalization;
using System.Text.Json;
using M365Nis2.Domain.Training;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Training;

public sealed record SelfReport(string? CourseId, string? Title, string? Provider, DateOnly? Date, decimal? Hours);

public sealed record ClaimDecisionRequest(string? Decision, string? Note);

public sealed record ClaimView(string Id, string MemberObjectId, string MemberName, string? CourseId, string Title, string Provider, DateOnly Date,
    decimal Hours, string CertificateArtefactId, string State, DateTimeOffset SubmittedAt, string? DecidedBy, DateTimeOffset? DecidedAt,
    string? Note, string? DecisionArtefactId);

/// <summary>The claim was decided by someone else first (409).</summary>
public sealed class ClaimConflictException(string message) : Exception(message);

/// <summary>
/// Art. 20(2) self-reports: a board member reports a course with its certificate; the CISO confirms (the attendance is
/// recorded and counts) or rejects with a reason. Every decision is a signed record in the vault.
/// </summary>
public sealed class TrainingClaimService(TrainingClaimStore claims, TrainingStore store, TrainingService training, IBoardDirectory board,
    TrainingCertificates certificates, IEvidenceVault vault, ClaimDecisionNotifier notifier, TimeProvider time)
{
    public const string DecisionKind = "training.claim-decision";
    private static readonly JsonSerializerOptions RecordJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task<ClaimView> SubmitAsync(string caller, SelfReport report, IFormFile? certificate, CancellationToken ct)
    {
        var member = (await board.GetBoardMembersAsync(ct)).FirstOrDefault(m => string.Equals(m.ObjectId, caller, StringComparison.OrdinalIgnoreCase))
            ?? throw new TrainingInputException("only members of the board report their own training (Art. 20(2)); the CISO records attendance for them.");
        var (courseId, title, provider, date, hours) = (report.CourseId, report.Title?.Trim(), report.Provider?.Trim(), report.Date, report.Hours);
        if (!string.IsNullOrWhiteSpace(courseId))
        {
            var course = await store.FindCourseAsync(courseId, ct) ?? throw new TrainingInputException($"courseId '{courseId}' is not a known course.");
            (title, provider, date, hours) = (course.Title, course.Provider, DateOnly.ParseExact(course.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), (decimal)course.Hours);
        }
        if (AttendanceClaims.CheckReport(title, provider, date, hours, training.Today) is { } problem)
            throw new TrainingInputException(problem);
        if (certificate is null)
            throw new TrainingInputException("certificate is required (PDF, PNG or JPEG of the certificate of attendance).");
        var file = await certificates.ReadAsync(certificate, ct);
        var id = Guid.NewGuid().ToString("N");
        var row = new ClaimRow
        {
            RowKey = id,
            MemberObjectId = member.ObjectId,
            MemberName = member.DisplayName,
            CourseId = courseId ?? "",
            Title = title!,
            Provider = provider!,
            Date = date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Hours = (double)hours!.Value,
            CertificateArtefactId = await certificates.StoreAsync(file, courseId ?? "claim-" + id, member.ObjectId, caller, ct),
            SubmittedAt = time.GetUtcNow(),
        };
        await claims.AddAsync(row, ct);
        return View(row);
    }

    /// <summary>The CISO sees every claim (open first), anyone else only their own.</summary>
    public async Task<IReadOnlyList<ClaimView>> ListAsync(string caller, bool all, CancellationToken ct) =>
        [.. (await claims.AllAsync(ct))
            .Where(c => all || string.Equals(c.MemberObjectId, caller, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.State == nameof(ClaimState.Pending) ? 0 : 1).ThenByDescending(c => c.SubmittedAt).Select(View)];

    /// <summary>Null when there is no such claim. The state changes first (ETag), then the attendance and the signed record follow.</summary>
    public async Task<ClaimView?> DecideAsync(string id, ClaimDecisionRequest request, string actor, CancellationToken ct)
    {
        if (await claims.FindAsync(id, ct) is not { } row)
            return null;
        var current = Enum.Parse<ClaimState>(row.State);
        var decision = AttendanceClaims.ParseDecision(request.Decision);
        if (AttendanceClaims.CheckDecision(current, decision, request.Note) is { } problem)
            throw current == ClaimState.Pending ? new TrainingInputException(problem) : new ClaimConflictException(problem);
        row.State = decision.ToString();
        row.DecidedBy = actor;
        row.DecidedAt = time.GetUtcNow();
        row.Note = request.Note?.Trim() ?? "";
        if (!await claims.TryReplaceAsync(row, ct))
            throw new ClaimConflictException("the claim was decided by someone else just now; reload to see the decision.");
        if (decision == ClaimState.Confirmed)
            await RecordAttendanceAsync(row, actor, ct);
        var record = JsonSerializer.SerializeToUtf8Bytes(new { kind = DecisionKind, claim = View(row) }, RecordJson);
        var receipt = await vault.PutAsync(record, "application/json", DecisionKind, [TrainingEvidence.ManagementControl],
            new Dictionary<string, string> { ["claimId"] = row.RowKey, ["memberObjectId"] = row.MemberObjectId, ["decision"] = row.State }, actor, ct);
        row.DecisionArtefactId = receipt.Id;
        await claims.MergeAsync(row, ct);
        var decided = View(row);
        await notifier.NotifyAsync(decided, ct);
        return decided;
    }

    /// <summary>A course the member named themselves becomes a course of its own (id from the claim, so a retry makes it once).</summary>
    private async Task RecordAttendanceAsync(ClaimRow row, string actor, CancellationToken ct)
    {
        var courseId = row.CourseId;
        if (courseId.Length == 0)
        {
            courseId = "claim-" + row.RowKey;
            await store.AddCourseIfAbsentAsync(new CourseRow
            {
                RowKey = courseId, Title = row.Title, Provider = row.Provider, Date = row.Date, Hours = row.Hours, CreatedBy = actor,
            }, ct);
        }
        await store.AddAttendanceAsync(new AttendanceRow
        {
            PartitionKey = row.MemberObjectId,
            RowKey = courseId,
            CertificateArtefactId = row.CertificateArtefactId,
            RecordedBy = actor,
            RecordedAt = time.GetUtcNow(),
        }, ct);
    }

    private static ClaimView View(ClaimRow r) => new(r.RowKey, r.MemberObjectId, r.MemberName, r.CourseId.Length == 0 ? null : r.CourseId, r.Title,
        r.Provider, DateOnly.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), (decimal)r.Hours, r.CertificateArtefactId, r.State,
        r.SubmittedAt, r.DecidedBy.Length == 0 ? null : r.DecidedBy, r.DecidedAt, r.Note.Length == 0 ? null : r.Note,
        r.DecisionArtefactId.Length == 0 ? null : r.DecisionArtefactId);
}
