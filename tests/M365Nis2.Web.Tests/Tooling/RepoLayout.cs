namespace M365Nis2.Web.Tests.Tooling;

/// <summary>Where the repository's files are, found from the test binaries rather than the current directory.</summary>
internal static class RepoLayout
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>
    /// node_modules at the repo root, required: the test command runs `npm ci` first, so a missing folder is a broken
    /// setup that must fail loudly rather than skip the schema checks.
    /// </summary>
    public static string RequireNodeModules(string package)
    {
        var path = PathOf("node_modules", package);
        if (!Directory.Exists(path))
        {
            throw new InvalidOperationException(
                $"'{path}' is missing. Run `npm ci` in {Root} before the tests (package.json pins {package}).");
        }
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "M365Nis2.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No M365Nis2.sln above {AppContext.BaseDirectory}.");
    }
}
