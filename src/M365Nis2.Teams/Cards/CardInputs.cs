namespace M365Nis2.Teams.Cards;

/// <summary>Inputs: their values are merged into the data of the Action.Execute / Action.Submit that sends the card.</summary>
public abstract class CardInput : CardElement
{
    public string? Label { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}

public sealed class TextInput : CardInput
{
    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Value { get; init; }
}

public sealed class ChoiceSetInput : CardInput
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}

public sealed record Choice(string Title, string Value);

public sealed class ToggleInput : CardInput
{
    public required string Title { get; init; }

    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }
}

public sealed class DateInput : CardInput
{
    /// <summary>yyyy-MM-dd, as the schema wants.</summary>
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}

public sealed class TimeInput : CardInput
{
    /// <summary>HH:mm, as the schema wants.</summary>
    public string? Value { get; init; }

    public string? Min { get; init; }

    public string? Max { get; init; }
}

public sealed class NumberInput : CardInput
{
    public double? Value { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public string? Placeholder { get; init; }
}
