using System.Diagnostics;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Server.Internal;

namespace Search.Server.Hosting;

/// <summary>
/// Builds the index from the seeds when there is none before the server takes requests, then keeps
/// looking for commits made by other processes (the CLI) so they are served without a restart.
/// </summary>
internal sealed class IndexLifecycle(ParagraphIndex index, ParagraphSearcher searcher, IOptions<SearchOptions> options, ILogger<IndexLifecycle> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.AdminToken))
        {
            ServerLog.NoAdminToken(logger);
        }
        if (index.Exists)
        {
            ServerLog.OpeningIndex(logger, index.Path);
            // Built by `search-cli index --no-entities`: entity queries would find nothing, and only upserts would
            // carry entities. The last rebuild says so in its commit; an index from before that was recorded is
            // judged by its mentions, which an index that was tagged but mentions no one also lacks.
            if (options.Value.Entities && index.Statistics() is { Paragraphs: > 0 } statistics
                && (statistics.EntitiesTagged == false || statistics.EntitiesTagged is null && searcher.EntityTotals().Mentions == 0))
            {
                ServerLog.IndexWithoutEntities(logger, index.Path);
            }
        }
        else
        {
            var seeds = Path.GetFullPath(options.Value.SeedsPath);
            ServerLog.BuildingIndex(logger, index.Path, seeds);
            try
            {
                var result = index.Rebuild(seeds, null, cancellationToken);
                ServerLog.IndexBuilt(logger, result.Articles, result.Paragraphs, result.Skipped.Count, result.Took.TotalSeconds);
                foreach (var skipped in result.Skipped)
                {
                    ServerLog.SeedSkipped(logger, skipped);
                }
            }
            catch (Exception e) when (e is DirectoryNotFoundException or NoArticlesException)
            {
                ServerLog.SeedsMissing(logger, e.Message);
            }
        }
        if (index.Exists)
        {
            WarmUp(cancellationToken);
        }
        return base.StartAsync(cancellationToken);
    }

    private void WarmUp(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = SearchWarmUp.Run(searcher, cancellationToken);
            ServerLog.WarmedUp(logger, result.Requests, result.Answered, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped while starting: the host stops next, nothing to warm for.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only speed is at stake: the requests themselves will report what is wrong with the index.
            ServerLog.WarmUpFailed(logger, e);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.05, options.Value.RefreshIntervalSeconds)));
        while (await NextTickAsync(timer, stoppingToken))
        {
            try
            {
                index.Refresh();
            }
            catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException)
            {
                ServerLog.RefreshFailed(logger, e);
            }
        }
    }

    // Stopping is the end of the loop, not a failure: a host that could not bind its port stops this at once.
    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
