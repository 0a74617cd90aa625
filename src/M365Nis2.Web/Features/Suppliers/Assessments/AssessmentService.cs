using System.Text.Json;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Platform;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>What a submit did: the card to show, or the problems with the answers (nothing stored).</summary>
public sealed record SubmitOutcome(Supplier? Supplier, Assessment? Assessment, IReadOnlyList<SupplierFinding> Raised, IReadOnlyList<string> Problems,
    string? Refusal);

/// <summary>
/// Sends the tier's questionnaire to the supplier's internal owner as a card and records the answers exactly once: the
/// assessment row is claimed with its ETag, then (idempotently, so a retry repairs a crash in between) the answers are
/// signed into the vault, the findings added to the supplier and opened as follow-ups, and the assessment date set.
/// </summary>
public sealed class AssessmentService(SupplierStore store, ProactiveMessenger messenger, AssessmentCards cards, IUserDirectory directory,
    IEvidenceVault vault, IEnumerable<ISupplierFindingFollowUp> followUps, IOptions<SuppliersOptions> options, TimeProvider time,
    ILogger<AssessmentService> logger)
{
    public async Task<(Assessment? Assessment, string? Error, int Status)> SendAsync(string supplierId, Viewer actor, CancellationToken ct)
    {
        if (await store.FindAsync(supplierId, ct) is not { } stored)
            return (null, null, 404);
        var supplier = stored.Value;
        if (supplier.Owner is not { } owner)
            return (null, "Assign an internal owner first: the assessment goes to the owner in Teams.", 400);
        if ((await store.AssessmentsAsync(supplierId, ct)).FirstOrDefault(a => a.Status == AssessmentStatus.Sent) is { } waiting)
            return (waiting, $"An assessment sent {waiting.SentAt:yyyy-MM-dd} is still waiting for the owner's answers.", 409);

        var user = await directory.FindByUpnAsync(owner.Upn, ct);
        var now = time.GetUtcNow();
        var assessment = new Assessment(Guid.NewGuid().ToString("N")[..12], supplierId, supplier.Tier, Questionnaires.Version,
            Languages.IsDanish(user?.PreferredLanguage) ? "da" : "en", owner.ObjectId, AssessmentStatus.Sent, now, actor.Name,
            DateOnly.FromDateTime(now.UtcDateTime).AddDays(options.Value.AssessmentAnswerDays), null, [], null, null, null, [], []);
        await store.AddAssessmentAsync(assessment, ct);

        var result = await messenger.SendToUserAsync(owner.ObjectId, cards.Form(supplier, assessment), ct);
        if (result is ProactiveResult.Sent)
            return (assessment, null, 201);
        var why = result switch
        {
            ProactiveResult.OptedOut => ReachTexts.OwnerOptedOut.With(),
            ProactiveResult.NoConversation { IsWaitingForInstall: true } => ReachTexts.OwnerInstalling.With(),
            ProactiveResult.NoConversation n => ReachTexts.OwnerNotReached.With(n.Coded()),
            _ => ReachTexts.CardNotSent.With(),
        };
        var problem = why.English;
        var undelivered = assessment with { Status = AssessmentStatus.NotDelivered, DeliveryProblem = problem, DeliveryProblemDa = why.Danish };
        if (await store.FindAssessmentAsync(supplierId, assessment.Id, ct) is { } row)
            await store.TryReplaceAssessmentAsync(undelivered, row.ETag, ct);
        logger.LogWarning("Supplier {Supplier}: assessment not delivered: {Problem}", supplierId, problem);
        return (undelivered, null, 201);
    }

    public async Task<SubmitOutcome> SubmitAsync(string supplierId, string assessmentId, string callerObjectId, string callerName,
        IReadOnlyList<QuestionAnswer> answers, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindAssessmentAsync(supplierId, assessmentId, ct) is not { } row || await store.FindAsync(supplierId, ct) is not { } supplier)
                return new(null, null, [], [], "This assessment no longer exists.");
            var a = row.Value;
            if (a.OwnerObjectId != callerObjectId)
                return new(supplier.Value, a, [], [], "This assessment was sent to the supplier's owner; only they can answer it.");
            if (a.Status == AssessmentStatus.Completed)
                return await FinishAsync(a, ct);
            var now = time.GetUtcNow();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var scored = AssessmentScoring.Score(Questionnaires.ForTier(a.Tier), answers, today);
            if (!scored.IsValid)
                return new(supplier.Value, a, [], scored.Errors, null);
            var completed = a with
            {
                Status = AssessmentStatus.Completed, Answers = answers, CompletedAt = now, CompletedBy = callerName,
                FindingIds = [.. scored.Findings.Select(f => FindingId(a, f.QuestionId))],
            };
            if (await store.TryReplaceAssessmentAsync(completed, row.ETag, ct))
                return await FinishAsync(completed, ct);
        }
        return new(null, null, [], [], "Your answers could not be saved; please try again.");
    }

    /// <summary>Everything after the claim, safe to repeat: same signed content, findings added once, the latest date kept.</summary>
    private async Task<SubmitOutcome> FinishAsync(Assessment a, CancellationToken ct)
    {
        var completedOn = DateOnly.FromDateTime(a.CompletedAt!.Value.UtcDateTime);
        var template = Questionnaires.ForTier(a.Tier);
        var raised = AssessmentScoring.Score(template, a.Answers, completedOn).Findings
            .Select(f => new SupplierFinding(FindingId(a, f.QuestionId), f.Severity, f.Text, FindingState.Open, completedOn, f.QuestionId)).ToList();

        Supplier? supplier = null;
        for (var attempt = 0; attempt < 5 && supplier is null; attempt++)
        {
            if (await store.FindAsync(a.SupplierId, ct) is not { } stored)
                return new(null, a, raised, [], "The supplier no longer exists.");
            var s = stored.Value;
            var missing = raised.Where(f => s.Findings.All(x => x.Id != f.Id)).ToList();
            if (missing.Count == 0 && s.LastAssessedOn >= completedOn)
            {
                supplier = s;
                break;
            }
            var updated = s with
            {
                Findings = [.. s.Findings, .. missing],
                LastAssessedOn = s.LastAssessedOn is { } last && last > completedOn ? last : completedOn,
                UpdatedAt = time.GetUtcNow(), UpdatedBy = a.CompletedBy ?? "owner",
            };
            if (await store.TryReplaceAsync(updated, stored.ETag, SupplierChangeTexts.Assessed.With(a.Id, missing.Count), ct))
                supplier = updated;
        }
        if (supplier is null)
            return new(null, a, raised, [], "Your answers are saved; the supplier could not be updated yet. Please submit again.");

        // Every time, not only for the findings just added: follow-ups are idempotent per finding, so a crash after the
        // supplier was updated is repaired by the owner's retry.
        foreach (var finding in raised)
            foreach (var followUp in followUps)
                await followUp.OpenAsync(supplier, finding, FindingFollowUp.DueOn(finding.Severity, finding.OpenedOn), ct);

        if (a.AnswersArtefactId is null)
        {
            var receipt = await vault.PutAsync(Signed(a, supplier, raised), "application/json", "supplier.assessment", [SupplyChainRule.ControlId],
                new Dictionary<string, string> { ["supplierId"] = a.SupplierId, ["assessmentId"] = a.Id }, a.OwnerObjectId, ct);
            if (await store.FindAssessmentAsync(a.SupplierId, a.Id, ct) is { } row)
            {
                a = row.Value with { AnswersArtefactId = receipt.Id };
                await store.TryReplaceAssessmentAsync(a, row.ETag, ct);
            }
        }
        return new(supplier, a, raised, [], null);
    }

    /// <summary>The signed record: who answered what to which questions (text as asked), and the findings it raised.</summary>
    private static byte[] Signed(Assessment a, Supplier s, IReadOnlyList<SupplierFinding> raised) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            kind = "supplier.assessment",
            supplier = new { s.Id, s.Name, s.VatNumber, tier = (int)a.Tier },
            assessment = new { a.Id, a.TemplateVersion, a.Language, a.SentAt, a.SentBy, a.DueOn, a.CompletedAt, a.CompletedBy, owner = a.OwnerObjectId },
            answers = a.Answers.Select(x => new { question = x.QuestionId, text = Questionnaires.Find(x.QuestionId)?.Text(a.Language), answer = x.Answer, comment = x.Comment }),
            findings = raised,
        }, SupplierJson.Options);

    private static string FindingId(Assessment a, string questionId) => $"{a.Id}-{questionId}";
}
