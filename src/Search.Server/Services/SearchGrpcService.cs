using Grpc.Core;
using Microsoft.Extensions.Options;
using Search.Contracts.V1;
using Search.Core.Articles;
using Search.Core.Querying;
using Search.Server.Internal;

namespace Search.Server.Services;

/// <summary>search.v1.SearchService: validates, delegates to Core, translates back.</summary>
internal sealed class SearchGrpcService(ParagraphSearcher searcher, IOptions<SearchOptions> options) : StrictSearchServiceBase
{
    public override Task<SearchResponse> Search(SearchRequest request, ServerCallContext context)
    {
        var spec = SearchRequestReader.Read(request) with { Budget = TimeSpan.FromSeconds(options.Value.QueryBudgetSeconds) };
        var result = searcher.Search(spec, context.CancellationToken);
        var response = new SearchResponse { TotalSize = result.TotalHits, Relaxed = result.Relaxed };
        foreach (var hit in result.Hits)
        {
            response.Hits.Add(ProtoMapper.ToProto(hit));
        }
        response.NextPageToken = PageTokens.Next(spec.Offset, spec.Limit, result.TotalHits, result.IndexVersion, SearchRequestReader.Fingerprint(request), PageTokens.MaxSearchDepth);
        return Task.FromResult(response);
    }

    public override Task<Contracts.V1.Article> GetArticle(GetArticleRequest request, ServerCallContext context)
    {
        if (!ArticleIds.IsValid(request.ArticleId, out var reason))
        {
            Errors.InvalidArgument("article_id", reason);
        }
        var article = searcher.GetArticleWithEntities(request.ArticleId);
        if (article is null)
        {
            Errors.NotFound($"No article with id '{request.ArticleId}'.");
        }
        return Task.FromResult(ProtoMapper.ToProto(article));
    }

    public override Task<ListEntitiesResponse> ListEntities(ListEntitiesRequest request, ServerCallContext context)
    {
        var spec = EntityListRequestReader.Read(request) with { Budget = TimeSpan.FromSeconds(options.Value.QueryBudgetSeconds) };
        var result = searcher.ListEntities(spec, context.CancellationToken);
        var response = new ListEntitiesResponse { TotalSize = result.TotalSize, Relaxed = result.Relaxed };
        response.Entities.Add(result.Entities.Select(ProtoMapper.ToProto));
        response.NextPageToken = PageTokens.Next(spec.Offset, spec.Limit, result.TotalSize, result.IndexVersion, EntityListRequestReader.Fingerprint(request), int.MaxValue);
        return Task.FromResult(response);
    }
}
