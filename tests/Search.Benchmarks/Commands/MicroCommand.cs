using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Search.Benchmarks.Micro;

namespace Search.Benchmarks.Commands;

/// <summary>Runs the BenchmarkDotNet micro-benchmarks in this process (no child build), short job.</summary>
internal static class MicroCommand
{
    public static void Run(BenchmarkOptions options)
    {
        ReutersIndex.Open(options).Dispose();
        Environment.SetEnvironmentVariable(PhraseSearchBenchmarks.IndexPathVariable, options.IndexPath);
        // In-process emit: no separate project to generate and compile, which takes minutes on 2 cores.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkRunner.Run<PhraseSearchBenchmarks>(config);
    }
}
