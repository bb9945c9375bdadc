using System.Globalization;

namespace Search.Benchmarks.Reporting;

/// <summary>Number formats used in every table, so figures read the same everywhere.</summary>
internal static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Rate(double perSecond) => perSecond.ToString("N0", Invariant);

    public static string Milliseconds(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", Invariant);

    public static string Seconds(double seconds) => seconds.ToString("0.00", Invariant);

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N0", Invariant);

    public static string Count(long count) => count.ToString("N0", Invariant);

    public static string Percent(double fraction) => fraction.ToString("P0", Invariant);

    /// <summary>For a ratio checked against a line, so 69.6 % never prints as the 70 % it misses.</summary>
    public static string PreciseRatio(double fraction) => fraction.ToString("P1", Invariant);

    public static string Kilobytes(double kb) => kb.ToString("N1", Invariant);
}
