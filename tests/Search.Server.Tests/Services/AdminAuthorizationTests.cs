using Grpc.Core;
using Search.Contracts.V1;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Services;

public class AdminAuthorizationTests
{
    [Fact]
    public async Task Changes_need_the_bearer_token_when_one_is_set()
    {
        await using var server = await ServerFixture.StartAsync();
        var client = new IndexService.IndexServiceClient(server.Channel);
        await RpcAssert.StatusAsync(StatusCode.Unauthenticated, async () => await client.RebuildIndexAsync(new RebuildIndexRequest()));
        await RpcAssert.StatusAsync(StatusCode.Unauthenticated,
            async () => await client.RebuildIndexAsync(new RebuildIndexRequest(), new Metadata { { "authorization", "Bearer wrong" } }));
        await RpcAssert.StatusAsync(StatusCode.Unauthenticated,
            async () => await client.DeleteArticleAsync(new DeleteArticleRequest { ArticleId = "x" }, new Metadata { { "authorization", ServerFixture.AdminToken } }));
        var upsert = client.UpsertArticles();
        await RpcAssert.StatusAsync(StatusCode.Unauthenticated, async () => await upsert.ResponseAsync);

        Assert.Equal(1, (await client.RebuildIndexAsync(new RebuildIndexRequest(), ServerFixture.Admin)).Articles);
    }

    [Fact]
    public async Task Searching_and_statistics_stay_open()
    {
        await using var server = await ServerFixture.StartAsync();
        Assert.Equal(21, (await new IndexService.IndexServiceClient(server.Channel).GetIndexStatsAsync(new GetIndexStatsRequest())).Paragraphs);
        Assert.Equal(5, (await new SearchService.SearchServiceClient(server.Channel).SearchAsync(new SearchRequest { Phrase = "Kim Jong Un" })).TotalSize);
    }

    [Fact]
    public async Task Without_a_token_changes_from_non_loopback_clients_are_denied()
    {
        // The in-memory transport has no loopback address, so it stands for a remote client here.
        await using var server = await ServerFixture.StartAsync(null, "--Search:AdminToken=");
        var client = new IndexService.IndexServiceClient(server.Channel);
        await RpcAssert.StatusAsync(StatusCode.PermissionDenied, async () => await client.RebuildIndexAsync(new RebuildIndexRequest()));
    }
}
