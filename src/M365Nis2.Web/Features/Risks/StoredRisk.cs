using System.Text.Json;
using System.Text.Json.Serialization;
using M365Nis2.Domain.Risks;

namespace M365Nis2.Web.Features.Risks;

/// <summary>A risk as stored: the domain risk, the decisions recorded on it and the rounds they are waiting for.</summary>
/// <param name="Version">1 for a new risk, +1 for every change (edits and decisions alike).</param>
/// <param name="AcceptanceRoundId">The board round on <see cref="Acceptance"/>, while one is or was open.</param>
/// <param name="PlanRoundId">The owner's approval round on the current treatment plan.</param>
public sealed record StoredRisk(
    Risk Risk,
    int Version,
    OwnerApproval? PlanApproval,
    RiskAcceptance? Acceptance,
    string? AcceptanceRoundId,
    string? PlanRoundId,
    DateTimeOffset UpdatedAt,
    string UpdatedBy);

/// <summary>One line of a risk's history: who changed what, when, and why (the action).</summary>
/// <param name="Action">created, edited, plan-approval-requested, plan-approved, acceptance-requested, accepted, acceptance-rejected, acceptance-lapsed, reviewed.</param>
public sealed record RiskHistoryEntry(int Version, DateTimeOffset At, string ActorId, string ActorName, string Action,
    IReadOnlyList<FieldChange> Changes, string? Note);

/// <summary>The JSON the rows carry (web defaults, enums as text so a stored row reads without the code).</summary>
public static class RiskJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException("Empty stored JSON.");
}
