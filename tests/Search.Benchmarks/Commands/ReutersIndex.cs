using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Benchmarks.Commands;

/// <summary>The prebuilt Reuters index the query benchmarks read, built (untimed) when it is missing.</summary>
internal static class ReutersIndex
{
    public static ParagraphIndex Open(BenchmarkOptions options)
    {
        // Built with entities, as the server builds it, and rebuilt when an older version left it.
        if (IndexInspector.Inspect(options.IndexPath).Condition is IndexCondition.Damaged or IndexCondition.Incompatible)
        {
            Directory.Delete(options.IndexPath, recursive: true);
        }
        var index = new ParagraphIndex(options.IndexPath, RecognizerTagger.Default);
        if (!index.Exists)
        {
            Console.WriteLine($"No index at {index.Path}; building it from {options.Corpus} first (not timed).");
            index.Rebuild(options.Corpus, null, CancellationToken.None);
        }
        return index;
    }
}
