using System.Diagnostics;

namespace Search.Benchmarks.Measuring;

/// <summary>Closed-loop load on dedicated threads, for in-process (synchronous) calls.</summary>
internal static class ThreadLoad
{
    /// <summary>
    /// Runs <paramref name="operation"/> back to back on <paramref name="threads"/> threads for
    /// <paramref name="duration"/>. It gets (worker, iteration) and returns false on failure.
    /// </summary>
    public static LoadResult Run(int threads, TimeSpan duration, Func<int, int, bool> operation)
    {
        var logs = Enumerable.Range(0, threads).Select(_ => new LatencyLog()).ToArray();
        var allocated = new long[threads];
        // Every thread starts timing at the same moment, so none runs alone at the start or the end.
        using var start = new Barrier(threads + 1);
        var deadlineTicks = 0L;
        var workers = Enumerable.Range(0, threads).Select(worker => new Thread(() =>
        {
            start.SignalAndWait();
            var log = logs[worker];
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; Stopwatch.GetTimestamp() < Volatile.Read(ref deadlineTicks); i++)
            {
                var began = Stopwatch.GetTimestamp();
                var ok = operation(worker, i);
                var took = Stopwatch.GetTimestamp() - began;
                if (ok)
                {
                    log.Add(took);
                }
                else
                {
                    log.Fail(took);
                }
            }
            allocated[worker] = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        })
        { IsBackground = true, Name = $"load-{worker}" }).ToArray();
        foreach (var thread in workers)
        {
            thread.Start();
        }
        var stopwatch = Stopwatch.StartNew();
        Volatile.Write(ref deadlineTicks, Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        start.SignalAndWait();
        stopwatch.Restart();
        var gc = GcActivity.Start();
        var cpu = CpuUsage.Start();
        var processCpu = Environment.CpuUsage.TotalTime;
        foreach (var thread in workers)
        {
            thread.Join();
        }
        var elapsed = stopwatch.Elapsed;
        return new LoadResult(logs.Sum(l => (long)l.Count), logs.Sum(l => l.Failures), elapsed, LatencyLog.Merge(logs), allocated.Sum(), gc.Stop(), cpu.OthersFraction(), Environment.CpuUsage.TotalTime - processCpu);
    }
}
