using M365Nis2.Web.Features.Incidents;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Incidents;

/// <summary>The incident card samples (validated with every other card in CardValidationTests) say the right things in both languages.</summary>
public class IncidentCardTests
{
    [Fact]
    public void Samples_cover_form_and_timelines_in_English_and_Danish_with_deadlines_and_overdue()
    {
        using var app = new TestApp();
        using var scope = app.Services.CreateScope();
        var samples = new IncidentCardSamples(scope.ServiceProvider.GetRequiredService<IncidentCards>())
            .Samples().ToDictionary(s => s.Name, s => s.Card.ToJson());

        foreach (var name in new[] { "form", "timeline-suspected", "timeline-significant", "timeline-overdue", "reminder" })
        {
            Assert.Contains($"{name}.en", samples.Keys);
            Assert.Contains($"{name}.da", samples.Keys);
        }
        Assert.Contains("Input.Time", samples["form.en"], StringComparison.Ordinal);
        Assert.Contains("awaiting CISO classification", samples["timeline-suspected.en"], StringComparison.Ordinal);
        Assert.Contains("afventer CISO", samples["timeline-suspected.da"], StringComparison.Ordinal);
        Assert.Contains("Early warning", samples["timeline-significant.en"], StringComparison.Ordinal);
        Assert.Contains("left", samples["timeline-significant.en"], StringComparison.Ordinal);
        Assert.Contains("Tidlig varsling", samples["timeline-significant.da"], StringComparison.Ordinal);
        Assert.Contains("OVERDUE", samples["timeline-overdue.en"], StringComparison.Ordinal);
        Assert.Contains("OVERSKREDET", samples["timeline-overdue.da"], StringComparison.Ordinal);
        Assert.Contains("Reminder: Early warning", samples["reminder.en"], StringComparison.Ordinal);
    }
}
