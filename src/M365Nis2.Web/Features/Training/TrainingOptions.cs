using System.ComponentModel.DataAnnotations;
using M365Nis2.Domain.Training;

namespace M365Nis2.Web.Features.Training;

/// <summary>Section <c>Training</c>: the Art. 20(2) rule for board members and the daily job.</summary>
public sealed class TrainingOptions : IValidatableObject
{
    public const string Section = "Training";

    [Range(1, 120, ErrorMessage = "Training:PeriodMonths must be between 1 and 120.")]
    public int PeriodMonths { get; set; } = 12;

    [Range(1, 50, ErrorMessage = "Training:MinimumCourses must be between 1 and 50.")]
    public int MinimumCourses { get; set; } = 1;

    [Range(0, 1000, ErrorMessage = "Training:MinimumHours must be between 0 and 1000.")]
    public decimal MinimumHours { get; set; }

    [Range(0, 365, ErrorMessage = "Training:DueSoonDays must be between 0 and 365.")]
    public int DueSoonDays { get; set; } = 30;

    [Range(1, 50 * 1024 * 1024, ErrorMessage = "Training:MaxCertificateBytes must be between 1 and 52428800.")]
    public int MaxCertificateBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How often the reminder + snapshot job runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Training:DailyJobInterval must be between 1 second and 7 days.")]
    public TimeSpan DailyJobInterval { get; set; } = TimeSpan.FromDays(1);

    public bool DailyJobEnabled { get; set; } = true;

    /// <summary>Wait after start before the first run, so short-lived instances (deploy slots, tests) send nothing.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Training:DailyJobFirstRunDelay must be between 0 and 1 day.")]
    public TimeSpan DailyJobFirstRunDelay { get; set; } = TimeSpan.FromMinutes(5);

    public TrainingRule Rule => new(PeriodMonths, MinimumCourses, MinimumHours, DueSoonDays);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Rule.Validate().Select(e => new ValidationResult("Training:" + e));
}
