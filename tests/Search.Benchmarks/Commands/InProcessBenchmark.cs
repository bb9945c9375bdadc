using Search.Benchmarks.Measuring;
using Search.Benchmarks.Reporting;
using Search.Core.Querying;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Row 2 of the issue: <see cref="ParagraphSearcher.Search"/> called directly, top 10 with stored text,
/// highlights and snippets, for the 1,000 phrases as exact phrases and as free text, on 1 and 2 threads
/// (phrases also on as many threads as each gRPC row has calls);
/// beside it, the same phrases straight through Lucene.Net, the floor our search is built on.
/// </summary>
internal static class InProcessBenchmark
{
    public static void Run(BenchmarkOptions options, Figures figures)
    {
        var phrases = PhraseSet.Load(options.Phrases).Phrases;
        using var index = ReutersIndex.Open(options);
        var searcher = new ParagraphSearcher(index);
        var phraseSpecs = phrases.Select(p => new SearchSpec { Phrase = p.Phrase, Limit = 10 }).ToArray();
        var querySpecs = phrases.Select(p => new SearchSpec { Query = p.Phrase, Limit = 10 }).ToArray();
        var lucene = LuceneOnly.Prepare(index, phrases);
        // Entity queries: the 200 most mentioned entities of the index, each by its display name and type.
        var entitySpecs = searcher.ListEntities(new EntityListSpec { Limit = 200 }, CancellationToken.None).Entities
            .Select(e => new SearchSpec { Entities = [new EntityRef(e.DisplayName, e.Id.Type)], Limit = 10 }).ToArray();

        // One untimed pass of each warms the JIT and the OS page cache, and checks the answers.
        var exact = phrases.Where((p, i) => searcher.Search(phraseSpecs[i], CancellationToken.None).TotalHits == p.Count).Count();
        var relaxed = querySpecs.Count(spec => searcher.Search(spec, CancellationToken.None).Relaxed);

        var table = LoadRows.NewTable();
        // Phrases also at each gRPC concurrency, so the gRPC rows have an in-process rate at the same parallelism.
        foreach (var threads in options.Threads.Union(options.Concurrency).Order())
        {
            var result = Measure(options, threads, (worker, i) => Search(searcher, phraseSpecs, worker, i));
            figures.InProcessPhraseRate[threads] = result.Rate;
            LoadRows.Add(table, "phrase, top 10 + text + highlights", threads, result, $"{exact}/{phrases.Count} exact counts; {Costs(result)}");
        }
        foreach (var threads in options.Threads)
        {
            var result = Measure(options, threads, (worker, i) => Search(searcher, querySpecs, worker, i));
            LoadRows.Add(table, "free text (same words), top 10 + text + highlights", threads, result, $"{relaxed} of {phrases.Count} relaxed; {Costs(result)}");
        }
        foreach (var threads in options.Threads)
        {
            var result = Measure(options, threads, (worker, i) => Search(searcher, entitySpecs, worker, i));
            LoadRows.Add(table, "entity (200 most mentioned), top 10 + text + highlights", threads, result, Costs(result));
        }
        foreach (var threads in options.Threads)
        {
            var result = Measure(options, threads, (worker, i) => lucene.TopTen(Spread(worker, i, phrases.Count), loadText: false));
            LoadRows.Add(table, "Lucene.Net PhraseQuery top 10, ids only", threads, result, $"as Java's ids-only row; {Costs(result)}");
        }
        foreach (var threads in options.Threads)
        {
            var result = Measure(options, threads, (worker, i) => lucene.TopTen(Spread(worker, i, phrases.Count), loadText: true));
            LoadRows.Add(table, "Lucene.Net PhraseQuery top 10 + hit text", threads, result, $"as Java's stored-text row; {Costs(result)}");
        }

        Console.WriteLine($"## In-process queries ({phrases.Count:N0} phrases, {options.Seconds:0.#} s per row)");
        Console.WriteLine();
        Console.WriteLine(table);
    }

    private static LoadResult Measure(BenchmarkOptions options, int threads, Func<int, int, bool> query)
    {
        CpuUsage.WaitForQuiet(options.QuietPatience);
        return ThreadLoad.Run(threads, options.Duration, query);
    }

    private static bool Search(ParagraphSearcher searcher, SearchSpec[] specs, int worker, int iteration) =>
        searcher.Search(specs[Spread(worker, iteration, specs.Length)], CancellationToken.None).TotalHits >= 0;

    // Workers start at different places in the list so two threads do not query the same phrase together.
    private static int Spread(int worker, int iteration, int count) => (iteration + worker * (count / 2)) % count;

    private static string Costs(LoadResult result) =>
        $"{Format.Kilobytes(result.AllocatedKilobytesPerOperation)} KB allocated, "
        + $"{result.CpuMicrosecondsPerOperation:N0} µs CPU per query; {result.Gc}";
}
