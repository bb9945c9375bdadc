using Grpc.Core;
using Microsoft.Extensions.Options;
using Search.Contracts.V1;
using Search.Core.Indexing;
using Search.Server.Internal;

namespace Search.Server.Services;

/// <summary>search.v1.IndexService: rebuilds from the configured seeds and reports on the index.</summary>
internal sealed class IndexGrpcService(ParagraphIndex index, IOptions<SearchOptions> options) : IndexService.IndexServiceBase
{
    public override async Task<RebuildIndexResponse> RebuildIndex(RebuildIndexRequest request, ServerCallContext context)
    {
        var seeds = Path.GetFullPath(options.Value.SeedsPath);
        // The build is CPU-bound and long; keep it off the request thread pool's hot path.
        var result = await Task.Factory.StartNew(
            () => index.Rebuild(seeds, null, context.CancellationToken),
            context.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return ProtoMapper.ToProto(result);
    }

    public override Task<IndexStats> GetIndexStats(GetIndexStatsRequest request, ServerCallContext context) =>
        Task.FromResult(ProtoMapper.ToProto(index.Statistics()));
}
