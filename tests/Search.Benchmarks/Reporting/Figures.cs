namespace Search.Benchmarks.Reporting;

/// <summary>
/// The headline figures of one run, kept so `all` can set gRPC beside in-process and check the
/// issue's targets at the end. Not thread-safe; filled by one command after another.
/// </summary>
internal sealed class Figures
{
    public double? BuildSeconds { get; set; }

    /// <summary>`search-cli index --no-entities` in a fresh process, published ReadyToRun as it is deployed: the cold build.</summary>
    public double? ColdBuildSeconds { get; set; }

    /// <summary>The same from the `dotnet build` output (as `dotnet run` starts it), every library JIT-compiled as it runs.</summary>
    public double? ColdBuildSecondsUnpublished { get; set; }

    /// <summary>Java Lucene's figures measured in this run (<see cref="Commands.JavaPeer"/>); null when Java is not installed.</summary>
    public double? JavaBuildSeconds { get; set; }

    public double? JavaIdsOnlyRate { get; set; }

    public double? JavaStoredTextRate { get; set; }

    /// <summary>Build time with entity tagging, as the server builds.</summary>
    public double? TaggedBuildSeconds { get; set; }

    /// <summary>In-process phrase searches per second, by thread count.</summary>
    public Dictionary<int, double> InProcessPhraseRate { get; } = [];

    /// <summary>gRPC phrase searches per second, by concurrent calls.</summary>
    public Dictionary<int, double> GrpcPhraseRate { get; } = [];

    /// <summary>gRPC phrase searches per second with the lean HTTP/2 client (as h2load), by concurrent calls.</summary>
    public Dictionary<int, double> LeanGrpcPhraseRate { get; } = [];

    public long GrpcFailures { get; set; }

    public double? GrpcHalfPeakP99Milliseconds { get; set; }

    public long? ServerRssBytes { get; set; }

    /// <summary>
    /// Our in-process rate on as many threads as <paramref name="concurrency"/>, or, when that was not
    /// measured, on the most threads measured below it.
    /// </summary>
    public (int Threads, double Rate)? InProcessRateFor(int concurrency)
    {
        var threads = InProcessPhraseRate.Keys.Where(t => t <= concurrency).DefaultIfEmpty(0).Max();
        return InProcessPhraseRate.TryGetValue(threads, out var rate) ? (threads, rate) : null;
    }
}
