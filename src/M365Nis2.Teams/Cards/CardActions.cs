using System.Text.Json.Serialization;

namespace M365Nis2.Teams.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract class CardAction
{
    public string? Id { get; init; }

    public required string Title { get; init; }

    public ActionStyle? Style { get; init; }
}

/// <summary>
/// Universal Action: the click arrives as an adaptiveCard/action invoke and may return a replacement card.
/// Data is a plain object so features can pass anonymous objects or records.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public required string Verb { get; init; }

    public object? Data { get; init; }

    /// <summary>"Action.Submit" keeps older clients working; "drop" hides the action there.</summary>
    public string? Fallback { get; init; }

    /// <summary>"none" skips input validation (e.g. a "cancel" button).</summary>
    public string? AssociatedInputs { get; init; }
}

/// <summary>Arrives as a message with value; cannot return a replacement card.</summary>
public sealed class SubmitAction : CardAction
{
    public object? Data { get; init; }
}

public sealed class OpenUrlAction : CardAction
{
    public required Uri Url { get; init; }
}

public sealed class ShowCardAction : CardAction
{
    public required AdaptiveCard Card { get; init; }
}
