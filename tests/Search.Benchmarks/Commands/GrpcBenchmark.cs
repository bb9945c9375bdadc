using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Search.Benchmarks.Measuring;
using Search.Benchmarks.Measuring.Http2;
using Search.Benchmarks.Reporting;
using Search.Contracts.V1;

namespace Search.Benchmarks.Commands;

/// <summary>
/// Rows 3 and 4 of the issue: end-to-end gRPC over loopback against the real server in its own process,
/// phrase searches beside an empty unary call (Health/Check, the transport's ceiling) at several
/// concurrency levels, one open-loop run at half the peak rate, and the server's resident memory.
/// </summary>
internal static class GrpcBenchmark
{
    public static async Task RunAsync(BenchmarkOptions options, Figures figures)
    {
        var phrases = PhraseSet.Load(options.Phrases).Phrases;
        ReutersIndex.Open(options).Dispose();
        await using var server = await ServerProcess.StartAsync(options.IndexPath, options.Corpus, options.ServerEnvironment, TimeSpan.FromSeconds(60));
        using var channel = GrpcChannel.ForAddress(server.Address);
        var search = new SearchService.SearchServiceClient(channel);
        var health = new Health.HealthClient(channel);
        var requests = phrases.Select(p => new SearchRequest { Phrase = p.Phrase, PageSize = 10 }).ToArray();
        var leanRequests = requests.Select(r => r.ToByteArray()).ToArray();
        var idle = ProcessMemory.Read(server.Id);

        // One untimed pass warms both processes and checks every answer.
        var exact = 0;
        for (var i = 0; i < requests.Length; i++)
        {
            var response = await search.SearchAsync(requests[i]);
            exact += response.TotalSize == phrases[i].Count ? 1 : 0;
            await health.CheckAsync(new HealthCheckRequest());
        }

        var table = LoadRows.NewTable();
        foreach (var concurrency in options.Concurrency)
        {
            CpuUsage.WaitForQuiet(options.QuietPatience);
            var empty = await AsyncLoad.RunAsync(concurrency, options.Duration, (_, _) => CheckAsync(health), server.Id);
            LoadRows.Add(table, "empty unary (Health/Check)", concurrency, empty, $"transport ceiling; {CpuPerCall(empty)}");
            CpuUsage.WaitForQuiet(options.QuietPatience);
            var searched = await AsyncLoad.RunAsync(concurrency, options.Duration,
                (caller, i) => SearchAsync(search, requests[(i + caller * 61) % requests.Length]), server.Id);
            figures.GrpcPhraseRate[concurrency] = searched.Rate;
            figures.GrpcFailures += searched.Failures + empty.Failures;
            LoadRows.Add(table, "phrase, top 10 + text + highlights", concurrency, searched, string.Join("; ", new[] { Beside(figures, concurrency, searched.Rate), CpuPerCall(searched) }.Where(n => n.Length > 0)));
            CpuUsage.WaitForQuiet(options.QuietPatience);
            var leanEmpty = LeanGrpcLoad.Run(server.Address, HealthCheckPath, [[]], (_, message) => IsServing(message), concurrency, options.Duration, server.Id);
            LoadRows.Add(table, "empty unary, lean client", concurrency, leanEmpty, $"transport ceiling; {CpuPerCall(leanEmpty)}");
            CpuUsage.WaitForQuiet(options.QuietPatience);
            var leanSearched = LeanGrpcLoad.Run(server.Address, SearchPath, leanRequests,
                (request, message) => HasTotal(message, phrases[request].Count), concurrency, options.Duration, server.Id);
            figures.LeanGrpcPhraseRate[concurrency] = leanSearched.Rate;
            figures.GrpcFailures += leanSearched.Failures + leanEmpty.Failures;
            LoadRows.Add(table, "phrase, lean client, total_size checked", concurrency, leanSearched, string.Join("; ", new[] { Beside(figures, concurrency, leanSearched.Rate), CpuPerCall(leanSearched) }.Where(n => n.Length > 0)));
            if (server.ExitReport() is { } died)
            {
                // Every later call would fail in microseconds and read as nonsense figures.
                Console.WriteLine(table);
                throw new InvalidOperationException(died);
            }
        }
        var peak = figures.GrpcPhraseRate.Values.Max();
        CpuUsage.WaitForQuiet(options.QuietPatience);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var clientGc = GcActivity.Start();
        var paced = await PacedLoad.RunAsync(peak / 2, options.Duration, i => SearchAsync(search, requests[i % requests.Length]), server.Id);
        figures.GrpcFailures += paced.Failures;
        // The client's own collections stall the schedule too; they are shown so a tail can be placed.
        var clientPauses = clientGc.Stop();
        LoadRows.Add(table, $"phrase, open loop at half the peak rate ({Format.Rate(peak / 2)}/s)", 0, paced,
            $"latency from scheduled start; slowest {Format.Milliseconds(paced.MaxMilliseconds)} ms; client {clientPauses.Gen0}/{clientPauses.Gen1}/{clientPauses.Gen2} GCs, paused {clientPauses.Paused.TotalMilliseconds:N0} ms");
        // The same with the lean client, which allocates next to nothing, so its own pauses do not read as the server's.
        var leanPeak = figures.LeanGrpcPhraseRate.Values.Max();
        CpuUsage.WaitForQuiet(options.QuietPatience);
        var leanPaced = LeanGrpcLoad.RunPaced(server.Address, SearchPath, leanRequests,
            (request, message) => HasTotal(message, phrases[request].Count),
            leanPeak / 2, options.Duration, server.Id);
        figures.GrpcHalfPeakP99Milliseconds = leanPaced.P99Milliseconds;
        figures.GrpcFailures += leanPaced.Failures;
        LoadRows.Add(table, $"phrase, lean client, open loop at half its peak rate ({Format.Rate(leanPeak / 2)}/s)", 0, leanPaced,
            $"latency from scheduled start (1 ms tick included); slowest {Format.Milliseconds(leanPaced.MaxMilliseconds)} ms; {LeanGrpcLoad.Waits(leanPaced)}; {CpuPerCall(leanPaced)}");

        // A phrase with a full page of hits, so the one repeated request is a typical answer.
        var typical = Enumerable.Range(0, phrases.Count).First(i => phrases[i].Count >= 10);
        var loaded = ProcessMemory.Read(server.Id);
        figures.ServerRssBytes = loaded?.Rss;
        Console.WriteLine($"## gRPC end to end on loopback ({server.Address}, server in its own process, {options.Seconds:0.#} s per row)");
        Console.WriteLine();
        Console.WriteLine($"Answers checked before timing: {exact}/{phrases.Count} phrase counts exact.");
        Console.WriteLine();
        Console.WriteLine(table);
        Console.WriteLine($"Server memory: VmRSS {Megabytes(idle?.Rss)} MB idle (index not yet opened), "
            + $"{Megabytes(loaded?.Rss)} MB after the load (peak VmHWM {Megabytes(loaded?.Peak)} MB).");
        Console.WriteLine();
        // After the memory reading, so the extra load does not count in it.
        H2LoadCrossCheck.Run(server, SearchPath, leanRequests[typical],
            message => HasTotal(message, phrases[typical].Count),
            options.Concurrency.Max(), options);
    }

    internal const string SearchPath = "/search.v1.SearchService/Search";
    private const string HealthCheckPath = "/grpc.health.v1.Health/Check";

    /// <summary>Whether a serialised SearchResponse says <paramref name="count"/> paragraphs matched (the rest is not parsed).</summary>
    internal static bool HasTotal(ReadOnlySpan<byte> message, long count) =>
        (long)ProtoFields.Varint(message, SearchResponse.TotalSizeFieldNumber) == count;

    private static bool IsServing(ReadOnlySpan<byte> message) =>
        ProtoFields.Varint(message, HealthCheckResponse.StatusFieldNumber) == (ulong)HealthCheckResponse.Types.ServingStatus.Serving;

    private static async Task<bool> SearchAsync(SearchService.SearchServiceClient client, SearchRequest request)
    {
        try
        {
            // Grpc.Net.Client throws for any grpc-status other than 0 (OK), so returning means success.
            await client.SearchAsync(request).ConfigureAwait(false);
            return true;
        }
        catch (RpcException)
        {
            return false;
        }
    }

    private static async Task<bool> CheckAsync(Health.HealthClient client)
    {
        try
        {
            var response = await client.CheckAsync(new HealthCheckRequest()).ConfigureAwait(false);
            return response.Status == HealthCheckResponse.Types.ServingStatus.Serving;
        }
        catch (RpcException)
        {
            return false;
        }
    }

    private static string Beside(Figures figures, int concurrency, double rate) =>
        figures.InProcessRateFor(concurrency) is { } inProcess
            ? $"{Format.Percent(rate / inProcess.Rate)} of in-process at {inProcess.Threads} thread(s)"
            : "";

    // The client shares the 2 cores with the server: its CPU per call is what the server did not get.
    private static string CpuPerCall(LoadResult result) =>
        $"CPU per call: server {result.ServerCpuMicrosecondsPerOperation:N0} µs, client {result.CpuMicrosecondsPerOperation:N0} µs";

    private static string Megabytes(long? bytes) => bytes is { } b ? Format.Megabytes(b) : "n/a";
}
