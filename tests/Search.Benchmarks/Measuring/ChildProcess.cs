using System.Diagnostics;

namespace Search.Benchmarks.Measuring;

/// <summary>Runs a program to its end (the Java peer, its compiler, `search-cli`) and returns what it printed.</summary>
internal static class ChildProcess
{
    /// <summary>Standard output of <paramref name="program"/>; throws with its standard error if it exits other than 0.</summary>
    public static string Run(string program, params string[] arguments) => RunWithout([], program, arguments);

    /// <summary>As <see cref="Run"/>, with these variables taken out of the environment the child inherits.</summary>
    public static string RunWithout(IReadOnlyCollection<string> unset, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in unset)
        {
            start.Environment.Remove(name);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // Both pipes drain at once, so a child that writes much to either never blocks.
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {errors.Result}");
        }
        return output;
    }
}
