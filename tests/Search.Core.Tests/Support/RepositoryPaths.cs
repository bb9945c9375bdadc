namespace Search.Core.Tests.Support;

/// <summary>Finds the repository's folders and the shared corpora next to it, wherever the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "index-data", "seeds");

    /// <summary>The shared folder beside the repository (`../shared`), which CI machines may not have.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

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
