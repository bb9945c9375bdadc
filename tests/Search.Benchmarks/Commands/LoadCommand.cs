using Google.Protobuf;
using Search.Benchmarks.Measuring;
using Search.Benchmarks.Measuring.Http2;
using Search.Benchmarks.Reporting;
using Search.Contracts.V1;

namespace Search.Benchmarks.Commands;

/// <summary>
/// The lean client's phrase load against a server started by hand, so the server can be watched
/// (`perf record`, dotnet-counters) under the same load as the `grpc` rows, closed loop at each
/// --concurrency and, with --rate, open loop at that many calls a second. Server CPU is not read.
/// </summary>
internal static class LoadCommand
{
    public static void Run(BenchmarkOptions options)
    {
        var address = options.Address ?? throw new ArgumentException("load needs --address http://HOST:PORT of a running server");
        // Read before any load runs, so a mistyped rate fails at once rather than after the closed-loop rows.
        var openLoopRate = options.Rate;
        var phrases = PhraseSet.Load(options.Phrases).Phrases;
        var requests = phrases.Select(p => new SearchRequest { Phrase = p.Phrase, PageSize = 10 }.ToByteArray()).ToArray();
        var table = LoadRows.NewTable();
        foreach (var concurrency in options.Concurrency)
        {
            var result = LeanGrpcLoad.Run(address, GrpcBenchmark.SearchPath, requests,
                (request, message) => GrpcBenchmark.HasTotal(message, phrases[request].Count),
                concurrency, options.Duration);
            LoadRows.Add(table, "phrase, lean client, total_size checked", concurrency, result, $"client CPU {result.CpuMicrosecondsPerOperation:N0} µs per call");
        }
        if (openLoopRate is { } rate)
        {
            var paced = LeanGrpcLoad.RunPaced(address, GrpcBenchmark.SearchPath, requests,
                (request, message) => GrpcBenchmark.HasTotal(message, phrases[request].Count), rate, options.Duration);
            LoadRows.Add(table, $"phrase, lean client, open loop at {Format.Rate(rate)}/s", 0, paced,
                $"latency from scheduled start (1 ms tick included); slowest {Format.Milliseconds(paced.MaxMilliseconds)} ms; {LeanGrpcLoad.Waits(paced)}");
        }
        Console.WriteLine(table);
    }
}
