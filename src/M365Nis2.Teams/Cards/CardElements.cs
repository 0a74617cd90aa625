using System.Text.Json.Serialization;

namespace M365Nis2.Teams.Cards;

/// <summary>Anything that can sit in a card body; "type" is the discriminator the schema uses.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
public abstract class CardElement
{
    public string? Id { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }
}

public sealed class TextBlock : CardElement
{
    public required string Text { get; init; }

    /// <summary>A TextBlock for text a person typed: Markdown-escaped (<see cref="CardText.Escape"/>) so it shows as typed.</summary>
    public static TextBlock User(string? text, TextSize? size = null, TextWeight? weight = null, bool? isSubtle = null, int? maxLines = null,
        Spacing? spacing = null) =>
        new() { Text = CardText.Escape(text), Size = size, Weight = weight, IsSubtle = isSubtle, MaxLines = maxLines, Spacing = spacing };

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? Wrap { get; init; } = true;

    public bool? IsSubtle { get; init; }

    public int? MaxLines { get; init; }
}

public sealed class RichTextBlock : CardElement
{
    public IReadOnlyList<TextRun> Inlines { get; init; } = [];
}

public sealed class TextRun
{
    public string Type => "TextRun";

    public required string Text { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? Italic { get; init; }
}

public sealed class Container : CardElement
{
    public IReadOnlyList<CardElement> Items { get; init; } = [];

    public ContainerStyle? Style { get; init; }
}

public sealed class ColumnSet : CardElement
{
    public IReadOnlyList<Column> Columns { get; init; } = [];
}

/// <summary>A column; not a body element on its own, so it writes its own "type".</summary>
public sealed class Column
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    /// <summary>"auto", "stretch", a weight like "2", or pixels like "50px".</summary>
    public string? Width { get; init; }

    public string? VerticalContentAlignment { get; init; }
}

public sealed class FactSet : CardElement
{
    public IReadOnlyList<Fact> Facts { get; init; } = [];
}

public sealed record Fact(string Title, string Value)
{
    /// <summary>A fact whose value a person typed (a name, a service, a reason): Markdown-escaped.</summary>
    public static Fact User(string title, string? value) => new(title, CardText.Escape(value));
}

public sealed class Image : CardElement
{
    public required Uri Url { get; init; }

    public string? AltText { get; init; }

    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }
}

public sealed class ActionSet : CardElement
{
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
