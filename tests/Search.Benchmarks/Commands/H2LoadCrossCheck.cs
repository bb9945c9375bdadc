using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Search.Benchmarks.Measuring;
using Search.Benchmarks.Measuring.Http2;
using Search.Benchmarks.Reporting;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Sets the lean client beside h2load (Debian nghttp2-client), the load generator the issue names,
/// on the one request h2load can send (it posts the same body every time), so anyone can see the
/// lean client measures the server as h2load would. h2load counts HTTP 200 as success and reads no
/// grpc-status; the lean client's row checks both.
/// </summary>
internal static partial class H2LoadCrossCheck
{
    public static void Run(ServerProcess server, string path, byte[] message, Func<ReadOnlySpan<byte>, bool> accept, int concurrency, BenchmarkOptions options)
    {
        Console.WriteLine($"### Cross-check: the lean client beside h2load, one request repeated, {concurrency} calls on one connection");
        Console.WriteLine();
        var table = new MarkdownTable("client", "q/s", "calls", "failed", "CPU per call: server / client µs", "note");
        CpuUsage.WaitForQuiet(options.QuietPatience);
        var lean = LeanGrpcLoad.Run(server.Address, path, [message], (_, answer) => accept(answer), concurrency, options.Duration, server.Id);
        table.Add("lean client", Format.Rate(lean.Rate), Format.Count(lean.Operations), Format.Count(lean.Failures),
            $"{lean.ServerCpuMicrosecondsPerOperation:N0} / {lean.CpuMicrosecondsPerOperation:N0}", "grpc-status and message checked");
        CpuUsage.WaitForQuiet(options.QuietPatience);
        table.Add(H2Load(server, path, message, concurrency, options.Duration));
        Console.WriteLine(table);
    }

    private static string[] H2Load(ServerProcess server, string path, byte[] message, int concurrency, TimeSpan duration)
    {
        var body = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(body, LeanGrpcLoad.Framed(message));
            // bash's `time` reports the child's CPU after it has exited, which .NET can no longer read.
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[]
            {
                "-c", "TIMEFORMAT='cpu %U %S'; time h2load \"$@\"", "h2load",
                // h2load takes whole numbers with a unit.
                "--duration", $"{(long)duration.TotalMilliseconds}ms", "--warm-up-time", "1",
                "--clients", "1", "--max-concurrent-streams", concurrency.ToString(CultureInfo.InvariantCulture), "--threads", "1",
                "--data", body, "--header", "content-type: application/grpc", "--header", "te: trailers",
                new Uri(server.Address, path).ToString(),
            })
            {
                start.ArgumentList.Add(argument);
            }
            start.Environment["LC_ALL"] = "C"; // bash's `time` prints the locale's decimal separator
            var serverCpu = CpuUsage.ProcessTime(server.Id);
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            var printed = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            serverCpu = CpuUsage.ProcessTime(server.Id) - serverCpu;
            if (process.ExitCode == 127)
            {
                return ["h2load", "", "", "", "", "not installed (Debian nghttp2-client); skipped"];
            }
            var clientCpu = Cpu().Match(errors.Result) is { Success: true } time
                ? TimeSpan.FromSeconds(double.Parse(time.Groups["user"].Value, CultureInfo.InvariantCulture) + double.Parse(time.Groups["system"].Value, CultureInfo.InvariantCulture))
                : (TimeSpan?)null;
            if (Finished().Match(printed) is not { Success: true } finished || Requests().Match(printed) is not { Success: true } requests)
            {
                return ["h2load", "", "", "", "", $"unreadable output (exit {process.ExitCode}): {errors.Result.Trim()}"];
            }
            var done = long.Parse(requests.Groups["done"].Value, CultureInfo.InvariantCulture);
            var failed = done - long.Parse(requests.Groups["succeeded"].Value, CultureInfo.InvariantCulture);
            // The server's CPU includes the warm-up second, so it is shared over the warm-up's calls too (at the timed rate).
            var rate = double.Parse(finished.Groups["rate"].Value, CultureInfo.InvariantCulture);
            var serverCalls = done + rate;
            return ["h2load", Format.Rate(rate), Format.Count(done), Format.Count(failed),
                $"{serverCpu.TotalMicroseconds / serverCalls:N0} / {(clientCpu is { } cpu ? (cpu.TotalMicroseconds / serverCalls).ToString("N0", CultureInfo.InvariantCulture) : "n/a")}", "HTTP status only; CPU over the timed and warm-up calls"];
        }
        finally
        {
            File.Delete(body);
        }
    }

    [GeneratedRegex(@"cpu (?<user>[\d.]+) (?<system>[\d.]+)")]
    private static partial Regex Cpu();

    [GeneratedRegex(@"finished in [\d.]+m?s, (?<rate>[\d.]+) req/s")]
    private static partial Regex Finished();

    [GeneratedRegex(@"requests: \d+ total, \d+ started, (?<done>\d+) done, (?<succeeded>\d+) succeeded")]
    private static partial Regex Requests();
}
