using System.Text.Json;
using M365Nis2.Domain.Vault;

namespace M365Nis2.Web.Features.Vault;

/// <summary>ledger.json of an export: every hashed field of every entry, time exactly as hashed.</summary>
public sealed record ExportedLedger(string Format, string ExportedAt, IReadOnlyList<ExportedEntry> Entries)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ExportedLedger From(IReadOnlyList<LedgerEntry> entries, DateTimeOffset exportedAt) =>
        new(LedgerCanonical.Version, LedgerCanonical.FormatTime(exportedAt), [.. entries.Select(ExportedEntry.From)]);
}

public sealed record ExportedEntry(long Sequence, string ArtefactId, string Kind, string Time, string Actor, string PreviousHash, string EntryHash)
{
    public static ExportedEntry From(LedgerEntry e) =>
        new(e.Sequence, e.ArtefactId, e.Kind, LedgerCanonical.FormatTime(e.RecordedAt), e.Actor, e.PreviousHash, e.EntryHash);

    /// <summary>An unparseable time becomes MinValue, which then fails the entry-hash check instead of aborting the run.</summary>
    public LedgerEntry ToEntry()
    {
        var ok = DateTimeOffset.TryParseExact(Time, LedgerCanonical.TimeFormat, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at);
        return new LedgerEntry(Sequence, ArtefactId ?? "", Kind ?? "", ok ? at : DateTimeOffset.MinValue, Actor ?? "", PreviousHash ?? "", EntryHash ?? "");
    }
}
