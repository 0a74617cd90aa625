using M365Nis2.Domain.Vault;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Signing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Vault;

public sealed record VerifyResponse(bool Ok, int Entries, IReadOnlyList<VerifyProblem> Problems);

public sealed record ArtefactCheck(string Id, bool Ok, string? Problem, string? Detail, long LedgerSequence);

public sealed record VerifyProblem(long Sequence, string? ArtefactId, string Problem, string Detail);

/// <summary>
/// Read side of the vault. Content and signatures: CISO and board (they approve the measures the evidence proves);
/// the list and the signing certificate: any member (the certificate is public by nature, and an auditor gets it
/// through a member or the export); chain verification: CISO.
/// </summary>
public static class VaultEndpoints
{
    public static WebApplication MapVaultEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/artefacts/{id}", GetContent).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/artefacts/{id}/signature", GetSignature).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/artefacts/{id}/verify", VerifyOne).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/artefacts", ListByControl).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/signing/certificate", GetCertificate).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/ledger/verify", Verify).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static ProblemHttpResult MalformedId() =>
        TypedResults.Problem("An artefact id is the lowercase hex SHA-256 of its content (64 characters 0-9a-f).", statusCode: 400, title: "Malformed artefact id");

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> GetContent(string id, IEvidenceVault vault, HttpContext http, CancellationToken ct)
    {
        if (!ArtefactIds.IsWellFormed(id))
        {
            return MalformedId();
        }
        if (await vault.GetContentAsync(id, ct) is not { } artefact)
        {
            return TypedResults.NotFound();
        }
        DownloadHeaders.Apply(http.Response);
        return TypedResults.File(artefact.Content, artefact.ContentType, id);
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> GetSignature(string id, IEvidenceVault vault, HttpContext http, CancellationToken ct)
    {
        DownloadHeaders.Apply(http.Response);
        if (!ArtefactIds.IsWellFormed(id))
        {
            return MalformedId();
        }
        return await vault.GetSignatureAsync(id, ct) is { } signature
            ? TypedResults.File(signature, "application/pkcs7-signature", id + ".p7s")
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<IReadOnlyList<ArtefactRecord>>, ProblemHttpResult>> ListByControl(string? control, IEvidenceVault vault, HttpContext http, CancellationToken ct)
    {
        if (!EvidenceVault.IsValidControlId(control))
        {
            return TypedResults.Problem("Query parameter 'control' is required, e.g. ?control=art21.2.j.", statusCode: 400, title: "Missing or malformed control id");
        }
        var (page, problem) = Platform.Paging.Page(http, await vault.ListByControlAsync(control!, ct));
        return problem is null ? TypedResults.Ok(page) : problem;
    }

    private static async Task<ContentHttpResult> GetCertificate(ISigningCertificateProvider certificates, CancellationToken ct) =>
        TypedResults.Text((await certificates.GetAsync(ct)).ExportCertificatePem() + "\n", "application/x-pem-file");

    /// <summary>
    /// One artefact checked as the offline verifier would: its content hashes to its id and its detached signature is
    /// valid by the signing certificate (the tab's "verify" button; the chain is /api/ledger/verify).
    /// </summary>
    private static async Task<Results<Ok<ArtefactCheck>, NotFound, ProblemHttpResult>> VerifyOne(string id, IEvidenceVault vault,
        ISigningCertificateProvider certificates, CancellationToken ct)
    {
        if (!ArtefactIds.IsWellFormed(id))
            return MalformedId();
        if (await vault.FindAsync(id, ct) is not { } record || await vault.GetContentAsync(id, ct) is not { } content)
            return TypedResults.NotFound();
        var entry = new LedgerEntry(record.LedgerSequence, id, record.Kind, record.CreatedAt, "", "", "");
        var problem = LedgerChain.CheckContent(entry, content.Content, present: true)
            ?? CmsSignatures.Check(entry, content.Content, await vault.GetSignatureAsync(id, ct), await certificates.GetAsync(ct));
        return TypedResults.Ok(new ArtefactCheck(id, problem is null, problem?.Kind.ToString(), problem?.Detail, record.LedgerSequence));
    }

    private static async Task<Ok<VerifyResponse>> Verify(IEvidenceVault vault, CancellationToken ct)
    {
        var report = await vault.VerifyAsync(ct);
        return TypedResults.Ok(new VerifyResponse(report.Ok, report.Entries,
            [.. report.Problems.Select(p => new VerifyProblem(p.Sequence, p.ArtefactId, p.Kind.ToString(), p.Detail))]));
    }
}
