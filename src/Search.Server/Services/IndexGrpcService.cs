using Grpc.Core;
using Microsoft.Extensions.Options;
using Search.Contracts.V1;
using Search.Core.Articles;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Server.Internal;

namespace Search.Server.Services;

/// <summary>search.v1.IndexService: rebuilds from the configured seeds, applies live changes, reports on the index.</summary>
internal sealed class IndexGrpcService(ParagraphIndex index, ParagraphSearcher searcher, IOptions<SearchOptions> options, IHostApplicationLifetime lifetime)
    : StrictIndexServiceBase
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
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        // The write turn is taken at the first message, not when the stream opens: a stream that is open but
        // has sent nothing holds up no other change.
        if (!await NextAsync(requestStream, reading.Token, idle: null))
        {
            EnsureEnded(context);
            return response;
        }
        using var session = await TakeWriteTurnAsync(reading.Token);
        var idle = TimeSpan.FromSeconds(options.Value.UpsertIdleSeconds);
        var position = 0;
        // Counted against the index before the stream: an id sent twice is one article, added or replaced once.
        var counted = new HashSet<string>(StringComparer.Ordinal);
        do
        {
            var request = requestStream.Current;
            var article = UpsertRequestReader.TryRead(request, out var reason);
            if (article is null)
            {
                if (response.RejectedCount++ < MaxListedRejections)
                {
                    response.Rejected.Add(new RejectedArticle { ArticleId = Shortened(request.ArticleId), Position = position, Reason = reason });
                }
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
        while (await NextAsync(requestStream, reading.Token, idle));
        EnsureEnded(context);
        // Acknowledged only once durable: the commit fsyncs before the response is sent.
        session.Commit();
        return response;
    }

    /// <summary>Rejections listed in a response; past them only <c>rejected_count</c> grows.</summary>
    public const int MaxListedRejections = 1_000;

    private const int MaxEchoedIdLength = 256;

    // An id is echoed back to say which article was refused, not to return a 10 MB string.
    private static string Shortened(string articleId) =>
        articleId.Length <= MaxEchoedIdLength ? articleId
        : string.Concat(articleId.AsSpan(0, char.IsHighSurrogate(articleId[MaxEchoedIdLength - 1]) ? MaxEchoedIdLength - 1 : MaxEchoedIdLength), "…");

    // Waiting for a rebuild or another stream to finish; a server that stops meanwhile ends the wait, as it ends a read.
    private async Task<IndexWriterSession> TakeWriteTurnAsync(CancellationToken reading)
    {
        try
        {
            return await index.BeginWriteAsync(reading);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            throw Stopping();
        }
    }

    private static RpcException Stopping() => new(new Status(StatusCode.Unavailable, "The server is stopping; nothing this call sent was kept."));

    // The next message, or false at the end of the stream. While the stream holds the write turn, a pause
    // longer than `idle` aborts it; so does the server stopping, rather than keep shutdown waiting.
    private async Task<bool> NextAsync(IAsyncStreamReader<UpsertArticleRequest> stream, CancellationToken reading, TimeSpan? idle)
    {
        using var pause = CancellationTokenSource.CreateLinkedTokenSource(reading);
        if (idle is { } limit)
        {
            pause.CancelAfter(limit);
        }
        try
        {
            return await stream.MoveNext(pause.Token);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            throw Stopping();
        }
        catch (OperationCanceledException) when (pause.IsCancellationRequested && !reading.IsCancellationRequested && idle is not null)
        {
            throw new RpcException(new Status(StatusCode.Aborted,
                $"The stream sent nothing for {idle.Value.TotalSeconds:0.###} s while it held the index's write turn, which other changes wait for; " +
                "nothing it sent was kept. Send the articles without pausing, or in several streams."));
        }
    }

    // A stream that may be committed: the client ended it itself, in time.
    private static void EnsureEnded(ServerCallContext context)
    {
        // A stream the client cancelled can read as ended; it must change nothing, as one that broke off.
        context.CancellationToken.ThrowIfCancellationRequested();
        if (!ClientEndedStream(context))
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "The client reset the stream before its end; nothing it sent was kept."));
        }
        // A client may send END_STREAM after its own deadline passed (grpc-js does, just before its reset): the
        // call has already failed on its side, so nothing may be kept.
        if (context.Deadline <= DateTime.UtcNow)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, "The call's deadline passed before the stream ended; nothing it sent was kept."));
        }
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
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, lifetime.ApplicationStopping);
        using var session = await TakeWriteTurnAsync(waiting.Token);
        var removed = session.Delete(request.ArticleId);
        if (removed == 0)
        {
            Errors.NotFound($"No article with id '{request.ArticleId}'.");
        }
        session.Commit();
        return new DeleteArticleResponse { Paragraphs = removed };
    }
}
