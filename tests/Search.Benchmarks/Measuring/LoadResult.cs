using System.Diagnostics;

namespace Search.Benchmarks.Measuring;

/// <summary>What one timed load did: completed and failed operations, wall time, and every latency.</summary>
internal sealed class LoadResult(long operations, long failures, TimeSpan elapsed, long[] latencyTicks, long allocatedBytes = 0, GcActivity? gc = null, double othersCpuFraction = 0, TimeSpan? processCpu = null, TimeSpan? serverCpu = null)
{
    private readonly long[] _sortedTicks = Sorted(latencyTicks);

    public long Operations { get; } = operations;
    public long Failures { get; } = failures;
    public TimeSpan Elapsed { get; } = elapsed;

    /// <summary>Managed bytes allocated by the measuring threads, or 0 when not tracked.</summary>
    public long AllocatedBytes { get; } = allocatedBytes;

    /// <summary>Collections and pause time in this process while the load ran, when tracked.</summary>
    public GcActivity? Gc { get; } = gc;

    /// <summary>Share of the machine's CPU time that processes other than ours used meanwhile.</summary>
    public double OthersCpuFraction { get; } = othersCpuFraction;

    /// <summary>CPU time this process used per operation (all its threads), when tracked: contention shows here even on a busy machine.</summary>
    public double? CpuMicrosecondsPerOperation { get; } = processCpu is { } cpu && operations > 0 ? cpu.TotalMicroseconds / operations : null;

    /// <summary>CPU time the server process used per operation, when it runs apart and is tracked.</summary>
    public double? ServerCpuMicrosecondsPerOperation { get; } = serverCpu is { } cpu && operations > 0 ? cpu.TotalMicroseconds / operations : null;

    /// <summary>
    /// Open loop only: calls that came due while every stream the server allows on the connection was
    /// still unanswered, and so went out late. Each one says the server had fallen that far behind.
    /// </summary>
    public long StreamLimitWaits { get; init; }

    /// <summary>Successful operations per second of wall time.</summary>
    public double Rate => (Operations - Failures) / Elapsed.TotalSeconds;

    public double P50Milliseconds => Percentile(0.50);
    public double P99Milliseconds => Percentile(0.99);
    public double MaxMilliseconds => Percentile(1.0);

    public double AllocatedKilobytesPerOperation => Operations == 0 ? 0 : AllocatedBytes / 1024.0 / Operations;

    /// <summary>Nearest-rank percentile of the latencies, in milliseconds.</summary>
    public double Percentile(double fraction)
    {
        if (_sortedTicks.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(fraction * _sortedTicks.Length) - 1;
        return _sortedTicks[Math.Clamp(rank, 0, _sortedTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }

    private static long[] Sorted(long[] ticks)
    {
        Array.Sort(ticks);
        return ticks;
    }
}
