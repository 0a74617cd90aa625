namespace M365Nis2.Web.Features.Incidents;

public enum OutcomeKind
{
    Ok = 0,
    Created,
    BadInput,
    NotFound,
    Conflict,
}

// CA1000: IncidentOutcome<Incident>.Ok(x) reads as what it is; a non-generic factory would need the type argument anyway.
#pragma warning disable CA1000
/// <summary>What an incident operation came to; endpoints turn it into 200/201/400/404/409 and the bot into a card or message.</summary>
public sealed record IncidentOutcome<T>(OutcomeKind Kind, T? Value, string? Error = null)
{
    public static IncidentOutcome<T> Ok(T value) => new(OutcomeKind.Ok, value);

    public static IncidentOutcome<T> Created(T value) => new(OutcomeKind.Created, value);

    public static IncidentOutcome<T> Bad(string error) => new(OutcomeKind.BadInput, default, error);

    public static IncidentOutcome<T> NotFound() => new(OutcomeKind.NotFound, default, "No such incident.");

    public static IncidentOutcome<T> Conflict(string error) => new(OutcomeKind.Conflict, default, error);

    public IncidentOutcome<TOther> As<TOther>() => new(Kind, default, Error);
}
#pragma warning restore CA1000
