using System.Diagnostics;
using System.Text.Json;
using Grpc.Net.Client;
using Search.Cli.Commands;
using Search.Contracts.V1;

namespace Search.Cli.Chaos;

/// <summary>
/// `chaos`: runs the real server on a corpus under concurrent searches, upserts and rebuilds, kills it
/// with SIGKILL at random moments, restarts it, and checks that every acknowledged upsert is there and
/// no search failed while the process was up. Ends with a one-line summary.
/// </summary>
internal static class ChaosCommand
{
    private const string AdminToken = "chaos-admin-token";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Options(args, ["corpus", "rounds", "phrases", "work", "port", "server"]);
        var corpus = Path.GetFullPath(options.Require("corpus"));
        var rounds = int.Parse(options.Get("rounds") ?? "20", System.Globalization.CultureInfo.InvariantCulture);
        var work = Path.GetFullPath(options.Get("work") ?? Path.Combine(Path.GetTempPath(), "search-chaos"));
        var serverDll = Path.GetFullPath(options.Get("server") ?? DefaultServerDll());
        var address = $"http://127.0.0.1:{options.Get("port") ?? "5077"}";
        var phrases = LoadPhrases(options.Get("phrases"));
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
        Directory.CreateDirectory(work);

        var ledger = new ChaosLedger();
        using var server = new ServerProcess(serverDll, address,
            [$"--Search:SeedsPath={corpus}", $"--Search:IndexPath={Path.Combine(work, "index")}", $"--Search:AdminToken={AdminToken}"],
            Path.Combine(work, "server.log"));
        Console.Error.WriteLine($"first start (builds the index from {corpus}) ...");
        Console.Error.WriteLine($"serving after {(await server.StartAsync(cancellationToken)).TotalSeconds:F1} s");

        var random = new Random(20261127);
        long lost = 0, kills = 0;
        var downtimes = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            using var channel = GrpcChannel.ForAddress(address);
            using var killed = new CancellationTokenSource();
            // In 40 % of rounds a rebuild runs; half of those last long enough for it to finish
            // (so upserts acknowledged after it are owed), half kill it part-way.
            var rebuild = random.NextDouble() < 0.4;
            var workload = new ChaosWorkload(channel, ledger, phrases, AdminToken, round).RunAsync(rebuild, killed.Token);
            await Task.Delay(rebuild && random.NextDouble() < 0.5 ? random.Next(20_000, 40_000) : random.Next(300, 4_000), cancellationToken);
            var killedAt = ChaosLedger.Now;
            killed.Cancel();
            server.Kill();
            kills++;
            ledger.ProcessKilled(killedAt);
            await workload;

            downtimes.Add((await server.StartAsync(cancellationToken)).TotalSeconds);
            var stats = await new IndexService.IndexServiceClient(channel).GetIndexStatsAsync(new GetIndexStatsRequest(), cancellationToken: cancellationToken);
            ledger.ResolveKilledRebuild(stats.BuiltAt?.ToDateTimeOffset());
            var missing = await CountMissingAsync(channel, ledger, cancellationToken);
            lost += missing;
            Console.Error.WriteLine($"round {round}: killed, back after {downtimes[^1]:F1} s, owed upserts missing: {missing}");
        }
        server.Kill();

        Console.WriteLine($"rounds={rounds} kills={kills} searches={ledger.Searches} failed={ledger.SearchesFailed} " +
            $"during_downtime={ledger.SearchesDuringDowntime} upserts_acked={ledger.UpsertsAcknowledged} owed={ledger.Owed().Count()} " +
            $"rebuilds_acked={ledger.RebuildsAcknowledged} rebuilds_refused={ledger.RebuildsRefused} " +
            $"rebuilds_killed_committed={ledger.RebuildsKilledCommitted} rebuilds_killed_rolled_back={ledger.RebuildsKilledRolledBack} lost={lost} " +
            $"restart_avg_s={downtimes.Average():F2}");
        return ledger.SearchesFailed == 0 && lost == 0 ? 0 : 1;
    }

    private static async Task<long> CountMissingAsync(GrpcChannel channel, ChaosLedger ledger, CancellationToken cancellationToken)
    {
        var client = new SearchService.SearchServiceClient(channel);
        long missing = 0;
        foreach (var (id, title) in ledger.Owed())
        {
            try
            {
                var article = await client.GetArticleAsync(new GetArticleRequest { ArticleId = id }, cancellationToken: cancellationToken);
                if (article.Title != title)
                {
                    missing++;
                }
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
                missing++;
                Console.Error.WriteLine($"lost: {id}");
            }
        }
        return missing;
    }

    private static List<string> LoadPhrases(string? path)
    {
        if (path is null)
        {
            return ["according to", "the company", "oil prices", "interest rates", "said it", "chaos article"];
        }
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("phrases").EnumerateArray().Select(p => p.GetProperty("phrase").GetString()!).ToList();
    }

    private static string DefaultServerDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Search.sln")))
        {
            directory = directory.Parent;
        }
        var root = directory?.FullName ?? throw new ArgumentException("--server is required outside the repository");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(root, "src", "Search.Server", "bin", configuration, "net10.0", "Search.Server.dll");
    }
}
