namespace M365Nis2.Domain.Training;

/// <summary>One course attended by a board member.</summary>
public sealed record Attendance(DateOnly CourseDate, decimal Hours, string? CourseTitle = null);

public enum TrainingState
{
    /// <summary>No training that ever met the rule.</summary>
    Never = 0,
    Current,
    DueSoon,
    Overdue,
}

/// <summary>A member's training status on one day, with the due date (last day still covered) and a reason to show.</summary>
public sealed record TrainingStatus(TrainingState State, DateOnly? DueDate, string Reason);

/// <summary>
/// The Art. 20(2) rule, e.g. "at least one course every 12 months" or "8 hours every 12 months". A member is covered on a
/// day when the attendances in the <see cref="PeriodMonths"/> up to that day meet the rule; the due date is the last day
/// the attendances so far keep them covered (a course on 15 Mar 2025 covers until 15 Mar 2026). Future-dated attendances
/// are ignored until they happen.
/// </summary>
public sealed record TrainingRule(int PeriodMonths = 12, int MinimumCourses = 1, decimal MinimumHours = 0m, int DueSoonDays = 30)
{
    public static TrainingRule Default { get; } = new();

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PeriodMonths < 1) errors.Add($"{nameof(PeriodMonths)} must be at least 1.");
        if (MinimumCourses < 1) errors.Add($"{nameof(MinimumCourses)} must be at least 1.");
        if (MinimumHours < 0) errors.Add($"{nameof(MinimumHours)} cannot be negative.");
        if (DueSoonDays < 0) errors.Add($"{nameof(DueSoonDays)} cannot be negative.");
        return errors;
    }

    public TrainingStatus Evaluate(IEnumerable<Attendance> attendances, DateOnly today)
    {
        var past = attendances.Where(a => a.CourseDate <= today).OrderBy(a => a.CourseDate).ToList();
        if (past.Count == 0)
            return new(TrainingState.Never, null, "No management training recorded.");
        var due = CoveredUntil(past, today);
        if (due is not { } d)
            return new(TrainingState.Never, null, $"Training recorded, but never {Requirement} within {PeriodMonths} months.");
        var text = d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (today > d)
            return new(TrainingState.Overdue, d, $"Overdue since {text}: {Requirement} every {PeriodMonths} months is required.");
        if (today >= d.AddDays(-DueSoonDays))
            return new(TrainingState.DueSoon, d, $"Due by {text}: {Requirement} every {PeriodMonths} months is required.");
        return new(TrainingState.Current, d, $"Covered until {text}.");
    }

    private string Requirement => MinimumHours > 0
        ? $"{Plural(MinimumCourses, "course")} and {MinimumHours:0.#} hours"
        : Plural(MinimumCourses, "course");

    private static string Plural(int n, string noun) => n == 1 ? $"one {noun}" : $"{n} {noun}s";

    /// <summary>The latest d_j + period such that the attendances from d_j up to min(d_j + period, today) meet the rule.</summary>
    private DateOnly? CoveredUntil(List<Attendance> past, DateOnly today)
    {
        DateOnly? best = null;
        foreach (var start in past)
        {
            var end = start.CourseDate.AddMonths(PeriodMonths);
            var window = past.Where(a => a.CourseDate >= start.CourseDate && a.CourseDate <= end && a.CourseDate <= today).ToList();
            if (window.Count >= MinimumCourses && window.Sum(a => a.Hours) >= MinimumHours && (best is null || end > best))
                best = end;
        }
        return best;
    }
}
