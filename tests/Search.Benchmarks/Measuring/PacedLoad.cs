using System.Diagnostics;

namespace Search.Benchmarks.Measuring;

/// <summary>
/// Open-loop load at a fixed rate: calls start on a schedule whether or not earlier ones have answered,
/// and each latency counts from the scheduled start, so a stall shows in the percentiles instead of
/// silently lowering the rate (no coordinated omission).
/// </summary>
internal static class PacedLoad
{
    /// <summary>Most calls in flight at once; past this the schedule waits, which the latencies then show.</summary>
    private const int MaxInFlight = 256;

    public static async Task<LoadResult> RunAsync(double ratePerSecond, TimeSpan duration, Func<int, Task<bool>> operation, params int[] ourProcessIds)
    {
        var total = (int)(ratePerSecond * duration.TotalSeconds);
        var interval = Stopwatch.Frequency / ratePerSecond;
        var log = new LatencyLog(total);
        var logLock = new Lock();
        using var slots = new SemaphoreSlim(MaxInFlight);
        var calls = new List<Task>(total);
        // The load generator's own collections would stall the schedule and read as server latency
        // (seen: one blocking gen2 collection of 53 ms put p99 at 37.7 ms). So while it runs, full
        // collections may only happen in the background; callers start it from a compacted heap.
        var latencyMode = System.Runtime.GCSettings.LatencyMode;
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        var cpu = CpuUsage.Start(ourProcessIds);
        var stopwatch = Stopwatch.StartNew();
        var origin = Stopwatch.GetTimestamp();
        // A dedicated thread keeps the schedule: it starts every call that is due, then sleeps about a
        // millisecond. Sleeping rather than spinning leaves the cores to the server, and a thread of its
        // own is not delayed behind the thread pool's queue; a call started late has the delay in its latency.
        var pacer = new Thread(() =>
        {
            var next = 0;
            while (next < total)
            {
                var now = Stopwatch.GetTimestamp();
                for (; next < total && origin + (long)(next * interval) <= now; next++)
                {
                    slots.Wait();
                    calls.Add(Call(operation, next, origin + (long)(next * interval), log, logLock, slots));
                }
                Thread.Sleep(1);
            }
        })
        { IsBackground = true, Name = "pacer" };
        pacer.Start();
        await Task.Run(pacer.Join).ConfigureAwait(false);
        await Task.WhenAll(calls).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;
        System.Runtime.GCSettings.LatencyMode = latencyMode;
        return new LoadResult(log.Count, log.Failures, elapsed, LatencyLog.Merge([log]), othersCpuFraction: cpu.OthersFraction());
    }

    private static async Task Call(Func<int, Task<bool>> operation, int iteration, long due, LatencyLog log, Lock logLock, SemaphoreSlim slots)
    {
        try
        {
            var ok = await operation(iteration).ConfigureAwait(false);
            var took = Stopwatch.GetTimestamp() - due;
            lock (logLock)
            {
                if (ok)
                {
                    log.Add(took);
                }
                else
                {
                    log.Fail(took);
                }
            }
        }
        finally
        {
            slots.Release();
        }
    }
}
