using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Search.Benchmarks.Measuring;

/// <summary>
/// The real Search.Server binary in a process of its own, on a free loopback port, so its memory is its
/// own and the figures include everything a deployed server does. Disposing stops it.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private const int KeptLogLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _lastLines;

    private ServerProcess(Process process, Uri address, Queue<string> lastLines)
    {
        _process = process;
        Address = address;
        _lastLines = lastLines;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>Why the server is gone, with its last log lines; null while it runs.</summary>
    public string? ExitReport()
    {
        if (!_process.HasExited)
        {
            return null;
        }
        lock (_lastLines)
        {
            return $"the server exited with code {_process.ExitCode}; its last lines:{Environment.NewLine}{string.Join(Environment.NewLine, _lastLines)}";
        }
    }

    /// <summary>Starts the server built beside this program and waits until Kestrel says where it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string indexPath, string seedsPath, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var serverDll = Path.Combine(AppContext.BaseDirectory, "Search.Server.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "exec", serverDll,
            "--urls", "http://127.0.0.1:0",
            $"--Search:IndexPath={indexPath}",
            $"--Search:SeedsPath={seedsPath}",
            // Quiet, except for the line that tells the port.
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lastLines = new Queue<string>();
        // Both pipes are drained for the server's whole life so it never blocks writing a log line.
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }
            Keep(lastLines, line);
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Keep(lastLines, line);
                Console.Error.WriteLine($"[server] {line}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the server exited with code {process.ExitCode}"));
        try
        {
            var address = await listening.Task.WaitAsync(timeout).ConfigureAwait(false);
            return new ServerProcess(process, address, lastLines);
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Stop(_process);
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private static void Keep(Queue<string> lines, string line)
    {
        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > KeptLogLines)
            {
                lines.Dequeue();
            }
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill();
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
