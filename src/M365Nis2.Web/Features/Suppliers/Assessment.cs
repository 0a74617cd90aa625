using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Web.Features.Suppliers;

public enum AssessmentStatus
{
    Sent = 0,
    /// <summary>The owner could not be reached in Teams (app not installed, opted out); the CISO sees why.</summary>
    NotDelivered,
    Completed,
}

/// <summary>One assessment of a supplier: the questionnaire sent to the owner, the answers and what they raised.</summary>
/// <param name="AnswersArtefactId">The signed answers in the vault, once completed.</param>
/// <param name="ReportArtefactIds">The supplier's reports or certificates uploaded through the tab.</param>
public sealed record Assessment(
    string Id,
    string SupplierId,
    SupplierTier Tier,
    string TemplateVersion,
    string Language,
    string OwnerObjectId,
    AssessmentStatus Status,
    DateTimeOffset SentAt,
    string SentBy,
    DateOnly DueOn,
    string? DeliveryProblem,
    IReadOnlyList<QuestionAnswer> Answers,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    string? AnswersArtefactId,
    IReadOnlyList<string> FindingIds,
    IReadOnlyList<string> ReportArtefactIds,
    string? DeliveryProblemDa = null);
