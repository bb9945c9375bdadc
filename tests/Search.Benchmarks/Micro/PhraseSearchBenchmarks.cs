using BenchmarkDotNet.Attributes;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Benchmarks.Micro;

/// <summary>
/// One search of each shape against the prebuilt Reuters index, for time and allocations per query.
/// The index path comes from <see cref="IndexPathVariable"/>, set by the `micro` command.
/// </summary>
[MemoryDiagnoser]
public class PhraseSearchBenchmarks
{
    public const string IndexPathVariable = "SEARCH_BENCH_INDEX";

    private ParagraphIndex? _index;
    private ParagraphSearcher? _searcher;

    [Params("according to", "above the year ago", "accord struck")]
    public string Phrase { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _index = new ParagraphIndex(Environment.GetEnvironmentVariable(IndexPathVariable) ?? throw new InvalidOperationException($"{IndexPathVariable} is not set"));
        _searcher = new ParagraphSearcher(_index);
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark(Baseline = true)]
    public long PhraseTop10() => _searcher!.Search(new SearchSpec { Phrase = Phrase, Limit = 10 }, CancellationToken.None).TotalHits;

    [Benchmark]
    public long PhraseCountOnly() => _searcher!.Search(new SearchSpec { Phrase = Phrase, Limit = 0 }, CancellationToken.None).TotalHits;

    [Benchmark]
    public long FreeTextTop10() => _searcher!.Search(new SearchSpec { Query = Phrase, Limit = 10 }, CancellationToken.None).TotalHits;
}
