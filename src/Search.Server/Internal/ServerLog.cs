namespace Search.Server.Internal;

/// <summary>The server's log messages, with fixed event ids.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(1, LogLevel.Information, "Serving the index in {Path}")]
    public static partial void OpeningIndex(ILogger logger, string path);

    [LoggerMessage(2, LogLevel.Information, "No index in {Path}: building it from {Seeds}")]
    public static partial void BuildingIndex(ILogger logger, string path, string seeds);

    [LoggerMessage(3, LogLevel.Information, "Indexed {Articles} articles, {Paragraphs} paragraphs ({Skipped} inputs skipped) in {Seconds:F2} s")]
    public static partial void IndexBuilt(ILogger logger, long articles, long paragraphs, int skipped, double seconds);

    [LoggerMessage(4, LogLevel.Warning, "Seed input skipped: {Reason}")]
    public static partial void SeedSkipped(ILogger logger, string reason);

    [LoggerMessage(5, LogLevel.Error, "Cannot build the index: {Reason} The server runs, but searches fail until an index is built.")]
    public static partial void SeedsMissing(ILogger logger, string reason);

    [LoggerMessage(6, LogLevel.Warning, "Looking for a new index commit failed")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(7, LogLevel.Error, "Unexpected error in {Method}")]
    public static partial void UnexpectedError(ILogger logger, string method, Exception exception);

    [LoggerMessage(8, LogLevel.Error, "The index in {Path} is {Condition}: {Reason}. It was moved to {Aside} and a new index will be built from the seeds.")]
    public static partial void IndexSetAside(ILogger logger, string path, Search.Core.Indexing.IndexCondition condition, string reason, string aside);

    [LoggerMessage(9, LogLevel.Warning, "Search:AdminToken is not set: RebuildIndex, UpsertArticles and DeleteArticle are accepted from loopback clients only. Set it to require a bearer token.")]
    public static partial void NoAdminToken(ILogger logger);

    [LoggerMessage(10, LogLevel.Warning, "The index in {Path} has no entities (built with --no-entities?): entity queries and listings find nothing, and only new upserts get entities. Call RebuildIndex to tag every article.")]
    public static partial void IndexWithoutEntities(ILogger logger, string path);

    [LoggerMessage(11, LogLevel.Information, "Warmed up with {Requests} requests ({Answered} found something) in {Milliseconds:F0} ms")]
    public static partial void WarmedUp(ILogger logger, int requests, int answered, double milliseconds);

    [LoggerMessage(12, LogLevel.Warning, "The warm-up requests failed; the first calls will compile the search path")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);
}
