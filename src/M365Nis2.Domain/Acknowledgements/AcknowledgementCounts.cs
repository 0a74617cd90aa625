namespace M365Nis2.Domain.Acknowledgements;

/// <summary>Progress of one policy version's acknowledgement: totals only (names stay with the caller that may see them).</summary>
/// <param name="Asked">Whose card arrived, whatever happened after.</param>
/// <param name="Overdue">Not acknowledged and the due date has passed.</param>
public sealed record AcknowledgementCounts(int Audience, int Pending, int Asked, int Acknowledged, int Failed, int Overdue)
{
    public int Outstanding => Audience - Acknowledged;

    /// <summary>Acknowledged as a share of the audience (0–1); 0 for an empty audience.</summary>
    public decimal Rate => Audience == 0 ? 0m : Math.Round((decimal)Acknowledged / Audience, 4);

    public static AcknowledgementCounts Of(IEnumerable<PolicyAcknowledgement> people, DateTimeOffset now, DateTimeOffset dueAt)
    {
        var list = people.ToList();
        return new(list.Count,
            list.Count(p => p.State == AcknowledgementState.Pending),
            list.Count(p => p.AskedAt is not null),
            list.Count(p => p.IsAcknowledged),
            list.Count(p => p.State == AcknowledgementState.Failed),
            now > dueAt ? list.Count(p => !p.IsAcknowledged) : 0);
    }
}
