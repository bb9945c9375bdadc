using Search.Benchmarks.Measuring;

namespace Search.Benchmarks.Reporting;

/// <summary>The columns every throughput table shares, filled from a <see cref="LoadResult"/>.</summary>
internal static class LoadRows
{
    public static MarkdownTable NewTable() =>
        new("measurement", "parallel", "q/s", "p50 ms", "p99 ms", "calls", "failed", "note");

    public static void Add(MarkdownTable table, string measurement, int parallel, LoadResult result, string note = "") =>
        table.Add(
            measurement,
            parallel.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Format.Rate(result.Rate),
            Format.Milliseconds(result.P50Milliseconds),
            Format.Milliseconds(result.P99Milliseconds),
            Format.Count(result.Operations),
            Format.Count(result.Failures),
            note);
}
