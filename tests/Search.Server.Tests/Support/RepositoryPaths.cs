namespace Search.Server.Tests.Support;

/// <summary>Finds the repository's folders wherever the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "index-data", "seeds");

    /// <summary>The buf CLI that `.ci/run` installs with npm under tests/tools.</summary>
    public static string Buf => Path.Combine(Root, "tests", "tools", "node_modules", ".bin", "buf");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Search.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Search.sln not found above the test binaries.");
    }
}
