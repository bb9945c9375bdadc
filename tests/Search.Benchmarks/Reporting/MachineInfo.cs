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
            + $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}; server GC {System.Runtime.GCSettings.IsServerGC}; "
            + $"gen0 budget {Gen0Budget()} (the server it starts inherits it; `search-cli` runs without it, as `dotnet run` starts it).");
        Console.WriteLine();
    }

    /// <summary>Set by the server's and the benchmark's launch profiles; without `dotnet run` the runtime picks its own (a few MB here).</summary>
    public const string Gen0BudgetVariable = "DOTNET_GCgen0size";

    private static string Gen0Budget() =>
        Environment.GetEnvironmentVariable(Gen0BudgetVariable) is { } size ? $"{Gen0BudgetVariable}={size}" : "the runtime's default";

    private static string? ReadFirst(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':') + 1)..].Trim()).FirstOrDefault()
            : null;
}
