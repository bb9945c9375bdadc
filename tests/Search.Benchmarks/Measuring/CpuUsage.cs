using System.Globalization;

namespace Search.Benchmarks.Measuring;

/// <summary>
/// CPU time of the whole machine and of our own processes, from /proc. The benchmark machine may be
/// shared with other work; what other processes took while a row ran is printed beside it, so a figure
/// measured on a busy machine is never mistaken for a clean one.
/// </summary>
internal sealed class CpuUsage
{
    private readonly int[] _ours;
    private readonly (long Busy, long Total) _machine;
    private readonly long _oursTicks;

    private CpuUsage(int[] ours)
    {
        _ours = ours;
        _machine = Machine();
        _oursTicks = ours.Sum(ProcessTicks);
    }

    /// <summary>Starts counting; <paramref name="processIds"/> are ours besides this process (the server).</summary>
    public static CpuUsage Start(params int[] processIds) => new([Environment.ProcessId, .. processIds]);

    /// <summary>Share of all cores' time that processes other than ours were running, since the start.</summary>
    public double OthersFraction()
    {
        var (busy, total) = Machine();
        var totalDelta = total - _machine.Total;
        if (totalDelta <= 0)
        {
            return 0;
        }
        var others = busy - _machine.Busy - (_ours.Sum(ProcessTicks) - _oursTicks);
        return Math.Clamp((double)others / totalDelta, 0, 1);
    }

    /// <summary>Waits until other processes leave the machine mostly idle, or <paramref name="patience"/> runs out.</summary>
    /// <returns>The share other processes used in the last second waited.</returns>
    public static double WaitForQuiet(TimeSpan patience, double threshold = 0.10)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var usage = Start();
            Thread.Sleep(1000);
            var others = usage.OthersFraction();
            if (others <= threshold || DateTime.UtcNow >= deadline)
            {
                return others;
            }
        }
    }

    // The "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal ..., in clock ticks.
    private static (long Busy, long Total) Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }

    /// <summary>CPU time the processes have used so far, together.</summary>
    public static TimeSpan ProcessTime(IEnumerable<int> processIds) => processIds.Aggregate(TimeSpan.Zero, (sum, id) => sum + ProcessTime(id));

    /// <summary>CPU time a process (and its exited children) has used so far, user + system, from /proc; zero where that is missing.</summary>
    public static TimeSpan ProcessTime(int processId) => TimeSpan.FromSeconds(ProcessTicks(processId) / (double)ClockTicksPerSecond);

    // USER_HZ: Linux reports process times in 1/100 s on every architecture .NET runs on.
    private const int ClockTicksPerSecond = 100;

    // Fields 14 to 17 of /proc/PID/stat (utime, stime, and cutime, cstime: children that have exited
    // and been waited for, such as the Java peer), counted after the parenthesised command name.
    private static long ProcessTicks(int processId)
    {
        var path = $"/proc/{processId}/stat";
        if (!File.Exists(path))
        {
            return 0;
        }
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Skip(11).Take(4).Sum(field => long.Parse(field, CultureInfo.InvariantCulture));
    }
}
