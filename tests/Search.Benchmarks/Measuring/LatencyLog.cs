namespace Search.Benchmarks.Measuring;

/// <summary>
/// Latencies of one worker in a growable array: no locking and no boxing while the load runs.
/// Not thread-safe: one per worker, merged afterwards.
/// </summary>
internal sealed class LatencyLog
{
    private long[] _ticks;

    /// <param name="expected">Latencies expected, so a long run does not grow the array while it is timed.</param>
    public LatencyLog(int expected = 16_384)
    {
        _ticks = new long[Math.Max(expected, 1)];
    }

    public int Count { get; private set; }

    public long Failures { get; private set; }

    public void Add(long ticks)
    {
        if (Count == _ticks.Length)
        {
            Array.Resize(ref _ticks, _ticks.Length * 2);
        }
        _ticks[Count++] = ticks;
    }

    public void Fail(long ticks)
    {
        Failures++;
        Add(ticks);
    }

    public static long[] Merge(IEnumerable<LatencyLog> logs)
    {
        var all = new List<long>();
        foreach (var log in logs)
        {
            all.AddRange(log._ticks.AsSpan(0, log.Count));
        }
        return [.. all];
    }
}
