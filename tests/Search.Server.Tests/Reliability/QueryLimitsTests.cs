using Grpc.Core;
using Search.Contracts.V1;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Reliability;

public class QueryLimitsTests
{
    [Fact]
    public async Task Search_over_its_time_budget_stops_with_deadline_exceeded()
    {
        await using var server = await ServerFixture.StartAsync(null, "--Search:QueryBudgetSeconds=0.000000001");
        var client = new SearchService.SearchServiceClient(server.Channel);
        await RpcAssert.StatusAsync(StatusCode.DeadlineExceeded, async () => await client.SearchAsync(new SearchRequest { Query = "korea" }));
        Assert.Equal(21, (await new IndexService.IndexServiceClient(server.Channel).GetIndexStatsAsync(new GetIndexStatsRequest())).Paragraphs);
    }

    [Fact]
    public async Task Oversized_request_and_too_many_words_are_invalid()
    {
        await using var server = await ServerFixture.StartAsync();
        var client = new SearchService.SearchServiceClient(server.Channel);
        await RpcAssert.InvalidArgumentAsync("request",
            async () => await client.SearchAsync(new SearchRequest { Query = "korea", ArticleId = new string('x', 70_000) }));
        await RpcAssert.InvalidArgumentAsync("query",
            async () => await client.SearchAsync(new SearchRequest { Query = string.Join(' ', Enumerable.Repeat("w", 65)) }));
        Assert.Equal(0, (await client.SearchAsync(new SearchRequest { Query = string.Join(' ', Enumerable.Repeat("w", 64)) })).TotalSize);
    }

    [Fact]
    public async Task Client_deadline_is_honoured()
    {
        await using var server = await ServerFixture.StartAsync();
        var client = new SearchService.SearchServiceClient(server.Channel);
        await RpcAssert.StatusAsync(StatusCode.DeadlineExceeded,
            async () => await client.SearchAsync(new SearchRequest { Query = "korea" }, deadline: DateTime.UtcNow.AddMilliseconds(-1)));
    }
}
