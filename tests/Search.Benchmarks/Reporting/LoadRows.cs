using Search.Benchmarks.Measuring;

namespace Search.Benchmarks.Reporting;

/// <summary>The columns every throughput table shares, filled from a <see cref="LoadResult"/>.</summary>
internal static class LoadRows
{
    public static MarkdownTable NewTable() =>
        new("measurement", "parallel", "q/s", "p50 ms", "p99 ms", "calls", "failed", "other processes' CPU", "note");

    public static void Add(MarkdownTable table, string measurement, int parallel, LoadResult result, string note = "") =>
        table.Add(
            measurement,
            // 0 marks an open-loop row: calls start on a schedule, not when a caller is free.
            parallel > 0 ? parallel.ToString(System.Globalization.CultureInfo.InvariantCulture) : "open loop",
            Format.Rate(result.Rate),
            Format.Milliseconds(result.P50Milliseconds),
            Format.Milliseconds(result.P99Milliseconds),
            Format.Count(result.Operations),
            Format.Count(result.Failures),
            Format.Percent(result.OthersCpuFraction),
            note);
}
