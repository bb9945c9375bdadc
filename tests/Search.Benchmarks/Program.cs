using Search.Benchmarks;
using Search.Benchmarks.Commands;
using Search.Benchmarks.Reporting;

var command = args.FirstOrDefault();
var options = new BenchmarkOptions(args.Skip(1).ToArray());
var figures = new Figures();
MachineInfo.Print();
try
{
    switch (command)
    {
        case "build":
            BuildBenchmark.Run(options, figures);
            break;
        case "inprocess":
            InProcessBenchmark.Run(options, figures);
            break;
        case "grpc":
            await GrpcBenchmark.RunAsync(options, figures);
            break;
        case "java":
            JavaPeer.Run(options, figures);
            break;
        case "all":
            JavaPeer.Run(options, figures);
            BuildBenchmark.Run(options, figures);
            InProcessBenchmark.Run(options, figures);
            await GrpcBenchmark.RunAsync(options, figures);
            Targets.Print(figures);
            break;
        case "serving":
            InProcessBenchmark.Run(options, figures);
            await GrpcBenchmark.RunAsync(options, figures);
            Targets.Print(figures);
            break;
        case "load":
            LoadCommand.Run(options);
            break;
        case "profile":
            ProfileCommand.Run(options);
            break;
        case "micro":
            MicroCommand.Run(options);
            break;
        default:
            Console.Error.WriteLine("""
            usage: Search.Benchmarks COMMAND [--corpus DIR] [--phrases FILE] [--index DIR] [--seconds N]
                                             [--build-runs N] [--cold-build-runs N] [--concurrency 1,2,4,8,16]
              build      time the Reuters index build (units/s, allocations, peak memory)
              inprocess  ParagraphSearcher.Search throughput and latency, 1 and 2 threads (phrases also at each --concurrency)
              grpc       end-to-end gRPC against the real server in its own process (Grpc.Net.Client and a lean
                         HTTP/2 client, beside h2load if installed), and its memory
              java       Java Lucene 4.10 on the same units and phrases (peers/LucenePeer.java), if installed
              all        java, build, inprocess and grpc, then the issue's targets against this run's Java
              serving    inprocess and grpc, then the targets they measure (the service layer's share)
              load       phrase searches with the lean client against --address URL for --seconds at each
                         --concurrency, and open loop at --rate calls/s if given (drives a server someone is profiling)
              profile    where the time goes: build and phrase search taken apart stage by stage
              micro      BenchmarkDotNet [MemoryDiagnoser] of single searches (allocations per query)
            """);
            return 2;
    }
}
catch (Exception e) when (e is InvalidOperationException or ArgumentException)
{
    // A benchmark that cannot finish says why and fails, rather than printing figures that mean nothing.
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
return 0;
