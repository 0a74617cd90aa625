using System.Globalization;
using System.Net;
using System.Text;
using M365Nis2.Domain.Catalogue;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.AuditPack;

/// <summary>Plain, self-contained HTML (no scripts, no external resources) so the pack opens anywhere an auditor works.</summary>
public static class AuditPackPages
{
    public const string ControlsFolder = "controls";

    public sealed record ControlArtefacts(Nis2Control Control, IReadOnlyList<ArtefactRecord> Artefacts);

    private const string Style = "<style>body{font-family:Segoe UI,system-ui,sans-serif;margin:2rem;max-width:70rem;color:#242424}" +
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #d1d1d1;padding:.35rem .5rem;text-align:left;vertical-align:top}" +
        "code,pre{font-family:Consolas,monospace;font-size:.85rem;word-break:break-all}pre{background:#f5f5f5;padding:.75rem;white-space:pre-wrap}</style>";

    public static string Index(IReadOnlyList<ControlArtefacts> controls, ExportSummary summary, DateTimeOffset now)
    {
        var html = Start("M365Nis2 audit pack");
        html.Append(CultureInfo.InvariantCulture, $"<h1>M365Nis2 audit pack</h1><p>Exported {E(now.ToString("u", CultureInfo.InvariantCulture))}: {summary.Entries} ledger entries, {summary.Artefacts} artefacts.</p>");
        html.Append("<table><thead><tr><th>Control</th><th>Title</th><th>ISO/IEC 27001:2022</th><th>Artefacts</th><th>Latest</th></tr></thead><tbody>");
        foreach (var c in controls)
        {
            var latest = c.Artefacts.Count == 0 ? "—" : c.Artefacts.Max(a => a.CreatedAt).ToString("u", CultureInfo.InvariantCulture);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"{ControlsFolder}/{E(c.Control.Id)}.html\">{E(c.Control.Id)}</a></td><td>{E(c.Control.Title)}</td><td>{E(string.Join(", ", c.Control.Iso27001))}</td><td>{c.Artefacts.Count}</td><td>{E(latest)}</td></tr>");
        }
        html.Append("</tbody></table>");
        html.Append(HowToVerify(".", "<id>"));
        html.Append("<p>Files: <code>artefacts/&lt;id&gt;</code> (content, named by its SHA-256), <code>.p7s</code> (detached CMS signature), <code>.json</code> (unsigned metadata), ");
        html.Append("<code>ledger.json</code> + <code>ledger.json.p7s</code> (signed hash chain), <code>signing-certificate.pem</code>, <code>README.txt</code>.</p>");
        return End(html);
    }

    public static string Control(ControlArtefacts c, DateTimeOffset now)
    {
        var html = Start($"{c.Control.Id} — M365Nis2 audit pack");
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"../index.html\">All controls</a></p><h1>{E(c.Control.Id)}: {E(c.Control.Title)}</h1><p lang=\"da\">{E(c.Control.TitleDa)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>ISO/IEC 27001:2022: {E(string.Join(", ", c.Control.Iso27001))}. Exported {E(now.ToString("u", CultureInfo.InvariantCulture))}.</p>");
        if (c.Artefacts.Count == 0)
        {
            html.Append("<p>No artefacts are recorded for this control.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th>#</th><th>Kind</th><th>Recorded</th><th>Actor</th><th>SHA-256 (= file name)</th><th>Files</th></tr></thead><tbody>");
            foreach (var a in c.Artefacts)
            {
                var file = $"../artefacts/{E(a.Id)}";
                var name = a.Metadata.TryGetValue("fileName", out var n) ? $"<br>{E(n)}" : "";
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{a.LedgerSequence}</td><td>{E(a.Kind)}{name}</td><td>{E(a.CreatedAt.ToString("u", CultureInfo.InvariantCulture))}</td><td>{E(a.Actor)}</td><td><code>{E(a.Id)}</code></td>" +
                    $"<td><a href=\"{file}\">content</a> ({a.Size} B, {E(a.ContentType)}) · <a href=\"{file}.p7s\">signature</a> · <a href=\"{file}.json\">metadata</a></td></tr>");
            }
            html.Append("</tbody></table>");
        }
        html.Append(HowToVerify("..", c.Artefacts.Count > 0 ? c.Artefacts[0].Id : "<id>"));
        return End(html);
    }

    private static string HowToVerify(string root, string id) =>
        "<h2>How to verify</h2><ol>" +
        "<li>Compare the certificate fingerprint with the one the organisation gave you: <pre>openssl x509 -in signing-certificate.pem -noout -fingerprint -sha256</pre></li>" +
        $"<li>From the pack's root folder, check that an artefact is unchanged (the hash equals its name) and signed: <pre>sha256sum artefacts/{E(id)}\nopenssl cms -verify -binary -inform DER -in artefacts/{E(id)}.p7s -content artefacts/{E(id)} -CAfile signing-certificate.pem -purpose any -out /dev/null</pre></li>" +
        "<li>Check everything at once (every hash, signature and the signed hash chain of the ledger): <pre>dotnet M365Nis2.Web.dll verify &lt;folder of this pack&gt;</pre> exit code 0 means verified. README.txt explains the ledger format.</li></ol>" +
        $"<!-- root: {E(root)} -->";

    private static StringBuilder Start(string title) =>
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>").Append(Style).Append("</head><body>");

    private static string End(StringBuilder html) => html.Append("</body></html>\n").ToString();

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
