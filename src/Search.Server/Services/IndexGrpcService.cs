using Grpc.Core;
using Microsoft.Extensions.Options;
using Search.Contracts.V1;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Server.Internal;

namespace Search.Server.Services;

/// <summary>search.v1.IndexService: rebuilds from the configured seeds, applies live changes, reports on the index.</summary>
internal sealed class IndexGrpcService(ParagraphIndex index, ParagraphSearcher searcher, IOptions<SearchOptions> options) : StrictIndexServiceBase
{
    public override async Task<RebuildIndexResponse> RebuildIndex(RebuildIndexRequest request, ServerCallContext context)
    {
        var seeds = Path.GetFullPath(options.Value.SeedsPath);
        // The build is CPU-bound and long; keep it off the request thread pool's hot path.
        var result = await Task.Factory.StartNew(
            () => index.Rebuild(seeds, null, context.CancellationToken),
            context.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return ProtoMapper.ToProto(result, searcher.EntityTotals());
    }

    public override Task<IndexStats> GetIndexStats(GetIndexStatsRequest request, ServerCallContext context) =>
        Task.FromResult(ProtoMapper.ToProto(index.Statistics(), searcher.EntityTotals()));

    public override async Task<UpsertArticlesResponse> UpsertArticles(IAsyncStreamReader<UpsertArticleRequest> requestStream, ServerCallContext context)
    {
        var response = new UpsertArticlesResponse();
        using var session = await index.BeginWriteAsync(context.CancellationToken);
        var position = 0;
        // Counted against the index before the stream: an id sent twice is one article, added or replaced once.
        var counted = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            var article = UpsertRequestReader.TryRead(request, out var reason);
            if (article is null)
            {
                response.Rejected.Add(new RejectedArticle { ArticleId = request.ArticleId, Position = position, Reason = reason });
            }
            else if (session.Upsert(article) == UpsertOutcome.Added)
            {
                response.Added++;
                counted.Add(article.Id);
            }
            else if (counted.Add(article.Id))
            {
                response.Replaced++;
            }
            position++;
        }
        // A stream the client cancelled can read as ended; it must change nothing, as one that broke off.
        context.CancellationToken.ThrowIfCancellationRequested();
        if (!ClientEndedStream(context))
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "The client reset the stream before its end; nothing it sent was kept."));
        }
        // Acknowledged only once durable: the commit fsyncs before the response is sent.
        session.Commit();
        return response;
    }

    // Over HTTP/2 a stream the client closed itself (END_STREAM) has its request trailers available, none
    // or some; one Kestrel completed because the client reset it has not. Without HTTP (a test double) there
    // is nothing more to tell.
    private static bool ClientEndedStream(ServerCallContext context)
    {
        HttpContext http;
        try
        {
            http = context.GetHttpContext();
        }
        catch (InvalidOperationException)
        {
            return true;
        }
        return !http.Request.SupportsTrailers() || http.Request.CheckTrailersAvailable();
    }

    public override async Task<DeleteArticleResponse> DeleteArticle(DeleteArticleRequest request, ServerCallContext context)
    {
        if (!ArticleIds.IsValid(request.ArticleId, out var reason))
        {
            Errors.InvalidArgument("article_id", reason);
        }
        using var session = await index.BeginWriteAsync(context.CancellationToken);
        var removed = session.Delete(request.ArticleId);
        if (removed == 0)
        {
            Errors.NotFound($"No article with id '{request.ArticleId}'.");
        }
        session.Commit();
        return new DeleteArticleResponse { Paragraphs = removed };
    }
}
