using System.Diagnostics;
using Search.Benchmarks.Measuring;
using Search.Benchmarks.Reporting;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Tests.Shared;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Row 1 of the issue: how long the Reuters index takes to build, units per second, and memory.
/// First `search-cli index` in a fresh process, as a user runs it (JIT included, like Java's cold
/// JVM), both as published (ReadyToRun) and from the `dotnet build` output; then in this process,
/// where the first run also pays JIT and later runs show the steady state.
/// </summary>
internal static class BuildBenchmark
{
    public static void Run(BenchmarkOptions options, Figures figures)
    {
        var expectedUnits = PhraseSet.Load(options.Phrases).Units;
        var table = new MarkdownTable("build", "seconds", "units", "units/s", "allocated GB", "GC gen0/1/2", "peak working set MB", "index MB", "CPU s (ours)", "other processes' CPU", "note");
        // Several fresh processes, as Java's cold runs: one run on this shared machine is not a figure. The two
        // forms alternate, so a change in the host's speed during the runs falls on both.
        var published = PublishCli();
        try
        {
            var publishedRuns = new List<double>();
            var unpublishedRuns = new List<double>();
            for (var run = 0; run < options.ColdBuildRuns; run++)
            {
                publishedRuns.Add(RunCli(options, table, expectedUnits, Path.Combine(published.FullName, "Search.Cli.dll"), "published ReadyToRun"));
                unpublishedRuns.Add(RunCli(options, table, expectedUnits, BuiltCliPath(), "`dotnet build` output"));
            }
            figures.ColdBuildSeconds = publishedRuns.Min();
            figures.ColdBuildSecondsUnpublished = unpublishedRuns.Min();
        }
        finally
        {
            published.Delete(recursive: true);
        }
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
                tagged ? "with entity tagging" : run == 1 ? "without entity tagging, in process, first run (incl. JIT)" : $"without entity tagging, in process, run {run}",
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
            }
        }
        Console.WriteLine($"## Index build: {options.Corpus}");
        Console.WriteLine();
        Console.WriteLine(table);
    }

    /// <summary>`search-cli index --no-entities` in a process of its own; returns the build time it reports.</summary>
    private static double RunCli(BenchmarkOptions options, MarkdownTable table, long expectedUnits, string cliPath, string form)
    {
        var indexPath = options.IndexPath + ".build-cli";
        CpuUsage.WaitForQuiet(options.QuietPatience);
        var cpu = CpuUsage.Start();
        // Our own CPU time counts the child once it has exited and been waited for.
        var cpuBefore = CpuUsage.ProcessTime(Environment.ProcessId);
        // As `dotnet run --project src/Search.Cli` starts it: without the gen0 budget of the benchmark's launch
        // profile (it has none; its cold build was the same with 32 MB, and `dotnet run` would print a line into its output).
        var output = ChildProcess.RunWithout([MachineInfo.Gen0BudgetVariable], "dotnet", "exec", cliPath, "index", "--source", options.Corpus, "--index", indexPath, "--no-entities");
        // articles=19043 paragraphs=130977 skipped=0 seconds=5.54 index=...
        var summary = output.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
        var seconds = double.Parse(summary["seconds"], System.Globalization.CultureInfo.InvariantCulture);
        var units = long.Parse(summary["paragraphs"], System.Globalization.CultureInfo.InvariantCulture);
        table.Add(
            $"without entity tagging, `search-cli index` in a fresh process, {form}",
            Format.Seconds(seconds),
            Format.Count(units),
            Format.Rate(units / seconds),
            "",
            "",
            "",
            "",
            Format.Seconds((CpuUsage.ProcessTime(Environment.ProcessId) - cpuBefore).TotalSeconds),
            Format.Percent(cpu.OthersFraction()),
            units == expectedUnits ? $"{long.Parse(summary["articles"], System.Globalization.CultureInfo.InvariantCulture):N0} articles, units as expected" : $"expected {expectedUnits:N0} units");
        return seconds;
    }

    /// <summary>
    /// `search-cli` published as the README deploys it (ReadyToRun, for this machine's runtime identifier)
    /// into a scratch folder; about 20 s, most of it compiling Lucene.Net ahead of time.
    /// </summary>
    private static DirectoryInfo PublishCli()
    {
        var folder = Directory.CreateTempSubdirectory("search-bench-cli-");
        var project = Path.Combine(RepositoryRoot.Path, "src", "Search.Cli", "Search.Cli.csproj");
        ChildProcess.Run("dotnet", "publish", project, "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
            "--self-contained", "false", "-o", folder.FullName, "--nologo", "-v", "quiet");
        return folder;
    }

    // Built with this program (same configuration) into src/Search.Cli/bin/CONFIGURATION/net10.0/.
    private static string BuiltCliPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepositoryRoot.Path, "src", "Search.Cli", "bin", output.Parent!.Name, output.Name, "Search.Cli.dll");
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
}
