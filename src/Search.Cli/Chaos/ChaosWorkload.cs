using Grpc.Core;
using Grpc.Net.Client;
using Search.Contracts.V1;

namespace Search.Cli.Chaos;

/// <summary>Concurrent searches, upsert streams and rebuilds against the server, recorded in a <see cref="ChaosLedger"/>.</summary>
internal sealed class ChaosWorkload(GrpcChannel channel, ChaosLedger ledger, IReadOnlyList<string> phrases, string adminToken, int round)
{
    private readonly Metadata _admin = new() { { "authorization", "Bearer " + adminToken } };
    private int _upsertSequence;

    /// <summary>Runs until <paramref name="killed"/> fires; calls that end after it are downtime, not failures.</summary>
    public Task RunAsync(bool rebuild, CancellationToken killed)
    {
        var random = new Random(round);
        var workers = new List<Task> { SearchLoopAsync(random.Next(), killed), SearchLoopAsync(random.Next(), killed), UpsertLoopAsync(killed) };
        if (rebuild)
        {
            workers.Add(RebuildAsync(random.Next(200, 1500), killed));
        }
        return Task.WhenAll(workers);
    }

    private async Task SearchLoopAsync(int seed, CancellationToken killed)
    {
        var random = new Random(seed);
        var client = new SearchService.SearchServiceClient(channel);
        while (!killed.IsCancellationRequested)
        {
            var phrase = phrases[random.Next(phrases.Count)];
            try
            {
                await client.SearchAsync(new SearchRequest { Phrase = phrase }, deadline: DateTime.UtcNow.AddSeconds(10));
                Interlocked.Increment(ref ledger.Searches);
            }
            catch (RpcException) when (killed.IsCancellationRequested)
            {
                Interlocked.Increment(ref ledger.SearchesDuringDowntime);
            }
            catch (RpcException e)
            {
                Interlocked.Increment(ref ledger.SearchesFailed);
                Console.Error.WriteLine($"search failed while the server was up: {e.Status}");
            }
        }
    }

    private async Task UpsertLoopAsync(CancellationToken killed)
    {
        var client = new IndexService.IndexServiceClient(channel);
        while (!killed.IsCancellationRequested)
        {
            var batch = Enumerable.Range(0, 3).Select(_ => Interlocked.Increment(ref _upsertSequence)).Select(n => $"chaos-r{round}-u{n}").ToList();
            var sentAt = ChaosLedger.Now;
            try
            {
                using var call = client.UpsertArticles(_admin, deadline: DateTime.UtcNow.AddSeconds(60));
                foreach (var id in batch)
                {
                    await call.RequestStream.WriteAsync(new UpsertArticleRequest
                    {
                        ArticleId = id,
                        Title = Title(id),
                        Paragraphs = { $"Chaos article {id} was acknowledged by the server.", "It must survive any crash after that." },
                    });
                }
                await call.RequestStream.CompleteAsync();
                var response = await call;
                if (response.Added + response.Replaced == batch.Count)
                {
                    batch.ForEach(id => ledger.UpsertAcknowledged(id, Title(id), sentAt));
                }
            }
            catch (RpcException) when (killed.IsCancellationRequested)
            {
                // Not acknowledged: the process died first.
            }
            catch (InvalidOperationException) when (killed.IsCancellationRequested)
            {
                // The stream broke as the process died.
            }
        }
    }

    private async Task RebuildAsync(int delayMilliseconds, CancellationToken killed)
    {
        await Task.Delay(delayMilliseconds, CancellationToken.None);
        if (killed.IsCancellationRequested)
        {
            return;
        }
        var client = new IndexService.IndexServiceClient(channel);
        ledger.RebuildStarted();
        try
        {
            await client.RebuildIndexAsync(new RebuildIndexRequest(), _admin, deadline: DateTime.UtcNow.AddMinutes(5));
            Interlocked.Increment(ref ledger.RebuildsAcknowledged);
            ledger.RebuildEnded(ChaosLedger.Now);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
        {
            Interlocked.Increment(ref ledger.RebuildsRefused);
            ledger.RebuildEnded(ChaosLedger.Now);
        }
        catch (RpcException) when (killed.IsCancellationRequested)
        {
            // Cut short by the kill; the ledger closes it at the kill.
        }
    }

    public static string Title(string id) => $"Chaos headline {id}";
}
