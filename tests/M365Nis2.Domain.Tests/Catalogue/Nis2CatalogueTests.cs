using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Catalogue;

public class Nis2CatalogueTests
{
    private static Nis2Catalogue Catalogue => Nis2Catalogue.Default;

    [Fact]
    public void Holds_the_ten_measures_approval_training_and_reporting()
    {
        Assert.Equal(
            ["art21.2.a", "art21.2.b", "art21.2.c", "art21.2.d", "art21.2.e", "art21.2.f", "art21.2.g", "art21.2.h", "art21.2.i", "art21.2.j",
             "art20.1", "art20.2", "art23"],
            Catalogue.Controls.Select(c => c.Id));
    }

    [Fact]
    public void Ids_are_unique_and_every_control_has_both_titles_and_an_iso_mapping()
    {
        Assert.Equal(Catalogue.Controls.Count, Catalogue.Controls.Select(c => c.Id).Distinct().Count());
        Assert.All(Catalogue.Controls, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.False(string.IsNullOrWhiteSpace(c.TitleDa));
            Assert.NotEmpty(c.Iso27001);
        });
    }

    [Fact]
    public void Mfa_evaluation_points_at_a_catalogue_control()
    {
        var control = Catalogue.Get(MfaEvaluator.ControlId);
        Assert.Equal(["A.5.15", "A.5.30"], control.Iso27001);
        Assert.Equal("Multifaktorautentificering, sikret kommunikation og nødkommunikation", control.TitleDa);
    }

    [Fact]
    public void Supply_chain_mapping_is_marked_common_not_webinar() =>
        Assert.Equal(IsoMappingSource.Common, Catalogue.Get("art21.2.d").IsoSource);

    [Fact]
    public void Every_document_supports_known_measures() =>
        Assert.All(Catalogue.Documents.SelectMany(d => d.Measures), id => Assert.NotNull(Catalogue.Find(id)));

    [Fact]
    public void Documents_for_a_measure_are_found() =>
        Assert.Contains(Catalogue.DocumentsFor("art21.2.j"), d => d.Id == "access_approval");

    [Fact]
    public void Unknown_id_is_null_on_find_and_throws_on_get()
    {
        Assert.Null(Catalogue.Find("art99"));
        Assert.Throws<KeyNotFoundException>(() => Catalogue.Get("art99"));
    }

    [Fact]
    public void Reporting_deadlines_count_hours_and_calendar_months()
    {
        var aware = new DateTimeOffset(2025, 1, 31, 10, 0, 0, TimeSpan.Zero);
        var stages = Catalogue.ReportingStages.ToDictionary(s => s.Id);

        Assert.Equal(aware.AddHours(24), stages["early_warning"].DueBy(aware));
        Assert.Equal(aware.AddHours(72), stages["notification"].DueBy(aware));
        Assert.Null(stages["intermediate"].DueBy(aware));
        Assert.Equal(new DateTimeOffset(2025, 2, 28, 10, 0, 0, TimeSpan.Zero), stages["final_report"].DueBy(aware));
        Assert.Equal(DeadlineStart.Notification, stages["final_report"].From);
    }

    [Fact]
    public void Unsupported_duration_is_refused() =>
        Assert.Throws<FormatException>(() => new ReportingStage("x", "P1W", DeadlineStart.Awareness, []).DueBy(DateTimeOffset.UnixEpoch));
}
