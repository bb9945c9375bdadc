using Grpc.Health.V1;
using Search.Contracts.V1;
using Search.Core.Indexing;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Services;

public class IndexServiceTests
{
    [Fact]
    public async Task Rebuild_reports_counts_and_skipped_inputs_and_stats_follow()
    {
        await using var server = await ServerFixture.StartAsync();
        File.WriteAllText(Path.Combine(server.SeedsPath, "second.txt"), "Second headline\nA body paragraph about trade.");
        File.WriteAllBytes(Path.Combine(server.SeedsPath, "broken.txt"), [0xFF, 0xFE, 0x00, 0x41]);
        var client = new IndexService.IndexServiceClient(server.Channel);

        var rebuilt = await client.RebuildIndexAsync(new RebuildIndexRequest(), ServerFixture.Admin);

        Assert.Equal((2, 23), (rebuilt.Articles, rebuilt.Paragraphs));
        Assert.True(rebuilt.Mentions >= rebuilt.Entities && rebuilt.Entities > 20, $"{rebuilt.Entities} entities, {rebuilt.Mentions} mentions");
        Assert.Equal(["broken.txt: not valid UTF-8"], rebuilt.Skipped);
        Assert.True(rebuilt.Took.ToTimeSpan() > TimeSpan.Zero);
        var stats = await client.GetIndexStatsAsync(new GetIndexStatsRequest());
        Assert.Equal((2, 23), (stats.Articles, stats.Paragraphs));
        Assert.True(stats.SizeBytes > 0);
        Assert.InRange(stats.BuiltAt.ToDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
        var search = new SearchService.SearchServiceClient(server.Channel);
        Assert.Equal(1, (await search.SearchAsync(new SearchRequest { Phrase = "about trade" })).TotalSize);
    }

    [Fact]
    public async Task Server_builds_the_index_from_seeds_on_first_start_and_reports_healthy()
    {
        await using var server = await ServerFixture.StartAsync();
        var stats = await new IndexService.IndexServiceClient(server.Channel).GetIndexStatsAsync(new GetIndexStatsRequest());
        Assert.Equal((1, 21), (stats.Articles, stats.Paragraphs));
        var entities = await new SearchService.SearchServiceClient(server.Channel).ListEntitiesAsync(new ListEntitiesRequest { PageSize = 100 });
        Assert.Equal(entities.TotalSize, stats.Entities);
        Assert.Equal(entities.Entities.Sum(e => e.MentionCount), stats.Mentions);
        Assert.True(stats.Entities > 20, $"only {stats.Entities} entities in the seed article");
        var health = new Health.HealthClient(server.Channel);
        foreach (var service in new[] { "", "search.v1.SearchService", "search.v1.IndexService" })
        {
            Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = service })).Status);
        }
        var unknown = await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () => await health.CheckAsync(new HealthCheckRequest { Service = "search.v1.Nope" }));
        Assert.Equal(Grpc.Core.StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Index_built_by_another_process_is_served_without_restart()
    {
        await using var server = await ServerFixture.StartAsync(null, "--Search:RefreshIntervalSeconds=0.1");
        var search = new SearchService.SearchServiceClient(server.Channel);
        Assert.Equal(0, (await search.SearchAsync(new SearchRequest { Phrase = "grain harvest" })).TotalSize);

        var otherSeeds = Path.Combine(server.Root, "other-seeds");
        Directory.CreateDirectory(otherSeeds);
        File.WriteAllText(Path.Combine(otherSeeds, "grain.txt"), "Grain harvest ends\nThe grain harvest ended early.");
        using (var cli = new ParagraphIndex(server.IndexPath))
        {
            // What `search-cli index` does: a separate writer commits to the same folder.
            cli.Rebuild(otherSeeds, null, CancellationToken.None);
        }

        long total = 0;
        for (var attempt = 0; attempt < 100 && total == 0; attempt++)
        {
            await Task.Delay(100);
            total = (await search.SearchAsync(new SearchRequest { Phrase = "grain harvest" })).TotalSize;
        }
        Assert.Equal(2, total);
    }
}
