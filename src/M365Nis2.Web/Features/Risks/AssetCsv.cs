using System.Text;
using CsvHelper;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// Reads an asset CSV with CsvHelper: a header row naming the columns name, type, owner, criticality, services (any
/// order, any case; comma, semicolon or tab separated, as Excel writes them in English or Danish settings). Each record
/// keeps the line it started on, so every error names the line a person sees in their editor.
/// </summary>
public static class AssetCsv
{
    public static readonly string[] Columns = ["name", "type", "owner", "criticality", "services"];
    public const string Template = "name,type,owner,criticality,services\nSCADA historian,system,mette.holm@nordlysenergi.onmicrosoft.com,critical,Grid operations;Billing\n";

    /// <summary>The rows, or a problem with the file as a whole (no header, missing columns, not CSV).</summary>
    public static (IReadOnlyList<AssetRow> Rows, CodedText? FileError) Read(byte[] utf8)
    {
        // The separator is detected (',' ';' or tab, or Excel's "sep=" line); line numbers count every line, so a row
        // with a quoted line break still names the line it starts on.
        var options = new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true, DetectSeparatorHint = true, MaxRecordSize = 64 * 1024 };
        using var csv = CsvReader.Create(utf8, options);
        try
        {
            csv.ReadHeader();
            if (csv.Headers.Count == 0 || csv.Headers.All(string.IsNullOrWhiteSpace))
                return ([], AssetInputTexts.NoHeader.With(string.Join(", ", Columns)));
            var index = Columns.ToDictionary(c => c, c => csv.TryGetFieldIndex(c, out var i) ? i : -1);
            var missing = Columns.Where(c => c != "services" && index[c] < 0).ToList();
            if (missing.Count > 0)
                return ([], AssetInputTexts.MissingColumns.With(string.Join(", ", missing), string.Join(", ", Columns)));
            var rows = new List<AssetRow>();
            while (csv.Read() && rows.Count <= AssetImport.MaxRows)
            {
                string? Field(string name) => index[name] < 0 ? null : csv.GetString(index[name]);
                rows.Add(new((int)csv.LineNumber, new(Field("name"), Field("type"), Field("owner"), Field("criticality"), Field("services"))));
            }
            return (rows, null);
        }
        catch (Exception e) when (e is CsvFormatException or InvalidDataException or DecoderFallbackException)
        {
            return ([], AssetInputTexts.Unreadable.With(e.Message)); // the parser's own words stay as it gives them
        }
    }
}
