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
        var log = new LatencyLog();
        var logLock = new Lock();
        using var slots = new SemaphoreSlim(MaxInFlight);
        var calls = new List<Task>(total);
        var cpu = CpuUsage.Start(ourProcessIds);
        var stopwatch = Stopwatch.StartNew();
        var origin = Stopwatch.GetTimestamp();
        for (var i = 0; i < total; i++)
        {
            var due = origin + (long)(i * interval);
            var wait = due - Stopwatch.GetTimestamp();
            if (wait > Stopwatch.Frequency / 500)
            {
                // Sleep for all but the last 2 ms, then spin: timers on Linux fire about 1 ms late.
                await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency - 0.002)).ConfigureAwait(false);
            }
            while (Stopwatch.GetTimestamp() < due)
            {
                Thread.SpinWait(20);
            }
            await slots.WaitAsync().ConfigureAwait(false);
            var iteration = i;
            calls.Add(Task.Run(async () =>
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
            }));
        }
        await Task.WhenAll(calls).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;
        return new LoadResult(log.Count, log.Failures, elapsed, LatencyLog.Merge([log]), othersCpuFraction: cpu.OthersFraction());
    }
}
