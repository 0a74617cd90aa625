using System.Reflection;
using System.Text.RegularExpressions;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>The one table of coded texts: every code in English and Danish, with the same placeholders in both.</summary>
public partial class TextCatalogTests
{
    public static TheoryData<string> Codes() => [.. TextCatalog.All.Select(c => c.Code).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_english_and_a_danish_text_with_the_same_placeholders(string code)
    {
        var text = TextCatalog.Find(code)!;
        Assert.Equal(code == CommonTexts.None.Code, text.English.Length == 0);
        Assert.Equal(text.English.Length == 0, text.Danish.Length == 0);
        Assert.Equal(Placeholders(text.English), Placeholders(text.Danish));
        Assert.Equal(TextCode.Placeholders(text.English).Select(p => p.Name).Distinct(), text.Args);
        Assert.DoesNotMatch(StrayBrace(), TextCode.PlaceholderPattern().Replace(text.Danish, ""));
    }

    [Fact]
    public void Codes_are_unique_and_every_holder_of_codes_is_in_the_catalogue()
    {
        var fields = typeof(TextCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(TextCode)).ToList();
        Assert.Equal(fields.Count, TextCatalog.All.Count);
        Assert.True(TextCatalog.All.Count > 120, $"{TextCatalog.All.Count} codes");
    }

    [Fact]
    public void Numbers_are_formatted_per_culture_and_counts_names_and_dates_are_inserted_as_given()
    {
        var text = DeviceTexts.EncryptionSummary.With(28, 40, 70.5m, 95m);
        Assert.Equal("28 of 40 devices (70.5 %) are encrypted (Met at 95 %).", text.English);
        Assert.Equal("28 af 40 enheder (70,5 %) er krypteret (opfyldt ved 95 %).", text.Danish);
        Assert.Equal("70.5", text.Args["percent"]); // stored invariant, not pre-formatted
        Assert.Equal("Secure Score gik fra 41,5 % til 38 % (-3,5 point) over 30 dag(e).", SecureScoreTexts.Trend.With(41.5m, 38m, -3.5m, 30).Danish);
        Assert.Equal("The new date must be after the current due date 2026-04-01.", TaskTexts.NewDateNotLater.With(new DateOnly(2026, 4, 1)).English);
    }

    [Fact]
    public void A_nested_text_renders_in_the_same_language_and_its_detail_is_never_translated()
    {
        var status = CollectionStatus.Forbidden("AuditLog.Read.All");
        var text = HygieneTexts.AuditUnreadable.With(status.Text());
        Assert.Equal("The directory audit log could not be read (missing permission AuditLog.Read.All).", text.English);
        Assert.Equal("Katalogets overvågningslog kunne ikke læses (mangler tilladelsen AuditLog.Read.All).", text.Danish);
        Assert.Equal("@status.forbidden", text.Args["status"]);
        Assert.Equal(status.Describe(), status.Text().English);
    }

    [Fact]
    public void A_name_that_starts_with_an_at_sign_stays_a_name()
    {
        var text = MfaTexts.FullPolicy.With("@all-users");
        Assert.Equal("Politikken @all-users kræver MFA for alle brugere og alle cloudapps.", text.Danish);
    }

    [Fact]
    public void A_wrong_number_of_arguments_is_refused_at_the_call_site()
    {
        var e = Assert.Throws<ArgumentException>(() => DeviceTexts.Stale.With(3));
        Assert.Contains("count, days, sample", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_message_without_a_code_or_with_an_unknown_code_keeps_its_english()
    {
        Assert.Equal("old text", TextCatalog.Localize("old text", null, null, "da"));
        Assert.Equal("newer text", TextCatalog.Localize("newer text", "no.such.code", new Dictionary<string, string>(), "da-DK"));
        var finding = new Finding(FindingSeverity.High, "Managed devices could not be read (403).");
        Assert.Equal(finding.Message, finding.Text("da"));
    }

    [Fact]
    public void A_coded_finding_keeps_its_english_message_and_renders_in_danish()
    {
        var finding = new Finding(FindingSeverity.Medium, DeviceTexts.Stale.With(3, 90, CommonTexts.None.With()), ["LAPTOP-1"]);
        Assert.Equal("3 device(s) have not synced for 90 days; retire or re-enrol them.", finding.Message);
        Assert.Equal("3 enhed(er) har ikke synkroniseret i 90 dage; udfas dem eller tilmeld dem igen.", finding.Text("da-DK"));
        Assert.Equal(finding.Message, finding.Text("en"));
        Assert.Equal(new[] { "LAPTOP-1" }, finding.Subjects); // names are never translated
    }

    private static List<(string Name, string? Format)> Placeholders(string template) =>
        [.. TextCode.Placeholders(template).Distinct().OrderBy(p => p.Name, StringComparer.Ordinal)];

    [GeneratedRegex(@"[{}]")]
    private static partial Regex StrayBrace();
}
