using Search.Tests.Shared;

namespace Search.Core.Tests.Support;

/// <summary>Finds the repository's folders and the shared corpora next to it, wherever the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Seeds => Path.Combine(Root, "index-data", "seeds");

    /// <summary>The shared folder beside the repository (`../shared`), which CI machines may not have.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
}
