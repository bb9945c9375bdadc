using Search.Contracts.V1;
using Search.Core.Articles;
using Search.Core.Querying;

namespace Search.Server.Internal;

/// <summary>
/// What search.v1.SearchService answers, from request message to response message: validation, the
/// search in Core, and the translation back. The gRPC service and the start-up warm-up both call it, so
/// the warm-up compiles exactly the path a client's first call takes.
/// </summary>
internal static class SearchAnswers
{
    /// <summary>
    /// Most a page of hits may take encoded, counted generously (<see cref="HitSize.UpperBound"/>): under the 4 MiB
    /// (4,194,304 bytes) a gRPC client receives by default, with room for the rest of the response and the frame.
    /// </summary>
    public const int MaxAnswerBytes = 4_000_000;

    public static SearchResponse Search(ParagraphSearcher searcher, SearchRequest request, TimeSpan budget, CancellationToken cancellationToken)
    {
        var spec = SearchRequestReader.Read(request) with { Budget = budget, MaxPageBytes = MaxAnswerBytes };
        var result = searcher.Search(spec, cancellationToken);
        var response = new SearchResponse { TotalSize = result.TotalHits, Relaxed = result.Relaxed };
        foreach (var hit in result.Hits)
        {
            response.Hits.Add(ProtoMapper.ToProto(hit));
        }
        // After the hits sent: the page may end before page_size hits (long paragraphs, many mentions).
        response.NextPageToken = PageTokens.Next(spec.Offset, result.Hits.Count, result.TotalHits, result.IndexVersion, SearchRequestReader.Fingerprint(request), PageTokens.MaxSearchDepth);
        return response;
    }

    public static Contracts.V1.Article GetArticle(ParagraphSearcher searcher, GetArticleRequest request)
    {
        if (!ArticleIds.IsValid(request.ArticleId, out var reason))
        {
            Errors.InvalidArgument("article_id", reason);
        }
        var fingerprint = "article\u001f" + request.ArticleId;
        var position = new PagePosition(0, null);
        if (request.PageToken.Length > 0 && !PageTokens.TryRead(request.PageToken, fingerprint, int.MaxValue, out position))
        {
            Errors.InvalidArgument("page_token", "is not a page token this server issued for this article");
        }
        // An article near the 4 MiB an upsert allows can take twice that with its mentions: it comes in pages then.
        var page = searcher.GetArticlePage(request.ArticleId, position.Offset, position.IndexVersion, MaxAnswerBytes);
        if (page is null)
        {
            Errors.NotFound($"No article with id '{request.ArticleId}'.");
        }
        var article = ProtoMapper.ToProto(page.Article);
        article.NextPageToken = page.IndexVersion is { } version
            ? PageTokens.Create(new PagePosition(position.Offset + page.Article.Article.Paragraphs.Count, version), fingerprint)
            : "";
        return article;
    }

    public static ListEntitiesResponse ListEntities(ParagraphSearcher searcher, ListEntitiesRequest request, TimeSpan budget, CancellationToken cancellationToken)
    {
        var spec = EntityListRequestReader.Read(request) with { Budget = budget };
        var result = searcher.ListEntities(spec, cancellationToken);
        var response = new ListEntitiesResponse { TotalSize = result.TotalSize, Relaxed = result.Relaxed };
        response.Entities.Add(result.Entities.Select(ProtoMapper.ToProto));
        response.NextPageToken = PageTokens.Next(spec.Offset, spec.Limit, result.TotalSize, result.IndexVersion, EntityListRequestReader.Fingerprint(request), int.MaxValue);
        return response;
    }
}
