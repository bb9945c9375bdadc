using System.Diagnostics;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Cli.Commands;

/// <summary>`index --source DIR --index DIR [--no-entities]`: builds an index, showing progress, and prints a one-line summary.</summary>
internal static class IndexCommand
{
    public static int Run(string[] args, CancellationToken cancellationToken)
    {
        var options = new Options(args, ["source", "index"], "no-entities");
        var source = options.Require("source");
        var indexPath = options.Get("index") ?? "index-data/index";
        // Before the index folder is opened, which would create it: a typo must not leave an empty index behind.
        ArticleSource.RequireFolder(source);
        // The folders the server refuses, refused here too: an index among the articles, or in a folder of other files.
        var (fullSource, fullIndex) = (Path.GetFullPath(source), Path.GetFullPath(indexPath));
        if (IndexFolders.IsWithin(fullIndex, fullSource) || IndexFolders.IsWithin(fullSource, fullIndex))
        {
            throw new ArgumentException($"--index ({fullIndex}) and --source ({fullSource}) must be separate folders, neither inside the other");
        }
        if (IndexInspector.Inspect(fullIndex) is { Condition: IndexCondition.Foreign } foreign)
        {
            throw new ArgumentException($"--index ({fullIndex}) is not an index folder: {foreign.Reason}; give an empty or new folder, or an index");
        }
        var stopwatch = Stopwatch.StartNew();
        // Entities are found unless asked not to (for a quicker build without entity search).
        using var index = new ParagraphIndex(indexPath, options.Has("no-entities") ? null : RecognizerTagger.Default);
        var result = index.Rebuild(source, new SynchronousProgress(count => Console.Error.Write($"\rindexed {count:N0} articles, {stopwatch.Elapsed.TotalSeconds:F1} s")), cancellationToken);
        Console.Error.WriteLine();
        foreach (var skipped in result.Skipped)
        {
            Console.Error.WriteLine($"skipped {skipped}");
        }
        Console.WriteLine($"articles={result.Articles} paragraphs={result.Paragraphs} skipped={result.Skipped.Count} seconds={result.Took.TotalSeconds:F2} index={index.Path}");
        return 0;
    }

    // Progress<T> posts to the thread pool; a console display wants the call inline.
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
