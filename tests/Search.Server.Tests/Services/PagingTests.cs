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
    public async Task Pages_of_long_paragraphs_stay_under_a_clients_default_limit_and_go_on_where_they_ended()
    {
        await using var server = await ServerFixture.StartAsync();
        // Forty paragraphs of 99,990 characters: 4 MB of text that a page of 100 would send at once.
        var paragraph = "zzbig " + string.Join(' ', Enumerable.Repeat("filler", 14_283)) + " end";
        await UpsertAsync(server, Enumerable.Range(1, 40).Select(i => Article($"big{i}", $"Big report {i}", paragraph)).ToArray());

        var pages = await AllPagesAsync(server, new SearchRequest { Phrase = "zzbig", PageSize = 100 });

        Assert.All(pages, page => Assert.Equal(40, page.TotalSize));
        Assert.All(pages, page => Assert.InRange(page.CalculateSize(), 1, DefaultClientLimit));
        Assert.True(pages.Count > 1);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"big{i}#1").Order(), pages.SelectMany(Units).Order());
    }

    [Fact]
    public async Task Pages_of_paragraphs_with_thousands_of_mentions_stay_under_a_clients_default_limit()
    {
        await using var server = await ServerFixture.StartAsync();
        // The review's case: 33,332 mentions in each paragraph made a page of six 4.5 MB.
        var paragraph = string.Concat(Enumerable.Repeat("US UK ", 16_666)) + " zzq";
        await UpsertAsync(server, Enumerable.Range(1, 8).Select(i => Article($"m{i}", $"Mentions {i}", paragraph)).ToArray());

        var pages = await AllPagesAsync(server, new SearchRequest { Query = "zzq", PageSize = 10 });

        Assert.All(pages, page => Assert.InRange(page.CalculateSize(), 1, DefaultClientLimit));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"m{i}#1").Order(), pages.SelectMany(Units).Order());
        Assert.Equal(33_332, pages[0].Hits[0].Entities.Count);
    }

    [Fact]
    public async Task An_article_larger_than_a_clients_default_limit_comes_in_pages()
    {
        await using var server = await ServerFixture.StartAsync();
        // Twelve paragraphs of 12,000 mentions each: several MB in one message, and far over the 4,000,000 bytes
        // a message may take counted at its upper bound.
        var paragraph = string.Concat(Enumerable.Repeat("US UK ", 6_000)) + "zzq";
        await UpsertAsync(server, Article("heavy", "Heavy mentions", Enumerable.Repeat(paragraph, 12).ToArray()));
        var client = new SearchService.SearchServiceClient(server.Channel);

        var pages = new List<Contracts.V1.Article>();
        var request = new GetArticleRequest { ArticleId = "heavy" };
        do
        {
            pages.Add(await client.GetArticleAsync(request));
            request = new GetArticleRequest { ArticleId = "heavy", PageToken = pages[^1].NextPageToken };
        }
        while (request.PageToken != "");

        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.InRange(page.CalculateSize(), 1, DefaultClientLimit));
        Assert.All(pages, page => Assert.Equal("Heavy mentions", page.Title));
        Assert.Equal(Enumerable.Range(0, 13), pages.SelectMany(p => p.Paragraphs).Select(p => p.Index));
        Assert.All(pages.SelectMany(p => p.Paragraphs).Skip(1), p => Assert.Equal(12_000, p.Entities.Count));
        var wrongArticle = await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () =>
            await client.GetArticleAsync(new GetArticleRequest { ArticleId = "other", PageToken = pages[0].NextPageToken }));
        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, wrongArticle.StatusCode);
    }

    // What Grpc.Net.Client, grpc-go and grpcurl receive unless told otherwise: 4 MiB.
    private const int DefaultClientLimit = 4 * 1024 * 1024;

    private static async Task<List<SearchResponse>> AllPagesAsync(ServerFixture server, SearchRequest request)
    {
        var client = new SearchService.SearchServiceClient(server.Channel);
        var pages = new List<SearchResponse>();
        do
        {
            pages.Add(await client.SearchAsync(request));
            request = new SearchRequest(request) { PageToken = pages[^1].NextPageToken };
        }
        while (request.PageToken != "");
        return pages;
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
