namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>
/// Compares OS version strings as Intune reports them ("10.0.22631.4460", "17.5.1", "14", "13 (TP1A.220624.014)"):
/// the leading dotted numbers, missing parts counting as zero.
/// </summary>
public static class OsVersions
{
    public static int[]? Parse(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
            return null;
        var parts = new List<int>();
        foreach (var part in version.Trim().Split(' ', 2)[0].Split('.'))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                break;
            parts.Add(n);
        }
        return parts.Count == 0 ? null : [.. parts];
    }

    /// <summary>True when <paramref name="version"/> is at least <paramref name="minimum"/>; null when either is unreadable.</summary>
    public static bool? AtLeast(string? version, string minimum)
    {
        if (Parse(version) is not { } v || Parse(minimum) is not { } m)
            return null;
        for (var i = 0; i < Math.Max(v.Length, m.Length); i++)
        {
            var a = i < v.Length ? v[i] : 0;
            var b = i < m.Length ? m[i] : 0;
            if (a != b)
                return a > b;
        }
        return true;
    }
}
