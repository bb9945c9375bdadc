using System.Runtime.InteropServices;

namespace Search.Benchmarks.Reporting;

/// <summary>What the figures were measured on, printed first so a pasted table keeps its context.</summary>
internal static class MachineInfo
{
    public static void Print()
    {
        var model = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadFirst("/proc/meminfo", "MemTotal") ?? "unknown";
        Console.WriteLine($"# Search benchmarks, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {model}, MemTotal {memory}; "
            + $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; server GC {System.Runtime.GCSettings.IsServerGC}.");
        Console.WriteLine();
    }

    private static string? ReadFirst(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault()
            : null;
}
