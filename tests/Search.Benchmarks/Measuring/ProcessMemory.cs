namespace Search.Benchmarks.Measuring;

/// <summary>Resident memory of a process as Linux counts it (<c>/proc/PID/status</c>).</summary>
internal static class ProcessMemory
{
    /// <summary>Resident set size now (VmRSS) and its peak (VmHWM), in bytes; null where /proc is missing.</summary>
    public static (long Rss, long Peak)? Read(int processId)
    {
        var path = $"/proc/{processId}/status";
        if (!File.Exists(path))
        {
            return null;
        }
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) * 1024;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) * 1024;
            }
        }
        return (rss, peak);
    }

    // "VmRSS:	  123456 kB"
    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().TrimEnd("kB").Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
