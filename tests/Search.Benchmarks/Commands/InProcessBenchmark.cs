using Search.Benchmarks.Measuring;
using Search.Benchmarks.Reporting;
using Search.Core.Querying;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Row 2 of the issue: <see cref="ParagraphSearcher.Search"/> called directly, top 10 with stored text,
/// highlights and snippets, for the 1,000 phrases as exact phrases and as free text, on 1 and 2 threads.
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

        // One untimed pass of each warms the JIT and the OS page cache, and checks the answers.
        var exact = phrases.Where((p, i) => searcher.Search(phraseSpecs[i], CancellationToken.None).TotalHits == p.Count).Count();
        var relaxed = querySpecs.Count(spec => searcher.Search(spec, CancellationToken.None).Relaxed);

        var table = LoadRows.NewTable();
        foreach (var threads in options.Threads)
        {
            CpuUsage.WaitForQuiet(options.QuietPatience);
            var result = ThreadLoad.Run(threads, options.Duration, (worker, i) => Search(searcher, phraseSpecs, worker, i));
            figures.InProcessPhraseRate[threads] = result.Rate;
            LoadRows.Add(table, "phrase, top 10 + text + highlights", threads, result,
                $"{exact}/{phrases.Count} exact counts; {Format.Kilobytes(result.AllocatedKilobytesPerOperation)} KB allocated/query; {result.Gc}");
        }
        foreach (var threads in options.Threads)
        {
            CpuUsage.WaitForQuiet(options.QuietPatience);
            var result = ThreadLoad.Run(threads, options.Duration, (worker, i) => Search(searcher, querySpecs, worker, i));
            LoadRows.Add(table, "free text (same words), top 10 + text + highlights", threads, result,
                $"{relaxed} of {phrases.Count} relaxed; {Format.Kilobytes(result.AllocatedKilobytesPerOperation)} KB allocated/query; {result.Gc}");
        }
        var idsOnly = LuceneOnly.Prepare(index, phrases);
        CpuUsage.WaitForQuiet(options.QuietPatience);
        var ids = ThreadLoad.Run(1, options.Duration, (worker, i) => idsOnly.TopTen(i, loadStored: false));
        LoadRows.Add(table, "Lucene.Net PhraseQuery top 10, ids only (no collector of ours)", 1, ids,
            $"as Java's ids-only row; {Format.Kilobytes(ids.AllocatedKilobytesPerOperation)} KB allocated/query; {ids.Gc}");
        CpuUsage.WaitForQuiet(options.QuietPatience);
        var stored = ThreadLoad.Run(1, options.Duration, (worker, i) => idsOnly.TopTen(i, loadStored: true));
        LoadRows.Add(table, "Lucene.Net PhraseQuery top 10 + stored fields", 1, stored,
            $"as Java's stored-text row; {Format.Kilobytes(stored.AllocatedKilobytesPerOperation)} KB allocated/query; {stored.Gc}");

        Console.WriteLine($"## In-process queries ({phrases.Count:N0} phrases, {options.Seconds:0.#} s per row)");
        Console.WriteLine();
        Console.WriteLine(table);
    }

    // Workers start at different places in the list so two threads do not query the same phrase together.
    private static bool Search(ParagraphSearcher searcher, SearchSpec[] specs, int worker, int iteration)
    {
        var spec = specs[(iteration + worker * (specs.Length / 2)) % specs.Length];
        return searcher.Search(spec, CancellationToken.None).TotalHits >= 0;
    }
}
