using System.Globalization;
using Search.Benchmarks.Measuring;
using Search.Benchmarks.Reporting;
using Search.Tests.Shared;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Java Lucene 4.10 (peers/LucenePeer.java) on the same units and phrases, in the same run, so the
/// targets are set against today's machine and not a figure from another day. Needs Debian's
/// `liblucene4.10-java` and a JDK (`peers/run-peers.sh` installs both); without them the targets
/// fall back to the issue's figures and say so.
/// </summary>
internal static class JavaPeer
{
    private const string Jars = "/usr/share/java/lucene-core-4.10.4.jar:/usr/share/java/lucene-analyzers-common-4.10.4.jar";

    public static void Run(BenchmarkOptions options, Figures figures)
    {
        if (!File.Exists("/usr/share/java/lucene-core-4.10.4.jar") || !OnPath("javac") || !OnPath("java"))
        {
            Console.WriteLine("## Java Lucene in this run: not installed (run tests/Search.Benchmarks/peers/run-peers.sh once); targets use the issue's figures.");
            Console.WriteLine();
            return;
        }
        var work = Directory.CreateTempSubdirectory("search-java-peer-");
        try
        {
            var source = Path.Combine(RepositoryRoot.Path, "tests", "Search.Benchmarks", "peers", "LucenePeer.java");
            ChildProcess.Run("javac", "-d", Path.Combine(work.FullName, "classes"), "-cp", Jars, source);
            // The build is timed several times (the first run also times the queries): on this shared
            // machine one cold JVM build varies from 3.0 to 5.6 s, and the targets use the best of each side.
            var rows = new List<string>();
            var builds = new List<double>();
            var others = 0.0;
            for (var run = 0; run < options.ColdBuildRuns; run++)
            {
                CpuUsage.WaitForQuiet(options.QuietPatience);
                var cpu = CpuUsage.Start();
                var seconds = run == 0 ? options.Seconds : 0.1;
                var row = ChildProcess.Run("java", "-cp", $"{Path.Combine(work.FullName, "classes")}:{Jars}", "LucenePeer",
                    options.Corpus, options.Phrases, Path.Combine(work.FullName, "index"), seconds.ToString(CultureInfo.InvariantCulture)).Trim();
                others = Math.Max(others, cpu.OthersFraction());
                // | engine | build s | units | ids-only q/s | with-text q/s | exact |
                var cells = row.Split('|', StringSplitOptions.TrimEntries);
                builds.Add(double.Parse(cells[2], CultureInfo.InvariantCulture));
                if (run == 0)
                {
                    rows.Add(row);
                    figures.JavaIdsOnlyRate = double.Parse(cells[4], CultureInfo.InvariantCulture);
                    figures.JavaStoredTextRate = double.Parse(cells[5], CultureInfo.InvariantCulture);
                }
            }
            figures.JavaBuildSeconds = builds.Min();
            Console.WriteLine("## Java Lucene in this run (peers/LucenePeer.java, one thread, cold JVM)");
            Console.WriteLine();
            Console.WriteLine("| engine | build s | units | top-10 phrase q/s, ids only | top-10 phrase q/s, with text | exact counts |");
            Console.WriteLine("|---|---|---|---|---|---|");
            rows.ForEach(Console.WriteLine);
            Console.WriteLine();
            Console.WriteLine($"Build, {builds.Count} cold JVM runs: {string.Join(", ", builds.Select(b => Format.Seconds(b)))} s (best {Format.Seconds(builds.Min())} s). "
                + $"Other processes' CPU while it ran: at most {Format.Percent(others)}.");
            Console.WriteLine();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, program)));
}
