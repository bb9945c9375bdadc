using Search.Core.Indexing;

namespace Search.Benchmarks.Commands;

/// <summary>The prebuilt Reuters index the query benchmarks read, built (untimed) when it is missing.</summary>
internal static class ReutersIndex
{
    public static ParagraphIndex Open(BenchmarkOptions options)
    {
        var index = new ParagraphIndex(options.IndexPath);
        if (!index.Exists)
        {
            Console.WriteLine($"No index at {index.Path}; building it from {options.Corpus} first (not timed).");
            index.Rebuild(options.Corpus, null, CancellationToken.None);
        }
        return index;
    }
}
