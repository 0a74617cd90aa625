using System.Text.Json;
using M365Nis2.Domain.Incidents;

namespace M365Nis2.Domain.Tests.Incidents;

public class ReportDraftTests
{
    [Fact]
    public void Empty_early_warning_is_missing_both_required_fields()
    {
        var draft = new ReportDraft(IncidentStage.EarlyWarning);
        Assert.Equal(["suspected_malicious_cause", "cross_border_impact"], draft.Missing.Select(f => f.Id));
        Assert.False(draft.IsComplete);
    }

    [Fact]
    public void Notification_is_complete_without_indicators_of_compromise_because_they_are_only_where_available()
    {
        var draft = new ReportDraft(IncidentStage.Notification)
            .With("early_warning_update", "No change")
            .With("initial_assessment", "Ransomware on one file server")
            .With("severity", "High")
            .With("impact", "Finance unable to invoice for 6 hours");
        Assert.True(draft.IsComplete);
    }

    [Fact]
    public void Final_report_lists_the_four_required_fields_in_the_directive_order() =>
        Assert.Equal(["detailed_description", "threat_or_root_cause", "mitigation", "cross_border_impact"],
            new ReportDraft(IncidentStage.FinalReport).Missing.Select(f => f.Id));

    [Fact]
    public void Setting_an_unknown_field_is_refused_with_the_valid_field_names()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportDraft(IncidentStage.EarlyWarning).With("severity", "High"));
        Assert.Contains("suspected_malicious_cause", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_value_clears_a_field_and_the_original_draft_is_unchanged()
    {
        var filled = new ReportDraft(IncidentStage.Intermediate).With("status_update", "Restored");
        var cleared = filled.With("status_update", "  ");
        Assert.True(filled.IsComplete);
        Assert.False(cleared.IsComplete);
    }

    [Fact]
    public void Danish_text_uses_danish_labels_and_marks_missing_values()
    {
        var text = new ReportDraft(IncidentStage.EarlyWarning).With("suspected_malicious_cause", "Ja, phishing").RenderText(ReportLanguage.Danish);

        Assert.StartsWith("Tidlig varsling\n", text, StringComparison.Ordinal);
        Assert.Contains("Er der mistanke om, at hændelsen skyldes ulovlige eller ondsindede handlinger?\nJa, phishing\n", text, StringComparison.Ordinal);
        Assert.Contains("Kan hændelsen have grænseoverskridende virkninger?\n(ikke oplyst)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void English_json_carries_stage_labels_values_and_what_is_missing()
    {
        var json = new ReportDraft(IncidentStage.EarlyWarning).With("cross_border_impact", "No \"known\" impact").RenderJson(ReportLanguage.English);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.Equal("early_warning", root.GetProperty("stage").GetString());
        Assert.Equal("Early warning", root.GetProperty("title").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal("suspected_malicious_cause", root.GetProperty("missing")[0].GetString());
        var field = root.GetProperty("fields")[1];
        Assert.Equal("No \"known\" impact", field.GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("fields")[0].GetProperty("value").ValueKind);
    }

    [Fact]
    public void Danish_json_keeps_danish_letters_readable() =>
        Assert.Contains("Hændelsesunderretning", new ReportDraft(IncidentStage.Notification).RenderJson(ReportLanguage.Danish), StringComparison.Ordinal);

    [Fact]
    public void Every_stage_has_fields_labelled_in_both_languages() =>
        Assert.All(IncidentStages.All.SelectMany(ReportFields.For), f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.English));
            Assert.False(string.IsNullOrWhiteSpace(f.Danish));
        });
}
