using System.Security.Claims;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Risks;

/// <summary>The asset register and the Statement of Applicability over HTTP.</summary>
public static class AssetAndSoaEndpoints
{
    public static WebApplication MapAssetAndSoaEndpoints(this WebApplication app)
    {
        app.MapGet("/api/assets", async (AssetService a, CancellationToken ct) => TypedResults.Ok(await a.ListAsync(ct))).RequireAuthorization(AuthPolicies.BoardOrCiso);
        app.MapGet("/api/assets/template.csv", () => TypedResults.Text(AssetCsv.Template, "text/csv")).RequireAuthorization(AuthPolicies.Ciso);
        app.MapPost("/api/assets", AddAssets).RequireAuthorization(AuthPolicies.Ciso).DisableAntiforgery();
        app.MapGet("/api/soa", async (SoaService s, CancellationToken ct) =>
        {
            var (statement, record) = await s.CurrentAsync(ct);
            return TypedResults.Ok(RiskViewMapping.Soa(statement, record));
        }).RequireAuthorization(AuthPolicies.BoardOrCiso);
        app.MapPut("/api/soa", SaveSoa).RequireAuthorization(AuthPolicies.Ciso);
        app.MapPost("/api/soa/approval", RequestSoaApproval).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    /// <summary>
    /// One asset as JSON, or a CSV (text/csv body, or multipart with a 'file' part). A CSV with one bad row stores
    /// nothing and answers 400 with an error per bad row (line and problems).
    /// </summary>
    private static async Task<Results<Created<IReadOnlyList<Asset>>, ProblemHttpResult>> AddAssets(HttpRequest request, ClaimsPrincipal user,
        AssetService assets, CancellationToken ct)
    {
        AssetImportResult result;
        if (request.ContentLength > AssetService.MaxCsvBytes)
            return TooLarge();
        if (request.HasJsonContentType())
        {
            var input = await ReadJsonAsync(request, ct);
            if (input is null)
                return CodedProblems.Invalid(RequestTexts.JsonBody.With("{name, type, owner, criticality, services}"));
            result = await assets.AddAsync(input, user.ObjectId(), ct);
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
                return CodedProblems.Invalid(RequestTexts.AssetFileMissing.With());
            if (await ReadLimitedAsync(file.OpenReadStream(), ct) is not { } bytes)
                return TooLarge();
            result = await assets.ImportCsvAsync(bytes, user.ObjectId(), ct);
        }
        else if (request.ContentType?.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (await ReadLimitedAsync(request.Body, ct) is not { } bytes)
                return TooLarge();
            result = await assets.ImportCsvAsync(bytes, user.ObjectId(), ct);
        }
        else
        {
            return CodedProblems.Invalid(RequestTexts.AssetContent.With());
        }
        if (result.Succeeded)
            return TypedResults.Created("/api/assets", result.Assets);
        // English as before; the Danish twins (problemsDa, detailDa, each row's problemsDa) for the tab's Danish reader.
        List<string> ProblemsIn(string language) => result.FileError is { } fileError
            ? [result.FileErrorText?.InLanguage(language) ?? fileError]
            : [.. result.Errors.Select(e => e.Sentence(language))];
        var (problems, problemsDa) = (ProblemsIn(TextLanguage.English), ProblemsIn(TextLanguage.Danish));
        return TypedResults.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Nothing was imported",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = problems,
                ["problemsDa"] = problemsDa,
                ["detailDa"] = string.Join(" ", problemsDa),
                ["rows"] = result.Errors.Select(e => new { line = e.Line, problems = e.Problems, problemsDa = e.In(TextLanguage.Danish) }).ToList(),
            });
    }

    /// <summary>The whole upload (asynchronously, as Kestrel requires), or null when it is over the limit.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > AssetService.MaxCsvBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static ProblemHttpResult TooLarge() => CodedProblems.List([AssetInputTexts.UploadTooLarge.With(AssetService.MaxCsvBytes)]);

    private static async Task<AssetInput?> ReadJsonAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await request.ReadFromJsonAsync<AssetInput>(ct);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static async Task<Results<Ok<SoaView>, ProblemHttpResult>> SaveSoa(SoaInput? body, ClaimsPrincipal user, SoaService soa, CancellationToken ct)
    {
        if (body?.Entries is null)
            return CodedProblems.Invalid(RequestTexts.JsonBody.With("{entries: [{controlId, applicable, justification, implementation, measures, riskIds}]}"));
        var (record, problems, conflict) = await soa.SaveAsync(body, user.ObjectId(), ct);
        return record is not null ? TypedResults.Ok(RiskViewMapping.Soa(record.Statement, record)) : CodedProblems.List(problems, conflict);
    }

    private static async Task<Results<Ok<SoaView>, ProblemHttpResult>> RequestSoaApproval(ClaimsPrincipal user, SoaService soa, CancellationToken ct)
    {
        var (record, problems, conflict) = await soa.RequestApprovalAsync(user.ObjectId(), ct);
        return record is not null ? TypedResults.Ok(RiskViewMapping.Soa(record.Statement, record)) : CodedProblems.List(problems, conflict);
    }
}
