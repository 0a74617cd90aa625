using System.Text.RegularExpressions;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams.Routing;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// <see cref="IApprovalSubjects"/>: a subject round is an ordinary round (same store, card per approver, vote lanes,
/// reminders, deadline sweep, signed decision) whose round row also carries the subject, so the card states it and the
/// decision record signs what the approvers saw.
/// </summary>
public sealed partial class ApprovalSubjectService(
    ApprovalRoundStore rounds,
    ApproverResolver resolver,
    CardFanOut fanOut,
    ApprovalCards cards,
    IOptions<AppLinkOptions> links,
    IHttpContextAccessor http,
    TimeProvider time,
    ILogger<ApprovalSubjectService> logger) : IApprovalSubjects
{
    public const int MaxFacts = 10;
    public const string PolicyKind = "policy";

    public async Task<SubjectRoundStart> StartAsync(SubjectRoundRequest request, CancellationToken ct)
    {
        var subject = request.Subject;
        var problems = Validate(subject).Select(p => CommonTexts.AsGiven.With(p)).ToList(); // the calling feature's mistakes, not the user's
        if (request.Deadline <= time.GetUtcNow())
            problems.Add(ApprovalInputTexts.DeadlinePast.With());
        var (approvers, approverProblem) = problems.Count > 0 ? ([], null) : await resolver.ResolveAsync(request.ApproverIds, null, ct);
        if (approverProblem is not null)
            problems.Add(approverProblem);
        if (request.ExcludeRequester)
            approvers = [.. approvers.Where(a => !string.Equals(a.ObjectId, request.RequestedBy, StringComparison.OrdinalIgnoreCase))];
        if (problems.Count == 0 && approvers.Count == 0)
            problems.Add(ApprovalInputTexts.NobodyDecides.With());
        if (problems.Count > 0)
            return new(null, problems);
        if (await rounds.OpenRoundForSubjectAsync(subject.Kind, subject.Id, ct) is { } open)
            return new(null, [ApprovalInputTexts.SubjectRoundOpen.With(open, subject.Kind, subject.Id)], Conflict: true);

        ApprovalRound round;
        try
        {
            round = ApprovalRound.Start(subject.Id, subject.Version, subject.Sha256, approvers, request.Quorum, request.Deadline);
        }
        catch (ArgumentException e)
        {
            return new(null, [CommonTexts.AsGiven.With(e.Message)]);
        }
        var stored = new StoredRound
        {
            RoundId = Guid.NewGuid().ToString("N"), Round = round, PolicyTitle = subject.Title.En, StartedBy = request.RequestedBy,
            StartedAt = time.GetUtcNow(), LinkBase = LinkBase(), Subject = subject,
        };
        var known = await fanOut.ReferencesAsync(approvers.Select(a => a.ObjectId), ct);
        await rounds.CreateAsync(stored, ct);
        var deliveries = await fanOut.SendAsync(stored, known, ct);
        // Those the app is being installed for get their card shortly: the requester is told only about the others.
        var notReached = deliveries.Where(d => d.Status != CardFanOut.Sent && d.RetryAt is null).Select(d => approvers.First(a => a.ObjectId == d.ObjectId).DisplayName).ToList();
        if (notReached.Count > 0)
        {
            logger.LogInformation("Subject round {RoundId}: {Count} approvers not reached", stored.RoundId, notReached.Count);
            string text;
            using (BotCulture.Use(BotCulture.For(await fanOut.LocaleOfAsync(request.RequestedBy, ct))))
                text = cards.Text("Ciso_NotReached", notReached.Count, string.Join(", ", notReached));
            await fanOut.TellAsync(request.RequestedBy, text, ct);
        }
        return new(stored.RoundId, []);
    }

    public async Task<SubjectRoundStatus?> FindAsync(string roundId, CancellationToken ct) =>
        await rounds.FindAsync(roundId, ct) is { Subject: { } subject } s
            ? new(s.RoundId, subject.Kind, subject.Id, s.Round.Version, s.Round.DocumentSha256, s.Round.Decision, s.Round.Deadline, s.Round.DecidedAt,
                s.Round.Tally, s.Round.Approvers, s.DecisionArtefactId)
            : null;

    // As for policy rounds: the configured public URL, else the host the request came in on.
    private string LinkBase() => links.Value.PublicBaseUrl?.ToString()
        ?? (http.HttpContext?.Request is { } r ? $"{r.Scheme}://{r.Host}/" : "http://127.0.0.1:3978/");

    private static IEnumerable<string> Validate(ApprovalSubject s)
    {
        if (!KindPattern().IsMatch(s.Kind) || s.Kind == PolicyKind)
            yield return $"Subject kind '{s.Kind}' must be lower case letters and dashes (and not '{PolicyKind}', which has its own rounds).";
        if (string.IsNullOrWhiteSpace(s.Id) || s.Id.Length > 200)
            yield return "A subject id (1–200 characters) is required.";
        if (string.IsNullOrWhiteSpace(s.Title.En) || string.IsNullOrWhiteSpace(s.Title.Da))
            yield return "The subject needs an English and a Danish title.";
        if (s.Facts.Count > MaxFacts)
            yield return $"At most {MaxFacts} facts on a card.";
        if (!s.LinkPath.StartsWith('/'))
            yield return "The link path must start with '/'.";
    }

    [GeneratedRegex("^[a-z][a-z-]{1,39}$")]
    private static partial Regex KindPattern();
}
