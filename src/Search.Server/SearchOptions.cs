namespace Search.Server;

/// <summary>The `Search` configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>Folder of articles the index is built from. Default `index-data/seeds`, relative to the working directory.</summary>
    public string SeedsPath { get; set; } = "index-data/seeds";

    /// <summary>Folder of the Lucene index. Default `index-data/index`, relative to the working directory.</summary>
    public string IndexPath { get; set; } = "index-data/index";

    /// <summary>How often to look for a commit made by another process (the CLI), in seconds. Default 1.</summary>
    public double RefreshIntervalSeconds { get; set; } = 1;

    /// <summary>
    /// Bearer token required to change the index (rebuild, upsert, delete). Default none: then changes
    /// are accepted from loopback clients only.
    /// </summary>
    public string? AdminToken { get; set; }

    /// <summary>Whether to find and index the entities of every article. Default true.</summary>
    public bool Entities { get; set; } = true;

    /// <summary>Longest a search may run before it stops with DEADLINE_EXCEEDED, in seconds. Default 2.</summary>
    public double QueryBudgetSeconds { get; set; } = 2;

    /// <summary>
    /// Longest an upsert stream may pause between two messages while it holds the index's write turn,
    /// which every other change waits for, in seconds; past it the stream is ABORTED and nothing it sent
    /// is kept. Default 30.
    /// </summary>
    public double UpsertIdleSeconds { get; set; } = 30;
}
