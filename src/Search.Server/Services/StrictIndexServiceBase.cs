using Grpc.Core;
using Search.Contracts.V1;
using Descriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Search.Server.Services;

/// <summary>search.v1.IndexService bound with <see cref="StrictMethods"/>, as <see cref="StrictSearchServiceBase"/> is.</summary>
[BindServiceMethod(typeof(StrictIndexServiceBase), nameof(BindService))]
internal abstract class StrictIndexServiceBase
{
    public static Descriptor Descriptor => IndexService.Descriptor;

    public abstract Task<RebuildIndexResponse> RebuildIndex(RebuildIndexRequest request, ServerCallContext context);

    public abstract Task<IndexStats> GetIndexStats(GetIndexStatsRequest request, ServerCallContext context);

    public abstract Task<UpsertArticlesResponse> UpsertArticles(IAsyncStreamReader<UpsertArticleRequest> requestStream, ServerCallContext context);

    public abstract Task<DeleteArticleResponse> DeleteArticle(DeleteArticleRequest request, ServerCallContext context);

    public static void BindService(ServiceBinderBase binder, StrictIndexServiceBase? service)
    {
        binder.AddMethod(StrictMethods.Unary<RebuildIndexRequest, RebuildIndexResponse>(Descriptor, nameof(RebuildIndex)), (UnaryServerMethod<RebuildIndexRequest, RebuildIndexResponse>?)null);
        binder.AddMethod(StrictMethods.Unary<GetIndexStatsRequest, IndexStats>(Descriptor, nameof(GetIndexStats)), (UnaryServerMethod<GetIndexStatsRequest, IndexStats>?)null);
        binder.AddMethod(
            StrictMethods.ClientStreaming<UpsertArticleRequest, UpsertArticlesResponse>(Descriptor, nameof(UpsertArticles)),
            (ClientStreamingServerMethod<UpsertArticleRequest, UpsertArticlesResponse>?)null);
        binder.AddMethod(StrictMethods.Unary<DeleteArticleRequest, DeleteArticleResponse>(Descriptor, nameof(DeleteArticle)), (UnaryServerMethod<DeleteArticleRequest, DeleteArticleResponse>?)null);
    }
}
