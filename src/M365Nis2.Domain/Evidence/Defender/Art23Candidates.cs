namespace M365Nis2.Domain.Evidence.Defender;

/// <summary>A Defender incident the CISO should assess for Art. 23 (significant incident) reporting.</summary>
public sealed record Art23Candidate(string IncidentId, string Title, string Severity, string Status, DateTimeOffset CreatedAt, string? WebUrl, string Reason);

/// <summary>
/// Which incidents are offered to the CISO as Art. 23 candidates: high-severity incidents in the look-back period not
/// closed as benign (false positive or expected activity). Offering is not classifying — the CISO judges the Art. 23(3)
/// criteria in the incident register; the 24-hour clock runs from awareness, so the newest come first.
/// </summary>
public static class Art23Candidates
{
    public static IReadOnlyList<Art23Candidate> From(IEnumerable<SecurityIncident> incidents) =>
        [.. incidents.Where(i => i.IsHigh && !i.IsBenign).OrderByDescending(i => i.CreatedAt).Select(i => new Art23Candidate(
            i.Id, i.Title, i.Severity, i.Status, i.CreatedAt, i.WebUrl,
            i.IsResolved ? "High severity, resolved: assess whether it was significant." : "High severity and open: assess within 24 hours of awareness."))];
}
