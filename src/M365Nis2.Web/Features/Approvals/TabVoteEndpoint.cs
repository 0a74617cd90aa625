using System.Security.Claims;
using M365Nis2.Domain.Approvals;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>A vote from the tab's "my approvals" (the same rules as the card: only approvers, the hash of the document read).</summary>
public sealed record TabVoteRequest(string? Choice, string? Comment, string? DocumentHash);

/// <summary>
/// POST /api/approvals/{id}/vote: a board member who was not reached in Teams (no app, no chat) or prefers the tab votes
/// here. The same <see cref="ApprovalService.VoteAsync"/> as the card, so one vote per person and lane rules hold alike.
/// </summary>
public static class TabVoteEndpoint
{
    public const int MaxComment = 1000;

    public static WebApplication MapTabVoteEndpoint(this WebApplication app)
    {
        app.MapPost("/api/approvals/{id}/vote", VoteAsync).RequireAuthorization(AuthPolicies.BoardOrCiso);
        return app;
    }

    private static async Task<Results<Ok<RoundView>, NotFound, ProblemHttpResult>> VoteAsync(string id, TabVoteRequest body, ClaimsPrincipal user,
        ApprovalService approvals, CancellationToken ct)
    {
        var problems = new Dictionary<string, string[]>();
        VoteChoice? choice = body.Choice switch { "approve" => VoteChoice.Approve, "reject" => VoteChoice.Reject, _ => null };
        if (choice is null)
            problems["choice"] = ["'choice' must be 'approve' or 'reject'."];
        if (string.IsNullOrWhiteSpace(body.DocumentHash))
            problems["documentHash"] = ["'documentHash' (the SHA-256 of the document version you read) is required."];
        if (body.Comment is { Length: > MaxComment })
            problems["comment"] = [$"'comment' is at most {MaxComment} characters."];
        if (problems.Count > 0)
            return TypedResults.Problem(string.Join(" ", problems.Values.SelectMany(v => v)), statusCode: 400, title: "Invalid vote",
                extensions: new Dictionary<string, object?> { ["errors"] = problems });
        if (await approvals.GetAsync(id, ct) is null)
            return TypedResults.NotFound();
        var reply = await approvals.VoteAsync(id, user.ObjectId(), new VoteRequest("", choice!.Value, body.Comment, body.DocumentHash!), ct);
        if (reply.Refusal is { } refusal)
            return TypedResults.Problem(refusal, statusCode: StatusCodes.Status409Conflict, title: "Vote not accepted");
        return TypedResults.Ok((await approvals.GetAsync(id, ct))!);
    }
}
