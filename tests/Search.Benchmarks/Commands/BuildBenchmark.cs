using System.Diagnostics;
using Search.Benchmarks.Measuring;
using Search.Benchmarks.Reporting;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Row 1 of the issue: how long the Reuters index takes to build, units per second, and memory.
/// The first run includes JIT compilation; later runs show the steady state.
/// </summary>
internal static class BuildBenchmark
{
    public static void Run(BenchmarkOptions options, Figures figures)
    {
        var expectedUnits = PhraseSet.Load(options.Phrases).Units;
        var table = new MarkdownTable("build", "seconds", "units", "units/s", "allocated GB", "GC gen0/1/2", "peak working set MB", "index MB", "CPU s (ours)", "other processes' CPU", "note");
        for (var run = 1; run <= options.BuildRuns + 1; run++)
        {
            // The last run tags entities too, as the server does, into a folder of its own.
            var tagged = run > options.BuildRuns;
            var indexPath = tagged ? options.IndexPath + ".build-entities" : options.IndexPath + ".build";
            CpuUsage.WaitForQuiet(options.QuietPatience);
            // Start each run from a settled heap so its allocation and GC counts are its own.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var collectionsBefore = Collections();
            var cpu = CpuUsage.Start();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            BuildResult result;
            IndexStatistics statistics;
            using (var index = new ParagraphIndex(indexPath, tagged ? RecognizerTagger.Default : null))
            {
                result = index.Rebuild(options.Corpus, null, CancellationToken.None);
                stopwatch.Stop();
                statistics = index.Statistics();
            }
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var others = cpu.OthersFraction();
            var collections = Collections();
            using var self = Process.GetCurrentProcess();
            table.Add(
                tagged ? "with entity tagging" : run == 1 ? "without entity tagging, first run (incl. JIT)" : $"without entity tagging, run {run}",
                Format.Seconds(seconds),
                Format.Count(result.Paragraphs),
                Format.Rate(result.Paragraphs / seconds),
                ((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e9).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                string.Join('/', collections.Zip(collectionsBefore, (after, before) => after - before)),
                Format.Megabytes(self.PeakWorkingSet64),
                Format.Megabytes(statistics.SizeBytes),
                Format.Seconds((self.TotalProcessorTime - cpuBefore).TotalSeconds),
                Format.Percent(others),
                result.Paragraphs == expectedUnits ? $"{result.Articles:N0} articles, units as expected" : $"expected {expectedUnits:N0} units");
            if (tagged)
            {
                figures.TaggedBuildSeconds = seconds;
            }
            else
            {
                figures.BuildSeconds = Math.Min(figures.BuildSeconds ?? double.MaxValue, seconds);
                figures.ColdBuildSeconds ??= seconds;
            }
        }
        Console.WriteLine($"## Index build: {options.Corpus}");
        Console.WriteLine();
        Console.WriteLine(table);
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
}
