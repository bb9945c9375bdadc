using Search.Contracts.V1;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Services;

/// <summary>The pages of one search read one version of the index, however it changes between them.</summary>
public sealed class PagingTests
{
    private static async Task UpsertAsync(ServerFixture server, params UpsertArticleRequest[] articles)
    {
        using var call = new IndexService.IndexServiceClient(server.Channel).UpsertArticles(ServerFixture.Admin);
        foreach (var article in articles)
        {
            await call.RequestStream.WriteAsync(article);
        }
        await call.RequestStream.CompleteAsync();
        await call;
    }

    private static UpsertArticleRequest Article(string id, string title, params string[] paragraphs) =>
        new() { ArticleId = id, Title = title, Paragraphs = { paragraphs } };

    private static string[] Units(SearchResponse response) => response.Hits.Select(h => $"{h.ArticleId}#{h.ParagraphIndex}").ToArray();

    private static async Task<ServerFixture> ServerWithTinArticlesAsync()
    {
        var server = await ServerFixture.StartAsync();
        await UpsertAsync(server, Enumerable.Range(1, 5).Select(i => Article($"t{i}", $"Tin report {i}", $"Tin was traded on day {i}.")).ToArray());
        return server;
    }

    [Fact]
    public async Task Next_pages_read_the_index_as_the_first_page_did()
    {
        await using var server = await ServerWithTinArticlesAsync();
        var client = new SearchService.SearchServiceClient(server.Channel);
        var whole = await client.SearchAsync(new SearchRequest { Query = "tin", PageSize = 100 });
        Assert.Equal(10, whole.TotalSize);

        var first = await client.SearchAsync(new SearchRequest { Query = "tin", PageSize = 4 });
        // A new article that ranks first, and one of the listed ones replaced by text without the word.
        await UpsertAsync(server, Article("t0", "Tin tin tin", "Tin, tin and tin."), Article("t3", "Zinc report 3", "Zinc was traded."));
        var second = await client.SearchAsync(new SearchRequest { Query = "tin", PageSize = 4, PageToken = first.NextPageToken });
        var third = await client.SearchAsync(new SearchRequest { Query = "tin", PageSize = 4, PageToken = second.NextPageToken });

        Assert.Equal(Units(whole), Units(first).Concat(Units(second)).Concat(Units(third)));
        Assert.Equal([10L, 10L], new[] { second.TotalSize, third.TotalSize });
        Assert.Equal("", third.NextPageToken);
        var fresh = await client.SearchAsync(new SearchRequest { Query = "tin", PageSize = 100 });
        Assert.Equal(10, fresh.TotalSize);
        Assert.Equal("t0", fresh.Hits[0].ArticleId);
        Assert.DoesNotContain(fresh.Hits, h => h.ArticleId == "t3");
    }

    [Fact]
    public async Task A_page_cut_short_by_long_paragraphs_continues_where_it_ended()
    {
        await using var server = await ServerFixture.StartAsync();
        // Twelve paragraphs of 99,990 characters: a page ends once it carries 500,000, after its sixth hit.
        var paragraph = "zzbig " + string.Join(' ', Enumerable.Repeat("filler", 14_283)) + " end";
        await UpsertAsync(server, Enumerable.Range(1, 12).Select(i => Article($"big{i}", $"Big report {i}", paragraph)).ToArray());
        var client = new SearchService.SearchServiceClient(server.Channel);

        var first = await client.SearchAsync(new SearchRequest { Phrase = "zzbig", PageSize = 10 });
        var second = await client.SearchAsync(new SearchRequest { Phrase = "zzbig", PageSize = 10, PageToken = first.NextPageToken });

        Assert.Equal([12L, 12L], new[] { first.TotalSize, second.TotalSize });
        Assert.Equal([6, 6], new[] { first.Hits.Count, second.Hits.Count });
        Assert.NotEqual("", first.NextPageToken);
        Assert.Equal("", second.NextPageToken);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"big{i}#1").Order(), Units(first).Concat(Units(second)).Order());
    }

    [Fact]
    public async Task Entity_list_pages_read_one_version_too()
    {
        await using var server = await ServerFixture.StartAsync();
        var client = new SearchService.SearchServiceClient(server.Channel);
        var whole = await client.ListEntitiesAsync(new ListEntitiesRequest { PageSize = 100 });
        var first = await client.ListEntitiesAsync(new ListEntitiesRequest { PageSize = 3 });
        await UpsertAsync(server, Article("new", "Olaf Scholz meets Emmanuel Macron in Berlin", "Olaf Scholz and Emmanuel Macron met in Berlin, Berlin, Berlin."));
        var rest = new List<Entity>(first.Entities);
        var token = first.NextPageToken;
        while (token != "")
        {
            var page = await client.ListEntitiesAsync(new ListEntitiesRequest { PageSize = 3, PageToken = token });
            Assert.Equal(whole.TotalSize, page.TotalSize);
            rest.AddRange(page.Entities);
            token = page.NextPageToken;
        }

        Assert.Equal(whole.Entities.Select(e => e.CanonicalName), rest.Select(e => e.CanonicalName));
        // The index did change under the pages: a fresh listing differs.
        var fresh = await client.ListEntitiesAsync(new ListEntitiesRequest { PageSize = 100 });
        Assert.NotEqual(whole.Entities.Select(e => e.CanonicalName), fresh.Entities.Select(e => e.CanonicalName));
    }

    [Fact]
    public async Task A_token_whose_index_version_was_released_is_refused_as_expired()
    {
        await using var server = await ServerWithTinArticlesAsync();
        var client = new SearchService.SearchServiceClient(server.Channel);
        var first = await client.SearchAsync(new SearchRequest { Query = "tin", PageSize = 4 });

        // Each upsert commits a version; past the 16 most recent superseded ones, the oldest is released.
        for (var i = 0; i < 17; i++)
        {
            await UpsertAsync(server, Article($"later-{i}", $"Lead report {i}", "Lead was traded."));
        }

        var message = await RpcAssert.InvalidArgumentAsync("page_token",
            async () => await client.SearchAsync(new SearchRequest { Query = "tin", PageSize = 4, PageToken = first.NextPageToken }));
        Assert.Equal(
            "page_token: has expired: the index has changed and the version it pages through was released (versions are kept 10 minutes after a newer one serves, 16 at most); search again without a page token",
            message);
    }
}
