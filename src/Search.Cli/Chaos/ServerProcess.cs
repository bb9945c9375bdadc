using System.Diagnostics;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Search.Cli.Chaos;

/// <summary>The real server as a child process that can be killed with SIGKILL and started again. Not thread-safe.</summary>
internal sealed class ServerProcess(string serverDll, string address, IReadOnlyList<string> serverArgs, string logPath) : IDisposable
{
    private Process? _process;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Starts the server and waits until its health check says SERVING; returns how long that took.</summary>
    public async Task<TimeSpan> StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])[serverDll, "--urls", address, .. serverArgs])
        {
            info.ArgumentList.Add(arg);
        }
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var channel = GrpcChannel.ForAddress(address);
        var health = new Health.HealthClient(channel);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with code {_process.ExitCode}; see {logPath}");
            }
            try
            {
                var reply = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2), cancellationToken: cancellationToken);
                if (reply.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return started.Elapsed;
                }
            }
            catch (Grpc.Core.RpcException)
            {
                // Not listening yet.
            }
            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or an OOM kill.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
    }
}
