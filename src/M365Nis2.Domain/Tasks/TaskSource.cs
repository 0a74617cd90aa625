namespace M365Nis2.Domain.Tasks;

/// <summary>Where a follow-up task comes from. Stored by name, so only append.</summary>
public enum TaskSourceKind
{
    /// <summary>Opened by hand in the tab or the API.</summary>
    Manual = 0,
    EvidenceFinding,
    RiskTreatment,
    SupplierFinding,
    /// <summary>Lessons learned from an incident.</summary>
    IncidentLessons,
    RegistrationUpdate,
    /// <summary>A recurring activity of the annual wheel; the source id is the activity and the occurrence date.</summary>
    AnnualWheel,
    /// <summary>A lesson learned from a continuity exercise or restore test.</summary>
    ExerciseLesson,
}

/// <summary>
/// The origin of a task. <see cref="Key"/> is the idempotency key: a feature that opens a task for the same source twice
/// (a re-run, a second instance, a retry) gets the first task back instead of a duplicate.
/// </summary>
/// <param name="Id">The source's own stable id, e.g. a finding key or "risk-17/treatment-2"; free text for manual tasks.</param>
public sealed record TaskSource(TaskSourceKind Kind, string Id)
{
    public const int MaxIdLength = 200;

    public string Key => $"{Kind}:{Id}";

    /// <summary>Problems with the source, empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(Kind))
            errors.Add($"Unknown source kind {(int)Kind}.");
        if (string.IsNullOrWhiteSpace(Id))
            errors.Add("A source id is required.");
        else if (Id.Length > MaxIdLength)
            errors.Add($"The source id is longer than {MaxIdLength} characters.");
        else if (Id.Any(char.IsControl))
            errors.Add("The source id contains control characters.");
        return errors;
    }
}
