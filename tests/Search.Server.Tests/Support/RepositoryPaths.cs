using Search.Tests.Shared;

namespace Search.Server.Tests.Support;

/// <summary>Finds the repository's folders wherever the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Seeds => Path.Combine(Root, "index-data", "seeds");

    /// <summary>The buf CLI that `.ci/run` installs with npm under tests/tools.</summary>
    public static string Buf => Path.Combine(Root, "tests", "tools", "node_modules", ".bin", "buf");
}
