namespace Search.Benchmarks.Reporting;

/// <summary>
/// Issue 5's targets, set against reference figures measured on the 2-core benchmark machine
/// (Java Lucene 4.10 StandardAnalyzer, single thread). Printed at the end of `all`.
/// </summary>
internal static class Targets
{
    public const double JavaLuceneBuildSeconds = 4.6;
    public const double JavaLuceneIdsOnlyRate = 3_544;
    public const double JavaLuceneStoredTextRate = 1_400;
    public const double MaxRssBytes = 400.0 * 1024 * 1024;

    public static void Print(Figures figures)
    {
        var table = new MarkdownTable("target", "ours", "goal", "met");
        if (figures.BuildSeconds is { } build)
        {
            table.Add("build time (best run)", $"{Format.Seconds(build)} s", $"≤ 1.2 × {JavaLuceneBuildSeconds} s = {Format.Seconds(1.2 * JavaLuceneBuildSeconds)} s", Met(build <= 1.2 * JavaLuceneBuildSeconds));
        }
        if (figures.TaggedBuildSeconds is { } tagged)
        {
            table.Add("build time with entity tagging", $"{Format.Seconds(tagged)} s", "≤ 30 s", Met(tagged <= 30));
        }
        if (figures.InProcessPhraseRate.TryGetValue(1, out var single))
        {
            table.Add("in-process phrase q/s, 1 thread (full result)", Format.Rate(single), $"≥ Java ids-only {Format.Rate(JavaLuceneIdsOnlyRate)}", Met(single >= JavaLuceneIdsOnlyRate));
            table.Add("", "", $"≥ Java stored text ~{Format.Rate(JavaLuceneStoredTextRate)}", Met(single >= JavaLuceneStoredTextRate));
        }
        if (figures.GrpcPhraseRate.Count > 0)
        {
            var (bestConcurrency, bestRate) = figures.GrpcPhraseRate.MaxBy(pair => pair.Value);
            table.Add($"gRPC phrase q/s, best ({bestConcurrency} calls)", Format.Rate(bestRate), $"≥ Java ids-only {Format.Rate(JavaLuceneIdsOnlyRate)}", Met(bestRate >= JavaLuceneIdsOnlyRate));
            table.Add("", "", $"≥ Java stored text ~{Format.Rate(JavaLuceneStoredTextRate)}", Met(bestRate >= JavaLuceneStoredTextRate));
            foreach (var (concurrency, rate) in figures.GrpcPhraseRate.OrderBy(pair => pair.Key))
            {
                if (figures.InProcessRateFor(concurrency) is { } inProcess)
                {
                    table.Add($"gRPC / in-process, {concurrency} calls", Format.Percent(rate / inProcess), "≥ 70%", Met(rate >= 0.7 * inProcess));
                }
            }
            table.Add("gRPC failures (grpc-status ≠ 0)", Format.Count(figures.GrpcFailures), "0", Met(figures.GrpcFailures == 0));
        }
        if (figures.GrpcHalfPeakP99Milliseconds is { } p99)
        {
            table.Add("gRPC p99 at half the peak rate", $"{Format.Milliseconds(p99)} ms", "< 10 ms", Met(p99 < 10));
        }
        if (figures.ServerRssBytes is { } rss)
        {
            table.Add("server VmRSS after the load", $"{Format.Megabytes(rss)} MB", "< 400 MB", Met(rss < MaxRssBytes));
        }
        Console.WriteLine("## Targets (issue 5)");
        Console.WriteLine();
        Console.WriteLine(table);
    }

    private static string Met(bool met) => met ? "yes" : "NO";
}
