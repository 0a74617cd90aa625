using System.Security.Claims;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>Policy register and approval rounds over HTTP: parse, call one service, map the result.</summary>
public static class ApprovalEndpoints
{
    public static WebApplication MapApprovalEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/policies", Upload).RequireAuthorization(AuthPolicies.Ciso).DisableAntiforgery();
        api.MapGet("/policies", ListPolicies).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/policies/templates", () => TypedResults.Ok(PolicyTemplates.All)).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/policies/controls", async (ApprovalControlStatus s, CancellationToken ct) => TypedResults.Ok(await s.GetControlStatusAsync(ct)))
            .RequireAuthorization(AuthPolicies.Member);
        api.MapPost("/approvals", Start).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/approvals/{id}", Get).RequireAuthorization(AuthPolicies.BoardOrCiso);
        return app;
    }

    private static async Task<Results<Created<object>, ProblemHttpResult>> Upload(HttpRequest request, ClaimsPrincipal user, PolicyService policies,
        IOptions<ApprovalsOptions> options, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return Platform.CodedProblems.Invalid(RequestTexts.PolicyMultipart.With());
        }
        if (Platform.UploadLimit.Apply(request, options.Value.MaxDocumentBytes, "Approvals:MaxDocumentBytes") is { } tooLarge)
        {
            return tooLarge;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (Platform.UploadLimit.IsTooLarge(e))
        {
            return Platform.UploadLimit.TooLarge(options.Value.MaxDocumentBytes, "Approvals:MaxDocumentBytes");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Platform.CodedProblems.List([ApprovalInputTexts.FormUnreadable.With(e.Message)]);
        }
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            return Platform.CodedProblems.Invalid(RequestTexts.PolicyFileMissing.With());
        }
        if (file.Length > options.Value.MaxDocumentBytes)
        {
            return Platform.CodedProblems.Invalid(RequestTexts.DocumentLargerThan.With(file.Length, options.Value.MaxDocumentBytes, "Approvals:MaxDocumentBytes"));
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        string? Field(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        var upload = new PolicyUpload(Field("policyKey") ?? Field("name"), Field("title"), Field("controlIds"), Field("owner"),
            Field("reviewPeriodMonths"), file.FileName, file.ContentType, buffer.ToArray());
        var (policy, version, problems) = await policies.UploadAsync(upload, user.ObjectId(), user.DisplayName(), ct);
        return problems.Count > 0
            ? Platform.CodedProblems.List(problems)
            : TypedResults.Created($"/api/policies/{policy!.PolicyId}/versions/{version!.Version}", (object)new { policy, version });
    }

    private static async Task<Results<Created<StartedRound>, ProblemHttpResult>> Start(StartRoundRequest? body, HttpRequest request, ClaimsPrincipal user,
        RoundStarter starter, CancellationToken ct)
    {
        if (body is null)
        {
            return Platform.CodedProblems.Invalid(RequestTexts.JsonBody.With("{policyId, version, approverGroupId | approverIds, quorum, dueAt}"));
        }
        var requestBase = new Uri($"{request.Scheme}://{request.Host}");
        var outcome = await starter.StartAsync(body, user.ObjectId(), user.DisplayName(), requestBase, ct);
        if (outcome.Started is not { } started)
        {
            return Platform.CodedProblems.List(outcome.Problems, outcome.Conflict);
        }
        return TypedResults.Created($"/api/approvals/{started.Round.RoundId}", started);
    }

    private static async Task<Results<Ok<IReadOnlyList<PolicyView>>, ProblemHttpResult>> ListPolicies(PolicyService policies, HttpContext http, CancellationToken ct)
    {
        var (page, problem) = Platform.Paging.Page(http, await policies.ListAsync(ct));
        return problem is null ? TypedResults.Ok(page) : problem;
    }

    private static async Task<Results<Ok<RoundView>, NotFound>> Get(string id, ApprovalService approvals, CancellationToken ct) =>
        await approvals.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
