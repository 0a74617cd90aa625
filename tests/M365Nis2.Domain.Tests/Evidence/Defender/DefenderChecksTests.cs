using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Defender;

namespace M365Nis2.Domain.Tests.Evidence.Defender;

public class DefenderChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static SecurityIncident Incident(string id, string severity, string status, int daysAgo, string? classification = null, string? owner = "soc@contoso.dk") =>
        new(id, $"Incident {id}", severity, status, classification, Now.AddDays(-daysAgo), null, owner, $"https://security.microsoft.com/incidents/{id}");

    private static SecurityAlert Alert(string id, string source = "microsoftDefenderForEndpoint", string severity = "medium") =>
        new(id, $"Alert {id}", severity, "resolved", source, Now.AddDays(-1), null);

    private static DefenderEvidence Evidence(IReadOnlyList<SecurityIncident> incidents, IReadOnlyList<SecurityAlert>? alerts = null) =>
        new(Collected.Ok(incidents), Collected.Ok(alerts ?? [Alert("a1")]));

    [Fact]
    public void Detection_with_alerts_is_met_and_names_the_sources()
    {
        var check = DetectionCheck.Evaluate(Evidence([], [Alert("1"), Alert("2", "microsoftDefenderForOffice365"), Alert("3")]), DefenderRuleOptions.Default);
        Assert.Equal(Outcome.Met, check.Outcome);
        Assert.Equal(["microsoftDefenderForEndpoint: 2", "microsoftDefenderForOffice365: 1"], check.Findings[0].Subjects);
    }

    [Fact]
    public void No_alert_in_the_period_is_only_partially_met() =>
        Assert.Equal(Outcome.PartiallyMet, DetectionCheck.Evaluate(Evidence([], []), DefenderRuleOptions.Default).Outcome);

    [Fact]
    public void Refused_alerts_are_unknown_naming_the_permission()
    {
        var evidence = new DefenderEvidence(Collected.Ok<IReadOnlyList<SecurityIncident>>([]),
            Collected.NotCollected<IReadOnlyList<SecurityAlert>>(CollectionStatus.Forbidden("SecurityAlert.Read.All")));
        var check = DetectionCheck.Evaluate(evidence, DefenderRuleOptions.Default);
        Assert.Equal(Outcome.Unknown, check.Outcome);
        Assert.Contains("SecurityAlert.Read.All", check.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolved_incidents_are_met() =>
        Assert.Equal(Outcome.Met, HandlingCheck.Evaluate(Evidence([Incident("1", "high", "resolved", 10), Incident("2", "low", "resolved", 40)]),
            DefenderRuleOptions.Default, Now).Outcome);

    [Theory]
    [InlineData(3, Outcome.Met)]
    [InlineData(4, Outcome.NotMet)]
    public void High_severity_incident_open_past_the_limit_is_not_met(int daysOpen, Outcome expected) =>
        Assert.Equal(expected, HandlingCheck.Evaluate(Evidence([Incident("7", "high", "active", daysOpen)]), DefenderRuleOptions.Default, Now).Outcome);

    [Fact]
    public void Lower_incident_open_past_its_limit_or_an_unowned_high_is_partially_met()
    {
        Assert.Equal(Outcome.PartiallyMet, HandlingCheck.Evaluate(Evidence([Incident("8", "medium", "inProgress", 31)]), DefenderRuleOptions.Default, Now).Outcome);
        var check = HandlingCheck.Evaluate(Evidence([Incident("9", "high", "active", 1, owner: null)]), DefenderRuleOptions.Default, Now);
        Assert.Equal(Outcome.PartiallyMet, check.Outcome);
        Assert.Contains("#9 Incident 9 (high, open 1 d)", check.Findings[1].Subjects);
    }

    [Fact]
    public void Refused_incidents_give_unknown_no_candidates_and_no_monthly_numbers()
    {
        var evidence = new DefenderEvidence(Collected.NotCollected<IReadOnlyList<SecurityIncident>>(CollectionStatus.LicenceRequired("Microsoft Defender XDR")),
            Collected.Ok<IReadOnlyList<SecurityAlert>>([]));
        var result = DefenderEvaluator.Evaluate(evidence, DefenderRuleOptions.Default, Now, Copenhagen);
        Assert.Equal(Outcome.Unknown, result.Evaluation.Checks.Single(c => c.Result.Check == DefenderChecks.Handling).Result.Outcome);
        Assert.Empty(result.Candidates);
        Assert.Null(result.Monthly);
    }

    [Fact]
    public void High_severity_incidents_not_closed_as_benign_are_art23_candidates_newest_first()
    {
        var candidates = Art23Candidates.From([
            Incident("1", "high", "resolved", 20),
            Incident("2", "high", "active", 1),
            Incident("3", "medium", "active", 1),
            Incident("4", "high", "resolved", 5, "falsePositive"),
            Incident("5", "High", "active", 2, "truePositive"),
        ]);
        Assert.Equal(["2", "5", "1"], candidates.Select(c => c.IncidentId));
        Assert.Equal("https://security.microsoft.com/incidents/2", candidates[0].WebUrl);
        Assert.Contains("24 hours", candidates[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Attacks_per_month_count_non_benign_incidents_in_local_months_including_empty_ones()
    {
        SecurityIncident At(string id, DateTimeOffset created, string status = "resolved", string? classification = null, string severity = "medium") =>
            new(id, id, severity, status, classification, created, null, null, null);
        var incidents = new[]
        {
            At("a", new DateTimeOffset(2026, 9, 30, 22, 30, 0, TimeSpan.Zero)), // 1 October in Copenhagen (UTC+2)
            At("b", new DateTimeOffset(2026, 10, 15, 8, 0, 0, TimeSpan.Zero), "active", severity: "high"),
            At("c", new DateTimeOffset(2026, 10, 16, 8, 0, 0, TimeSpan.Zero), classification: "falsePositive"),
            At("d", new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)),
        };
        var months = AttacksPerMonth.From(incidents, new DateTimeOffset(2026, 8, 15, 0, 0, 0, TimeSpan.Zero), Now, Copenhagen);
        Assert.Equal([(8, 0), (9, 0), (10, 2), (11, 1)], months.Select(m => (m.Month, m.Detected)));
        var october = months[2];
        Assert.Equal(1, october.Resolved);
        Assert.Equal(1, october.High);
    }

    [Fact]
    public void Invalid_options_are_reported()
    {
        Assert.NotEmpty(new DefenderRuleOptions(LookbackDays: 365).Validate());
        Assert.NotEmpty(new DefenderRuleOptions(HighOpenMaxDays: 10, OtherOpenMaxDays: 5).Validate());
        Assert.Empty(DefenderRuleOptions.Default.Validate());
    }

    [Fact]
    public void Named_incidents_and_sources_read_in_danish_with_the_names_as_they_are()
    {
        var handling = HandlingCheck.Evaluate(Evidence([Incident("9", "high", "active", 5), Incident("10", "medium", "active", 31)]), DefenderRuleOptions.Default, Now);
        Assert.Equal(["#9 Incident 9 (high, open 5 d)"], handling.Findings[1].Subjects);
        Assert.Equal(["#9 Incident 9 (høj, åben i 5 d.)"], handling.Findings[1].SubjectsIn("da"));
        Assert.Equal(["#10 Incident 10 (middel, åben i 31 d.)"], handling.Findings[2].SubjectsIn("da"));

        var detection = DetectionCheck.Evaluate(Evidence([], [Alert("1"), new SecurityAlert("2", "Alert 2", "low", "new", null, Now, null)]), DefenderRuleOptions.Default);
        Assert.Equal(["microsoftDefenderForEndpoint: 1", "unknown: 1"], detection.Findings[0].Subjects);
        Assert.Equal(["microsoftDefenderForEndpoint: 1", "ukendt: 1"], detection.Findings[0].SubjectsIn("da"));
    }
}
