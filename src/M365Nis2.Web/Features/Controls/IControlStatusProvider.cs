using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Controls;

/// <summary>Status values a control can show. Outcome-based ones come from automated evidence.</summary>
[FeatureContract]
public static class ControlStatuses
{
    public const string Met = "Met";
    public const string PartiallyMet = "PartiallyMet";
    public const string NotMet = "NotMet";

    /// <summary>Evidence was collected but could not be judged (missing permission, licence, failure).</summary>
    public const string Unknown = "Unknown";

    /// <summary>Only uploaded evidence, still valid: documented, not verified in the tenant.</summary>
    public const string Documented = "Evidenced";

    /// <summary>A provider exists but has produced no evidence yet (e.g. no collection run so far).</summary>
    public const string NoEvidenceYet = "NoEvidenceYet";

    /// <summary>No feature judges this control automatically (yet).</summary>
    public const string NoAutomatedEvidence = "NoAutomatedEvidence";
}

/// <summary>A control's current status as one provider sees it.</summary>
/// <param name="Status">One of <see cref="ControlStatuses"/> (a provider may add its own, e.g. "Overdue").</param>
/// <param name="LastEvidenceAt">When the evidence behind the status was produced; null if none.</param>
/// <param name="Summary">One line for lists, e.g. "84 % of members MFA-registered".</param>
/// <param name="FromTenant">The status is what automated checks read in the tenant (not a register or a document): when it
/// is NotMet, no other provider of the control can lift it (see ControlStatusMerge).</param>
/// <param name="SummaryDa">The summary for a Danish reader (null: everyone reads <paramref name="Summary"/>).</param>
[FeatureContract]
public sealed record ControlStatus(string Status, DateTimeOffset? LastEvidenceAt, bool IsDemo, string? Summary = null, bool FromTenant = false,
    string? SummaryDa = null)
{
    public static ControlStatus NoAutomatedEvidence { get; } = new(ControlStatuses.NoAutomatedEvidence, null, false);

    /// <summary>This status with a coded summary: its English for <see cref="Summary"/>, its Danish beside it.</summary>
    public ControlStatus Saying(CodedText? summary) => this with { Summary = summary?.English, SummaryDa = summary?.Danish };
}

/// <summary>
/// Lets a feature report the status of the NIS2 controls it evidences; <c>GET /api/controls</c> asks every registered
/// provider. Register with <c>services.AddControlStatusProvider&lt;T&gt;()</c>. Evidence implements it for art21.2.j;
/// approvals (a, art20.1), training (g, art20.2) and incidents (b, art23) are expected to. Several providers may judge one
/// control; ControlStatusMerge combines their statuses and details.
/// </summary>
[FeatureContract]
public interface IControlStatusProvider
{
    // A detail that names people (e.g. unregistered admins) implements IDetailWithNames; the overview removes the
    // names for callers other than the CISO and the board.

    /// <summary>Catalogue ids this provider judges, e.g. <c>art21.2.j</c>.</summary>
    IReadOnlyCollection<string> ControlIds { get; }

    Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct);

    /// <summary>Extra detail for <c>GET /api/controls/{id}</c> (JSON-serialisable, e.g. checks and history); null if none.</summary>
    Task<object?> GetDetailAsync(string controlId, CancellationToken ct);
}

/// <summary>
/// A control detail that names people in findings. Names of people are for the CISO and the board only: everyone
/// else gets <see cref="WithoutNames"/> (status and counts), and so does any card shown in a team or group chat.
/// </summary>
[FeatureContract]
public interface IDetailWithNames
{
    object WithoutNames();
}
