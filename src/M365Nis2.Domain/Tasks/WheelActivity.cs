using System.Globalization;

namespace M365Nis2.Domain.Tasks;

/// <summary>Who owns a wheel activity by default; the host maps each role to a person (falling back to the CISO).</summary>
public enum WheelOwnerRole
{
    Ciso = 0,
    BoardChair,
    ItOperations,
    HumanResources,
    Procurement,
}

/// <summary>
/// One recurring activity of the annual wheel ("årshjul"). Each occurrence becomes a task due on the occurrence date,
/// opened <see cref="LeadDays"/> before it.
/// </summary>
/// <param name="Id">Stable key, e.g. <c>risk-assessment</c>; part of each task's source id.</param>
/// <param name="Measures">Catalogue ids the activity serves (may be empty, e.g. the registration check).</param>
public sealed record WheelActivity(
    string Id,
    string Title,
    string TitleDa,
    string Description,
    string DescriptionDa,
    Recurrence Recurrence,
    WheelOwnerRole OwnerRole,
    IReadOnlyList<string> Measures,
    int LeadDays)
{
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(Recurrence.Validate());
        if (string.IsNullOrWhiteSpace(Id) || !Id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            errors.Add("The id must be lower-case letters, digits and hyphens.");
        if (string.IsNullOrWhiteSpace(Title) || string.IsNullOrWhiteSpace(TitleDa))
            errors.Add("A title in English and Danish is required.");
        if (!Enum.IsDefined(OwnerRole))
            errors.Add($"Unknown owner role {(int)OwnerRole}.");
        if (LeadDays < 0 || LeadDays > Recurrence.StepMonths * 28)
            errors.Add("The lead time must be between 0 days and the length of one period.");
        return errors;
    }
}

/// <summary>One occurrence of an activity: the task it opens is due on <see cref="DueDate"/>.</summary>
public sealed record WheelOccurrence(WheelActivity Activity, DateOnly DueDate)
{
    public DateOnly OpensOn => DueDate.AddDays(-Activity.LeadDays);

    /// <summary>The task's source id: the activity and the occurrence, so each occurrence opens exactly one task.</summary>
    public string SourceId => $"{Activity.Id}/{DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public TaskSource Source => new(TaskSourceKind.AnnualWheel, SourceId);
}

/// <summary>When wheel activities open tasks, and what a year looks like.</summary>
public static class WheelSchedule
{
    /// <summary>
    /// The occurrences whose task should exist on <paramref name="today"/>: opened (due date minus lead time reached) and due
    /// no earlier than <paramref name="activeFrom"/>, the day the wheel was switched on. Occurrences missed while the job
    /// was not running are included, so a missed activity shows as overdue rather than silently skipped; occurrences
    /// before the wheel was switched on are not invented.
    /// </summary>
    public static IReadOnlyList<WheelOccurrence> ToOpen(WheelActivity activity, DateOnly activeFrom, DateOnly today) =>
        [.. activity.Recurrence.Between(activeFrom, today.AddDays(activity.LeadDays))
            .Select(d => new WheelOccurrence(activity, d))
            .Where(o => o.OpensOn <= today)];

    /// <summary>Every occurrence in <paramref name="year"/>, by due date then activity id.</summary>
    public static IReadOnlyList<WheelOccurrence> Year(IEnumerable<WheelActivity> activities, int year) =>
        [.. activities
            .SelectMany(a => a.Recurrence.Between(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Select(d => new WheelOccurrence(a, d)))
            .OrderBy(o => o.DueDate).ThenBy(o => o.Activity.Id, StringComparer.Ordinal)];
}
