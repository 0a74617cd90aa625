using System.Security.Claims;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>What the tab's policy register, round page and "my approvals" read. Writes stay in <see cref="ApprovalEndpoints"/>.</summary>
public static class PolicyRegisterEndpoints
{
    public static WebApplication MapPolicyRegisterEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/policies/checklist", async (PolicyRegister r, CancellationToken ct) => TypedResults.Ok(await r.ChecklistAsync(ct)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/policies/templates/{key}/text", TemplateText).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/policies/{id}", Detail).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/approvals/mine", async (ClaimsPrincipal user, PolicyRegister r, CancellationToken ct) =>
            TypedResults.Ok(await r.RoundsOfApproverAsync(user.ObjectId(), ct))).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/approvals/{id}/reminders", Reminders).RequireAuthorization(AuthPolicies.BoardOrCiso);
        return app;
    }

    private static async Task<Results<Ok<PolicyDetail>, NotFound>> Detail(string id, PolicyRegister register, CancellationToken ct) =>
        await register.DetailAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static Results<ContentHttpResult, ProblemHttpResult> TemplateText(string key, string? lang) =>
        PolicyTemplates.Text(key, lang ?? "en") is { } text
            ? TypedResults.Text(text, "text/markdown; charset=utf-8")
            : TypedResults.Problem($"No starting text for template '{key}' in language '{lang}'. Languages: en, da; templates: " +
                string.Join(", ", PolicyTemplates.All.Select(t => t.PolicyKey)) + ".", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<List<ReminderView>>, NotFound>> Reminders(string id, ApprovalRoundStore rounds, CancellationToken ct)
    {
        if (await rounds.FindAsync(id, ct) is not { } round)
        {
            return TypedResults.NotFound();
        }
        var names = round.Round.Approvers.ToDictionary(a => a.ObjectId, a => a.DisplayName, StringComparer.OrdinalIgnoreCase);
        var list = (await rounds.RemindersAsync(id, ct)).OrderBy(r => r.SentAt).Select(r => new ReminderView(r.SentAt,
            [.. r.Recipients.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(o => names.GetValueOrDefault(o, o))])).ToList();
        return TypedResults.Ok(list);
    }

    public sealed record ReminderView(DateTimeOffset SentAt, IReadOnlyList<string> Recipients);
}
