using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace M365Nis2.Domain.Incidents;

/// <summary>
/// A draft report for one stage: field values by field id (<see cref="ReportFields.For"/>). Immutable; <see cref="With"/>
/// returns a new draft. Rendering never blocks on missing fields: they show as "(not provided)", and
/// <see cref="Missing"/> says what to fill in before submitting.
/// </summary>
public sealed record ReportDraft(IncidentStage Stage)
{
    public const int MaxFieldLength = 10_000;

    public ImmutableDictionary<string, string> Values { get; private init; } = ImmutableDictionary<string, string>.Empty;

    public IReadOnlyList<ReportField> Fields => ReportFields.For(Stage);

    /// <summary>Sets a field (blank clears it); throws <see cref="ArgumentException"/> for a field this stage does not have.</summary>
    public ReportDraft With(string fieldId, string? value)
    {
        if (!Fields.Any(f => f.Id == fieldId))
            throw new ArgumentException(
                $"The {Stage.Title(ReportLanguage.English).ToLowerInvariant()} has no field '{fieldId}'. Fields: {string.Join(", ", Fields.Select(f => f.Id))}.",
                nameof(fieldId));
        if (value is { Length: > MaxFieldLength })
            throw new ArgumentException($"Field '{fieldId}' is longer than {MaxFieldLength} characters.", nameof(value));
        return this with
        {
            Values = string.IsNullOrWhiteSpace(value) ? Values.Remove(fieldId) : Values.SetItem(fieldId, value.Trim()),
        };
    }

    /// <summary>Required fields still empty, in the directive's order.</summary>
    public IReadOnlyList<ReportField> Missing => [.. Fields.Where(f => f.Required && !Values.ContainsKey(f.Id))];

    public bool IsComplete => Missing.Count == 0;

    public string? ValueOf(string fieldId) => Values.GetValueOrDefault(fieldId);

    /// <summary>Plain text for an e-mail or the authority's web form: the title, then each label and value.</summary>
    public string RenderText(ReportLanguage language)
    {
        var text = new StringBuilder().Append(Stage.Title(language)).Append('\n');
        foreach (var field in Fields)
            text.Append('\n').Append(field.Label(language)).Append('\n').Append(ValueOf(field.Id) ?? NotProvided(language)).Append('\n');
        return text.ToString();
    }

    /// <summary>JSON: stage id and title, language, completeness, and each field with its label and value (null when empty).</summary>
    public string RenderJson(ReportLanguage language)
    {
        var fields = new JsonArray();
        foreach (var field in Fields)
        {
            fields.Add(new JsonObject
            {
                ["id"] = field.Id,
                ["label"] = field.Label(language),
                ["required"] = field.Required,
                ["value"] = ValueOf(field.Id),
            });
        }
        var json = new JsonObject
        {
            ["stage"] = Stage.Id(),
            ["title"] = Stage.Title(language),
            ["language"] = language == ReportLanguage.Danish ? "da" : "en",
            ["complete"] = IsComplete,
            ["missing"] = new JsonArray([.. Missing.Select(f => (JsonNode?)JsonValue.Create(f.Id))]),
            ["fields"] = fields,
        };
        return json.ToJsonString(JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string NotProvided(ReportLanguage language) => language == ReportLanguage.Danish ? "(ikke oplyst)" : "(not provided)";
}
