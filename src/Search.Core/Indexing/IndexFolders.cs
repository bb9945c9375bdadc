namespace Search.Core.Indexing;

/// <summary>Where an index may live relative to its articles, as the server and the command line both check.</summary>
public static class IndexFolders
{
    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both full paths).</summary>
    public static bool IsWithin(string path, string folder)
    {
        var root = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal);
    }
}
