namespace Search.Benchmarks.Measuring;

/// <summary>
/// Garbage collections and the time the runtime paused threads for them over a span of time, in this
/// process: where latency percentiles have a long tail, this says whether the collector is the cause.
/// </summary>
internal sealed record GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Paused, TimeSpan Elapsed)
{
    /// <summary>Share of wall time during which the runtime had threads paused for a collection.</summary>
    public double PausedFraction => Elapsed > TimeSpan.Zero ? Paused / Elapsed : 0;

    public override string ToString() =>
        $"GC {Gen0}/{Gen1}/{Gen2}, paused {PausedFraction:P0}";

    public static Tracker Start() => new();

    /// <summary>Counts from when it was created until <see cref="Stop"/>.</summary>
    internal sealed class Tracker
    {
        private readonly int _gen0 = GC.CollectionCount(0);
        private readonly int _gen1 = GC.CollectionCount(1);
        private readonly int _gen2 = GC.CollectionCount(2);
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
        private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();

        public GcActivity Stop() => new(
            GC.CollectionCount(0) - _gen0,
            GC.CollectionCount(1) - _gen1,
            GC.CollectionCount(2) - _gen2,
            GC.GetTotalPauseDuration() - _paused,
            System.Diagnostics.Stopwatch.GetElapsedTime(_started));
    }
}
