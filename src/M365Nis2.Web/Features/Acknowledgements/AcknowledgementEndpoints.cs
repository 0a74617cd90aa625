using System.Globalization;
using System.Security.Claims;
using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>Acknowledgement over HTTP for the tab: parse, call the service, map the result.</summary>
public static class AcknowledgementEndpoints
{
    public static WebApplication MapAcknowledgementEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/acknowledgements", async (AcknowledgementService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/acknowledgements/mine", async (ClaimsPrincipal user, AcknowledgementService s, CancellationToken ct) =>
            TypedResults.Ok(await s.MineAsync(user.ObjectId(), ct))).RequireAuthorization(AuthPolicies.Member);
        var version = api.MapGroup("/policies/{id}/versions/{version}");
        version.MapGet("/acknowledgements", Progress).RequireAuthorization(AuthPolicies.BoardOrCiso);
        version.MapPost("/acknowledgements", Acknowledge).RequireAuthorization(AuthPolicies.Member);
        version.MapPost("/acknowledgements/snapshot", Snapshot).RequireAuthorization(AuthPolicies.Ciso);
        version.MapGet("/document", Document).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/policies/{id}/acknowledgement-audience", async (string id, AcknowledgementService s, CancellationToken ct) =>
            TypedResults.Ok(await s.AudienceAsync(id, ct))).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPut("/policies/{id}/acknowledgement-audience", SetAudience).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/policies/{id}/acknowledgement-campaign", PutToStaff).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    /// <summary>The CISO puts the current approved version to staff (one campaign per version; the job resolves and sends).</summary>
    private static async Task<IResult> PutToStaff(string id, AcknowledgementService service, Approvals.IApprovedPolicyVersions approved,
        CancellationToken ct)
    {
        var (outcome, version) = await service.RequestCurrentAsync(id, approved, ct);
        return outcome switch
        {
            AckRequest.Requested => TypedResults.Accepted($"/api/policies/{id}/versions/{version!.Version}/acknowledgements",
                new { policyId = id, version = version.Version }),
            AckRequest.AlreadyRequested => TypedResults.Problem($"Version {version!.Version} has already been put to staff; see its progress.",
                statusCode: 409, title: "Already asked"),
            AckRequest.AudienceNone => TypedResults.Problem("The policy's acknowledgement audience is 'none': choose all staff or a group first.",
                statusCode: 409, title: "No audience"),
            _ => TypedResults.Problem("The policy has no version approved by the management body in this app.", statusCode: 404, title: "Not approved"),
        };
    }

    private static async Task<Results<Ok<AckProgressView>, NotFound, ValidationProblem>> Progress(string id, string version, ClaimsPrincipal user,
        AcknowledgementService service, CancellationToken ct)
    {
        if (VersionOf(version) is not { } v)
        {
            return BadVersion();
        }
        // Names of the people who have or have not acknowledged are for the CISO; the board reads the totals.
        return await service.ProgressAsync(id, v, user.IsCiso(), ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<AckOutcome>, NotFound<AckOutcome>, Conflict<AckOutcome>, ValidationProblem>> Acknowledge(string id,
        string version, AcknowledgeRequest? body, ClaimsPrincipal user, AcknowledgementService service, CancellationToken ct)
    {
        if (VersionOf(version) is not { } v)
        {
            return BadVersion();
        }
        var outcome = await service.AcknowledgeAsync(id, v, user.ObjectId(), body?.DocumentSha256, AcknowledgementChannel.Tab, ct);
        return outcome.Kind switch
        {
            AckOutcomeKind.Recorded or AckOutcomeKind.AlreadyAcknowledged => TypedResults.Ok(outcome),
            AckOutcomeKind.WrongVersion => TypedResults.Conflict(outcome),
            _ => TypedResults.NotFound(outcome),
        };
    }

    private static async Task<Results<Created<object>, NotFound, ValidationProblem>> Snapshot(string id, string version, ClaimsPrincipal user,
        AcknowledgementSnapshots snapshots, CancellationToken ct)
    {
        if (VersionOf(version) is not { } v)
        {
            return BadVersion();
        }
        return await snapshots.SignNowAsync(id, v, user.ObjectId(), ct) is { } artefactId
            ? TypedResults.Created($"/api/artefacts/{artefactId}", (object)new { artefactId })
            : TypedResults.NotFound();
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Document(string id, string version, ClaimsPrincipal user,
        AcknowledgementService service, IEvidenceVault vault, HttpContext http, CancellationToken ct)
    {
        if (VersionOf(version) is not { } v)
        {
            return BadVersion();
        }
        if (await service.ReadableAsync(id, v, user.ObjectId(), user.IsCiso() || user.IsBoardMember(), ct) is not { } campaign
            || await vault.GetContentAsync(campaign.Sha256, ct) is not { } content)
        {
            return TypedResults.NotFound();
        }
        DownloadHeaders.Apply(http.Response);
        return TypedResults.File(content.Content, campaign.ContentType, campaign.FileName ?? $"{campaign.PolicyId}-v{v}");
    }

    private static async Task<Results<Ok<AudienceView>, ValidationProblem>> SetAudience(string id, AudienceRequest body, ClaimsPrincipal user,
        AcknowledgementService service, CancellationToken ct) =>
        await service.SetAudienceAsync(id, body.Audience, user.ObjectId(), ct) is { } problem
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["audience"] = [problem] })
            : TypedResults.Ok(await service.AudienceAsync(id, ct));

    private static int? VersionOf(string version) =>
        int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1 ? v : null;

    private static ValidationProblem BadVersion() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["'version' must be a whole number from 1."] });
}
