using System.Security.Claims;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// The supplier register API. The CISO edits, imports, sends assessments and decides on discovered apps; the board reads
/// the register and the discovery queue; an employee sees (and uploads reports for) only the suppliers they own.
/// </summary>
public static class SupplierEndpoints
{
    public const long MaxImportBytes = SupplierCsvReader.MaxChars;

    public static WebApplication MapSupplierEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/suppliers");
        api.MapGet("", List).RequireAuthorization(AuthPolicies.Member);
        api.MapPost("", Create).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/import", Import).RequireAuthorization(AuthPolicies.Ciso).DisableAntiforgery();
        api.MapGet("/questionnaire/{tier}", Questionnaire).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/discovered", Discovered).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("/discovered/run", RunDiscovery).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/discovered/{appId}/dismiss", Dismiss).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/discovered/{appId}/register", Link).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/register-snapshot", async (SupplierRegisterSnapshots snapshots, CancellationToken ct) =>
            TypedResults.Ok(new { latest = await snapshots.LatestAsync(ct) })).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("/register-snapshot", SignRegister).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/{id}", Get).RequireAuthorization(AuthPolicies.Member);
        api.MapPut("/{id}", Update).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/{id}/findings/{findingId}", UpdateFinding).RequireAuthorization(AuthPolicies.Ciso);
        api.MapSupplierAssessmentEndpoints();
        return app;
    }

    internal static Viewer ViewerOf(ClaimsPrincipal user) => new(user.ObjectId(), user.DisplayName(), user.IsCiso(), user.IsBoardMember());

    internal static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static async Task<IResult> SignRegister(SupplierRegisterSnapshots snapshots, ClaimsPrincipal user, CancellationToken ct)
    {
        var snapshot = await snapshots.SignNowAsync(user.ObjectId() ?? "unknown", ct);
        return TypedResults.Created($"/api/artefacts/{snapshot.ArtefactId}", snapshot);
    }

    private static async Task<IResult> List(ClaimsPrincipal user, SupplierService suppliers, TimeProvider time, CancellationToken ct)
    {
        var viewer = ViewerOf(user);
        return TypedResults.Ok((await suppliers.ListAsync(viewer, ct)).Select(s => SupplierViews.Summary(s, Today(time), viewer)).ToList());
    }

    private static async Task<IResult> Create(SupplierRequest request, ClaimsPrincipal user, SupplierService suppliers, TimeProvider time, CancellationToken ct) =>
        Result(await suppliers.CreateAsync(request, ViewerOf(user), ct), ViewerOf(user), time);

    private static async Task<IResult> Import(HttpRequest request, ClaimsPrincipal user, SupplierService suppliers, TimeProvider time, CancellationToken ct)
    {
        if (request.ContentLength > MaxImportBytes)
            return CodedProblems.Of(RequestTexts.LargerThanKb.With(MaxImportBytes / 1000), 413, RequestTexts.FileTooLargeTitle.With());
        string text;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
                return CodedProblems.Of(RequestTexts.AttachCsv.With(), 400, RequestTexts.NoFileTitle.With());
            using var reader = new StreamReader(file.OpenReadStream());
            text = await reader.ReadToEndAsync(ct);
        }
        else
        {
            using var reader = new StreamReader(request.Body);
            text = await reader.ReadToEndAsync(ct);
        }
        var viewer = ViewerOf(user);
        var (added, errors) = await suppliers.ImportAsync(text, viewer, ct);
        if (errors.Count > 0)
        {
            // English as before; the Danish twins (titleDa, detailDa, messageDa) for the tab's Danish reader.
            var detail = SupplierInputTexts.RowsHaveErrors.With(errors.Select(e => e.Line).Distinct().Count());
            return TypedResults.Json(new
            {
                title = SupplierInputTexts.NothingImported.English,
                titleDa = SupplierInputTexts.NothingImported.Danish,
                detail = detail.English,
                detailDa = detail.Danish,
                errors = errors.Select(e => new { line = e.Line, column = e.Column, message = e.Message, messageDa = e.In(TextLanguage.Danish), code = e.Text?.Code })
                    .ToList(),
            }, statusCode: 400);
        }
        return TypedResults.Ok(new { imported = added.Count, suppliers = added.Select(s => SupplierViews.Summary(s, Today(time), viewer)).ToList() });
    }

    // No route constraint: "/questionnaire/x" is a caller's mistake (400 naming the tier), not a missing page (404).
    private static IResult Questionnaire(string tier, string? lang) => tier is not ("1" or "2" or "3")
        ? CodedProblems.Of(SupplierInputTexts.TierRange.With(), 400, RequestTexts.UnknownTierTitle.With())
        : TypedResults.Ok(SupplierViews.Questionnaire(Questionnaires.ForTier((SupplierTier)(tier[0] - '0')), lang ?? "en"));

    private static async Task<IResult> Discovered(DiscoveryService discovery, CancellationToken ct) =>
        TypedResults.Ok(SupplierViews.Discovery(await discovery.GetAsync(ct)));

    private static async Task<IResult> RunDiscovery(ClaimsPrincipal user, DiscoveryService discovery, CancellationToken ct)
    {
        await discovery.RunAsync(user.ObjectId(), ct);
        return TypedResults.Ok(SupplierViews.Discovery(await discovery.GetAsync(ct)));
    }

    private static async Task<IResult> Dismiss(string appId, DismissRequest request, ClaimsPrincipal user, DiscoveryService discovery, CancellationToken ct)
    {
        var (app, error) = await discovery.DismissAsync(appId, request.Reason, user.DisplayName(), ct);
        return (app, error) switch
        {
            (null, null) => TypedResults.NotFound(),
            (null, { } e) => CodedProblems.Of(e.English, e, 400, "Reason required"),
            (_, { } e) => CodedProblems.Of(e.English, e, 409, "Already registered"),
            _ => TypedResults.Ok(SupplierViews.App(app!)),
        };
    }

    private static async Task<IResult> Link(string appId, LinkAppRequest request, ClaimsPrincipal user, SupplierService suppliers, TimeProvider time, CancellationToken ct) =>
        Result(await suppliers.LinkAppAsync(appId, request.SupplierId, ViewerOf(user), ct), ViewerOf(user), time);

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, SupplierService suppliers, SupplierStore store, DiscoveryStore discovery,
        SupplierLinks links, TimeProvider time, CancellationToken ct)
    {
        var viewer = ViewerOf(user);
        if (await suppliers.FindVisibleAsync(id, viewer, ct) is not { } stored)
            return TypedResults.NotFound();
        var s = stored.Value;
        var apps = (await discovery.AppsAsync(ct)).Select(a => a.Value).Where(a => s.AppIds.Contains(a.ServicePrincipalId)).ToList();
        return TypedResults.Ok(SupplierViews.Detail(s, Today(time), viewer, await store.AssessmentsAsync(id, ct), apps,
            viewer.SeesAll ? await store.HistoryAsync(id, ct) : [], viewer.SeesAll ? await links.ViewAsync(s, viewer.IsCiso, ct) : null));
    }

    private static async Task<IResult> Update(string id, SupplierRequest request, ClaimsPrincipal user, SupplierService suppliers, TimeProvider time, CancellationToken ct) =>
        Result(await suppliers.UpdateAsync(id, request, ViewerOf(user), ct), ViewerOf(user), time);

    private static async Task<IResult> UpdateFinding(string id, string findingId, FindingUpdateRequest request, ClaimsPrincipal user, SupplierService suppliers,
        TimeProvider time, CancellationToken ct) =>
        Result(await suppliers.UpdateFindingAsync(id, findingId, request, ViewerOf(user), ct), ViewerOf(user), time);

    internal static IResult Result(SupplierResult result, Viewer viewer, TimeProvider time) => result.Kind switch
    {
        ResultKind.Created => TypedResults.Created($"/api/suppliers/{result.Value!.Id}", SupplierViews.Summary(result.Value, Today(time), viewer)),
        ResultKind.Ok => TypedResults.Ok(SupplierViews.Summary(result.Value!, Today(time), viewer)),
        ResultKind.NotFound => TypedResults.NotFound(),
        ResultKind.Conflict when result.Errors[0].Text is { } conflict => CodedProblems.Of(conflict, 409, RequestTexts.ConflictTitle.With()),
        ResultKind.Conflict => TypedResults.Problem(result.Errors[0].Message, statusCode: 409, title: "Conflict"),
        _ => TypedResults.Json(new
        {
            title = SupplierInputTexts.Invalid.English,
            titleDa = SupplierInputTexts.Invalid.Danish,
            detail = string.Join(" ", result.Errors.Select(e => e.Message)),
            detailDa = string.Join(" ", result.Errors.Select(e => e.In(TextLanguage.Danish))),
            errors = result.Errors.Select(e => new { field = e.Field, message = e.Message, messageDa = e.In(TextLanguage.Danish), code = e.Text?.Code }).ToList(),
        }, statusCode: 400),
    };
}
