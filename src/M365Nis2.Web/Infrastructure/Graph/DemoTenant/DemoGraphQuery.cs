using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The OData subset the app uses: <c>$top</c>, <c>$select</c>, <c>$filter</c> as <c>prop eq value</c> or
/// <c>prop ge 2026-01-01T00:00:00Z</c> (date-times) joined by <c>and</c>,
/// and opaque <c>$skiptoken</c> paging over an index range, so large tenants are paged without being materialised.
/// </summary>
internal sealed class DemoGraphQuery
{
    private readonly List<(string Property, bool AtLeast, object? Value)> filters = [];

    private DemoGraphQuery()
    {
    }

    public int Top { get; private set; }

    public int Start { get; private set; }

    public IReadOnlyList<string>? Select { get; private set; }

    /// <summary>Parses the request's query; returns an error message for what the real Graph would refuse or we do not model.</summary>
    public static DemoGraphQuery Parse(HttpRequest request, DemoGraphServerOptions options, out string? error, int? maxTop = null)
    {
        error = null;
        var q = new DemoGraphQuery { Top = options.DefaultPageSize };
        var top = request.Query["$top"].ToString();
        if (top.Length > 0)
        {
            if (!int.TryParse(top, NumberStyles.None, CultureInfo.InvariantCulture, out var t) || t < 1)
            {
                error = $"Invalid value '{top}' for query parameter $top.";
                return q;
            }
            q.Top = Math.Min(t, maxTop ?? options.MaxPageSize);
        }
        var select = request.Query["$select"].ToString();
        if (select.Length > 0)
        {
            q.Select = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }
        var token = request.Query["$skiptoken"].ToString();
        var start = 0;
        if (token.Length > 0 && !TryReadToken(token, out start))
        {
            error = "Invalid $skiptoken.";
            return q;
        }
        q.Start = start;
        var filter = request.Query["$filter"].ToString();
        if (filter.Length > 0 && !q.TryParseFilter(filter))
        {
            error = $"Unsupported or invalid query filter clause specified: '{filter}'.";
        }
        return q;
    }

    /// <summary>True when every filter clause is on one of these properties (so a small stand-in item can decide).</summary>
    public bool FiltersOnlyOn(IReadOnlyCollection<string> properties) =>
        filters.All(f => properties.Contains(f.Property, StringComparer.OrdinalIgnoreCase));

    public bool Matches(IReadOnlyDictionary<string, object?> item) =>
        filters.All(f => item.TryGetValue(f.Property, out var actual) && (f.AtLeast ? AtLeast(actual, f.Value) : ValueEquals(actual, f.Value)));

    /// <summary>The equality the filter asks for, e.g. <c>userPrincipalName eq 'x'</c>; null when absent.</summary>
    public string? EqualityOn(string property) =>
        filters.Where(f => string.Equals(f.Property, property, StringComparison.OrdinalIgnoreCase)).Select(f => f.Value as string).FirstOrDefault();

    public Dictionary<string, object?> Project(Dictionary<string, object?> item, IReadOnlyList<string>? defaultSelect = null)
    {
        var keep = Select ?? defaultSelect;
        if (keep is null)
        {
            return item;
        }
        return item.Where(kv => kv.Key.StartsWith("@odata.", StringComparison.Ordinal) || keep.Contains(kv.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    public static string Token(int nextIndex) =>
        WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("m365nis2-demo:" + nextIndex.ToString(CultureInfo.InvariantCulture)));

    private static bool TryReadToken(string token, out int start)
    {
        start = 0;
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
            return text.StartsWith("m365nis2-demo:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan("m365nis2-demo:".Length), NumberStyles.None, CultureInfo.InvariantCulture, out start);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private bool TryParseFilter(string filter)
    {
        foreach (var clause in filter.Split(" and ", StringSplitOptions.TrimEntries))
        {
            var parts = clause.Split(' ', 3, StringSplitOptions.TrimEntries);
            if (parts.Length == 3 && string.Equals(parts[1], "ge", StringComparison.OrdinalIgnoreCase))
            {
                if (!DateTimeOffset.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from))
                {
                    return false;
                }
                filters.Add((parts[0], true, from));
                continue;
            }
            if (parts.Length != 3 || !string.Equals(parts[1], "eq", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            var raw = parts[2];
            object? value = raw switch
            {
                "true" => true,
                "false" => false,
                "null" => null,
                _ when raw.Length >= 2 && raw[0] == '\'' && raw[^1] == '\'' => raw[1..^1].Replace("''", "'", StringComparison.Ordinal),
                _ => raw,
            };
            if (value is string s && ReferenceEquals(s, raw))
            {
                return false;
            }
            filters.Add((parts[0], false, value));
        }
        return true;
    }

    private static bool AtLeast(object? actual, object? from) =>
        actual is string s && from is DateTimeOffset f
        && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at >= f;

    private static bool ValueEquals(object? actual, object? expected) => (actual, expected) switch
    {
        (null, null) => true,
        (bool a, bool e) => a == e,
        (string a, string e) => string.Equals(a, e, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
