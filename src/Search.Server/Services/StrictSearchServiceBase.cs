using Grpc.Core;
using Search.Contracts.V1;
using Descriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Search.Server.Services;

/// <summary>
/// search.v1.SearchService bound with <see cref="StrictMethods"/> instead of the generated base's
/// marshallers. grpc-dotnet finds <see cref="BindService"/> through the attribute, dispatches each method
/// to the override of the same name, and reflection reads <see cref="Descriptor"/>.
/// </summary>
[BindServiceMethod(typeof(StrictSearchServiceBase), nameof(BindService))]
internal abstract class StrictSearchServiceBase
{
    public static Descriptor Descriptor => SearchService.Descriptor;

    public abstract Task<SearchResponse> Search(SearchRequest request, ServerCallContext context);

    public abstract Task<Contracts.V1.Article> GetArticle(GetArticleRequest request, ServerCallContext context);

    public abstract Task<ListEntitiesResponse> ListEntities(ListEntitiesRequest request, ServerCallContext context);

    public static void BindService(ServiceBinderBase binder, StrictSearchServiceBase? service)
    {
        binder.AddMethod(StrictMethods.Unary<SearchRequest, SearchResponse>(Descriptor, nameof(Search)), (UnaryServerMethod<SearchRequest, SearchResponse>?)null);
        binder.AddMethod(StrictMethods.Unary<GetArticleRequest, Contracts.V1.Article>(Descriptor, nameof(GetArticle)), (UnaryServerMethod<GetArticleRequest, Contracts.V1.Article>?)null);
        binder.AddMethod(StrictMethods.Unary<ListEntitiesRequest, ListEntitiesResponse>(Descriptor, nameof(ListEntities)), (UnaryServerMethod<ListEntitiesRequest, ListEntitiesResponse>?)null);
    }
}
