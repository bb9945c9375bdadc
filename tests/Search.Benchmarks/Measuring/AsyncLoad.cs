using System.Diagnostics;

namespace Search.Benchmarks.Measuring;

/// <summary>Closed-loop load of concurrent asynchronous calls, for gRPC: each caller waits for its answer before the next call.</summary>
internal static class AsyncLoad
{
    /// <summary>
    /// Keeps <paramref name="concurrency"/> calls of <paramref name="operation"/> in flight for
    /// <paramref name="duration"/>. It gets (caller, iteration) and returns false on failure.
    /// </summary>
    public static async Task<LoadResult> RunAsync(int concurrency, TimeSpan duration, Func<int, int, Task<bool>> operation, params int[] ourProcessIds)
    {
        var logs = Enumerable.Range(0, concurrency).Select(_ => new LatencyLog()).ToArray();
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var cpu = CpuUsage.Start(ourProcessIds);
        var clientCpu = Environment.CpuUsage.TotalTime;
        var serverCpu = CpuUsage.ProcessTime(ourProcessIds);
        var stopwatch = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, concurrency).Select(caller => Task.Run(async () =>
        {
            var log = logs[caller];
            for (var i = 0; Stopwatch.GetTimestamp() < deadline; i++)
            {
                var began = Stopwatch.GetTimestamp();
                var ok = await operation(caller, i).ConfigureAwait(false);
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
        }));
        await Task.WhenAll(callers).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed;
        return new LoadResult(logs.Sum(l => (long)l.Count), logs.Sum(l => l.Failures), elapsed, LatencyLog.Merge(logs), othersCpuFraction: cpu.OthersFraction(),
            processCpu: Environment.CpuUsage.TotalTime - clientCpu,
            serverCpu: CpuUsage.ProcessTime(ourProcessIds) - serverCpu);
    }
}
