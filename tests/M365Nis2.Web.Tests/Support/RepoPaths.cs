namespace M365Nis2.Web.Tests.Support;

/// <summary>Finds files of the repository from the test's bin folder, so tests run from any working directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A file inside the pinned npm packages; fails with the fix when `npm ci` has not been run.</summary>
    public static string NodeModule(params string[] parts)
    {
        var path = Path.Combine([Root, "node_modules", .. parts]);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing: run the README test command (it runs `npm ci` at the repository root) before these tests.");
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
        throw new InvalidOperationException("M365Nis2.sln not found above " + AppContext.BaseDirectory);
    }
}
