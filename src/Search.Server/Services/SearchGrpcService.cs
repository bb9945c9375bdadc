using Grpc.Core;
using Microsoft.Extensions.Options;
using Search.Contracts.V1;
using Search.Core.Querying;
using Search.Server.Internal;

namespace Search.Server.Services;

/// <summary>search.v1.SearchService: validates, delegates to Core, translates back (all in <see cref="SearchAnswers"/>).</summary>
internal sealed class SearchGrpcService(ParagraphSearcher searcher, IOptions<SearchOptions> options) : StrictSearchServiceBase
{
    private TimeSpan Budget => TimeSpan.FromSeconds(options.Value.QueryBudgetSeconds);

    public override Task<SearchResponse> Search(SearchRequest request, ServerCallContext context) =>
        Task.FromResult(SearchAnswers.Search(searcher, request, Budget, context.CancellationToken));

    public override Task<Contracts.V1.Article> GetArticle(GetArticleRequest request, ServerCallContext context) =>
        Task.FromResult(SearchAnswers.GetArticle(searcher, request));

    public override Task<ListEntitiesResponse> ListEntities(ListEntitiesRequest request, ServerCallContext context) =>
        Task.FromResult(SearchAnswers.ListEntities(searcher, request, Budget, context.CancellationToken));
}
