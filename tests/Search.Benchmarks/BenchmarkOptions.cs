using System.Globalization;

namespace Search.Benchmarks;

/// <summary>The command line of every sub-command: `--name value` pairs, each with a default.</summary>
internal sealed class BenchmarkOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public BenchmarkOptions(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            }
            var name = args[i][2..];
            _values[name] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
        }
    }

    /// <summary>Folder of Reuters articles. Default `../shared/corpora/reuters21578-articles` (from the repository root).</summary>
    public string Corpus => Path.GetFullPath(Get("corpus") ?? "../shared/corpora/reuters21578-articles");

    /// <summary>The 1,000 phrases with their true counts. Default `../shared/corpora/reuters-phrases.json`.</summary>
    public string Phrases => Path.GetFullPath(Get("phrases") ?? "../shared/corpora/reuters-phrases.json");

    /// <summary>Where the Reuters index is built and read. Default `index-data/index.bench-reuters` (ignored by git).</summary>
    public string IndexPath => Path.GetFullPath(Get("index") ?? "index-data/index.bench-reuters");

    /// <summary>How long each timed load runs, in seconds. Default 5.</summary>
    public double Seconds => double.Parse(Get("seconds") ?? "5", CultureInfo.InvariantCulture);

    /// <summary>How many times the build is timed; the first includes JIT warm-up. Default 2.</summary>
    public int BuildRuns => int.Parse(Get("build-runs") ?? "2", CultureInfo.InvariantCulture);

    /// <summary>How many times the cold builds (`search-cli index` in a fresh process, and Java Lucene) are timed; the best counts. Default 3.</summary>
    public int ColdBuildRuns => int.Parse(Get("cold-build-runs") ?? "3", CultureInfo.InvariantCulture);

    /// <summary>Concurrent gRPC calls to measure at. Default 1,2,4,8,16.</summary>
    public IReadOnlyList<int> Concurrency =>
        (Get("concurrency") ?? "1,2,4,8,16").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>Threads to run in-process searches on. Default 1,2 (this machine has 2 cores).</summary>
    public IReadOnlyList<int> Threads =>
        (Get("threads") ?? "1,2").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// Longest wait, in seconds, for other processes to leave the machine idle before each row. Default 60.
    /// A row measured anyway on a busy machine says so in its "other processes' CPU" column.
    /// </summary>
    public TimeSpan QuietPatience => TimeSpan.FromSeconds(double.Parse(Get("quiet-wait") ?? "60", CultureInfo.InvariantCulture));

    public TimeSpan Duration => TimeSpan.FromSeconds(Seconds);

    /// <summary>
    /// Environment for the server process, as NAME=VALUE[,NAME=VALUE]: for trying a runtime setting
    /// (`DOTNET_gcServer=0`) on the real server without changing what the product ships. Default none.
    /// </summary>
    public IReadOnlyDictionary<string, string> ServerEnvironment =>
        (Get("server-env") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair.Length == 2 ? pair[1] : throw new ArgumentException($"--server-env: '{pair[0]}' has no =VALUE"));

    /// <summary>Calls a second for `load`'s open-loop row (its p50/p99 are from each call's scheduled start). Default none.</summary>
    public double? Rate => Get("rate") is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate > 0 && double.IsFinite(rate) ? rate
        : throw new ArgumentException($"--rate: '{text}' is not a number of calls a second above 0");

    /// <summary>A server already running, for `load` (say, one being profiled). Default none.</summary>
    public Uri? Address => Get("address") is { } address ? new Uri(address) : null;

    private string? Get(string name) => _values.GetValueOrDefault(name);
}
