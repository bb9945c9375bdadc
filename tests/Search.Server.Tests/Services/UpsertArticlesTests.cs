using Grpc.Core;
using Search.Contracts.V1;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Services;

public class UpsertArticlesTests
{
    private static async Task<UpsertArticlesResponse> UpsertAsync(ServerFixture server, params UpsertArticleRequest[] articles)
    {
        var client = new IndexService.IndexServiceClient(server.Channel);
        using var call = client.UpsertArticles(ServerFixture.Admin);
        foreach (var article in articles)
        {
            await call.RequestStream.WriteAsync(article);
        }
        await call.RequestStream.CompleteAsync();
        return await call;
    }

    private static UpsertArticleRequest Article(string id, string title, params string[] paragraphs) =>
        new() { ArticleId = id, Title = title, Paragraphs = { paragraphs } };

    private static async Task<long> CountAsync(ServerFixture server, string phrase) =>
        (await new SearchService.SearchServiceClient(server.Channel).SearchAsync(new SearchRequest { Phrase = phrase })).TotalSize;

    [Fact]
    public async Task Upserted_articles_are_committed_visible_and_counted()
    {
        await using var server = await ServerFixture.StartAsync();
        var response = await UpsertAsync(server,
            new UpsertArticleRequest(Article("live-1", "Copper output rises", "Chile's copper output rose in May.", "Image: A copper mine", "A copper mine near Santiago. Jane Roe / Reuters"))
            {
                Published = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2020, 6, 24, 10, 0, 0, TimeSpan.Zero)),
                Url = "https://example.com/live-1",
            },
            Article("live-2", "Tin price steady", "Tin was steady."),
            Article("", "No id", "x"),
            Article("live-3", "   ", "Blank title."),
            Article("live-4", "Too long", new string('a', 100_001)),
            Article(" live-5 ", "Padded id", "Padded."),
            Article("live-\u200B6", "Invisible id", "Hidden."),
            Article("live-7", "Two\nlines", "Broken title."),
            new UpsertArticleRequest(Article("live-8", "Script link", "Link.")) { Url = "javascript:alert(1)" },
            new UpsertArticleRequest(Article("live-9", "Relative link", "Link.")) { Url = "/news/live-9" },
            Article("live-10", "Lines", string.Join('\n', Enumerable.Repeat("x", 10_001))),
            Article("live-11", "\u200B", "Invisible title."));

        Assert.Equal((2, 0), (response.Added, response.Replaced));
        Assert.Equal(
            [(2, "", "article_id must not be blank"), (3, "live-3", "title must not be blank"), (4, "live-4", "paragraphs[0] must be at most 100000 characters"),
                (5, " live-5 ", "article_id must not start or end with white space"),
                (6, "live-\u200B6", "article_id must not contain invisible format characters (zero-width spaces, soft hyphens, direction marks)"),
                (7, "live-7", "title must not contain control characters (a line break included)"),
                (8, "live-8", "url must be an http or https URL, not javascript:"),
                (9, "live-9", "url must be an absolute http or https URL"),
                (10, "live-10", "paragraphs must be at most 10000, counting the lines a paragraph with line breaks is split into (got 10001)"),
                (11, "live-11", "title must not be blank")],
            response.Rejected.Select(r => (r.Position, r.ArticleId, r.Reason)));
        Assert.Equal(1, await CountAsync(server, "copper output rose"));
        var article = await new SearchService.SearchServiceClient(server.Channel).GetArticleAsync(new GetArticleRequest { ArticleId = "live-1" });
        Assert.Equal(
            [ParagraphKind.Headline, ParagraphKind.Body, ParagraphKind.Caption, ParagraphKind.Credit],
            article.Paragraphs.Select(p => p.Kind));
        Assert.Equal(("2020-06-24T10:00:00Z", "https://example.com/live-1"), (article.Published.ToDateTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), article.Url));
        var untimed = await new SearchService.SearchServiceClient(server.Channel).GetArticleAsync(new GetArticleRequest { ArticleId = "live-2" });
        Assert.Equal((null, ""), (untimed.Published, untimed.Url));
    }

    [Fact]
    public async Task Replacing_an_article_replaces_all_of_its_paragraphs()
    {
        await using var server = await ServerFixture.StartAsync();
        await UpsertAsync(server, Article("a", "Old title", "Old first paragraph.", "Old second paragraph."));
        var response = await UpsertAsync(server, Article("a", "New title", "New only paragraph."));

        Assert.Equal((0, 1), (response.Added, response.Replaced));
        Assert.Equal(0, await CountAsync(server, "old"));
        var article = await new SearchService.SearchServiceClient(server.Channel).GetArticleAsync(new GetArticleRequest { ArticleId = "a" });
        Assert.Equal(["New title", "New only paragraph."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public async Task An_id_sent_twice_in_one_stream_is_one_article_the_last_kept()
    {
        await using var server = await ServerFixture.StartAsync();
        await UpsertAsync(server, Article("old", "Old tin", "Tin was steady."));

        var response = await UpsertAsync(server,
            Article("twice", "First copy", "First text."), Article("twice", "Second copy", "Second text."),
            Article("old", "Old tin again", "Tin rose."), Article("old", "Old tin once more", "Tin fell."));

        Assert.Equal((1, 1), (response.Added, response.Replaced));
        var article = await new SearchService.SearchServiceClient(server.Channel).GetArticleAsync(new GetArticleRequest { ArticleId = "twice" });
        Assert.Equal(["Second copy", "Second text."], article.Paragraphs.Select(p => p.Text));
        var old = await new SearchService.SearchServiceClient(server.Channel).GetArticleAsync(new GetArticleRequest { ArticleId = "old" });
        Assert.Equal(["Old tin once more", "Tin fell."], old.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public async Task Upserts_survive_a_restart_and_a_rebuild_replaces_them_with_the_seeds()
    {
        await using var first = await ServerFixture.StartAsync();
        await UpsertAsync(first, Article("kept", "Zinc smelter opens", "The zinc smelter opened."));
        await first.StopAsync();
        await using (var second = await first.StartAnotherAsync())
        {
            Assert.Equal(2, await CountAsync(second, "zinc smelter"));
            await new IndexService.IndexServiceClient(second.Channel).RebuildIndexAsync(new RebuildIndexRequest(), ServerFixture.Admin);
            Assert.Equal(0, await CountAsync(second, "zinc smelter"));
            Assert.Equal(5, await CountAsync(second, "Kim Jong Un"));
        }
    }

    [Fact]
    public async Task Delete_removes_an_article_and_unknown_ids_are_not_found()
    {
        await using var server = await ServerFixture.StartAsync();
        var client = new IndexService.IndexServiceClient(server.Channel);
        var deleted = await client.DeleteArticleAsync(new DeleteArticleRequest { ArticleId = "000_f78ab181bd0a5255" }, ServerFixture.Admin);
        Assert.Equal(21, deleted.Paragraphs);
        Assert.Equal(0, await CountAsync(server, "Kim Jong Un"));
        var stats = await client.GetIndexStatsAsync(new GetIndexStatsRequest());
        Assert.Equal((0, 0), (stats.Articles, stats.Paragraphs));
        await RpcAssert.StatusAsync(StatusCode.NotFound,
            async () => await client.DeleteArticleAsync(new DeleteArticleRequest { ArticleId = "000_f78ab181bd0a5255" }, ServerFixture.Admin));
        await RpcAssert.InvalidArgumentAsync("article_id",
            async () => await client.DeleteArticleAsync(new DeleteArticleRequest { ArticleId = "" }, ServerFixture.Admin));
    }

    [Fact]
    public async Task Paragraph_too_long_for_a_doc_value_is_still_returned_whole()
    {
        await using var server = await ServerFixture.StartAsync();
        var longText = "Nickel rallied. " + string.Join(' ', Enumerable.Repeat("filler", 6_000)) + " Nickel closed higher.";
        await UpsertAsync(server, Article("long", "Nickel report", longText));
        var hit = (await new SearchService.SearchServiceClient(server.Channel).SearchAsync(new SearchRequest { Phrase = "nickel closed higher" })).Hits.Single();
        Assert.Equal(longText, hit.Text);
        Assert.Equal("Nickel report", hit.ArticleTitle);
        Assert.Equal("nickel closed higher", hit.Text[hit.Highlights[0].Start..hit.Highlights[0].End].ToLowerInvariant());
        Assert.StartsWith("…", hit.Snippet, StringComparison.Ordinal);
        Assert.EndsWith("<em>Nickel closed higher</em>.", hit.Snippet, StringComparison.Ordinal);
        var article = await new SearchService.SearchServiceClient(server.Channel).GetArticleAsync(new GetArticleRequest { ArticleId = "long" });
        Assert.Equal(["Nickel report", longText], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public async Task First_upsert_creates_the_index_when_there_are_no_seeds()
    {
        await using var probe = await ServerFixture.StartAsync();
        await probe.StopAsync();
        Directory.Delete(probe.SeedsPath, recursive: true);
        Directory.Delete(probe.IndexPath, recursive: true);
        await using var server = await probe.StartAnotherAsync();
        var search = new SearchService.SearchServiceClient(server.Channel);
        await RpcAssert.StatusAsync(StatusCode.Unavailable, async () => await search.SearchAsync(new SearchRequest { Phrase = "copper" }));

        var response = await UpsertAsync(server, Article("only", "Copper", "Copper rose."));

        Assert.Equal(1, response.Added);
        Assert.Equal(2, (await search.SearchAsync(new SearchRequest { Phrase = "copper" })).TotalSize);
    }

    [Fact]
    public async Task A_stream_of_many_bad_articles_lists_the_first_thousand_and_counts_them_all()
    {
        await using var server = await ServerFixture.StartAsync();
        var longId = new string('x', 300);
        var bad = Enumerable.Range(0, 1_005).Select(i => Article(i == 0 ? longId : $"bad-{i}", " ", "No title.")).ToArray();

        var response = await UpsertAsync(server, [.. bad, Article("good-1", "Good", "A good article.")]);

        Assert.Equal((1, 1_005L, 1_000), (response.Added, response.RejectedCount, response.Rejected.Count));
        Assert.Equal((new string('x', 256) + "…", 0, "article_id must be at most 200 characters"), (response.Rejected[0].ArticleId, response.Rejected[0].Position, response.Rejected[0].Reason));
        Assert.Equal(("bad-999", 999), (response.Rejected[^1].ArticleId, response.Rejected[^1].Position));
    }

    [Fact]
    public async Task Article_ids_never_become_paths()
    {
        await using var server = await ServerFixture.StartAsync();
        var response = await UpsertAsync(server, Article("../../escape", "Path title", "Body."), Article("/etc/passwd", "Another", "Body."));
        Assert.Equal(2, response.Added);
        // Nothing where the ids would lead as paths. (Counting the temp folder's files instead raced other tests.)
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(server.IndexPath, "../../escape"))));
        Assert.False(Directory.Exists(Path.GetFullPath(Path.Combine(server.IndexPath, "../../escape"))));
        Assert.Empty(Directory.GetFileSystemEntries(server.IndexPath, "*passwd*", SearchOption.AllDirectories));
        Assert.Equal(["index", "seeds"], Directory.GetFileSystemEntries(server.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var article = await new SearchService.SearchServiceClient(server.Channel).GetArticleAsync(new GetArticleRequest { ArticleId = "../../escape" });
        Assert.Equal("Path title", article.Title);
    }
}
