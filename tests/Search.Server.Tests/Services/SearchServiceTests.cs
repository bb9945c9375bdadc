using Grpc.Core;
using Search.Contracts.V1;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Services;

public sealed class SearchServiceTests(SeedServer fixture) : IClassFixture<SeedServer>
{
    private const string SeedId = "000_f78ab181bd0a5255";
    private readonly SearchService.SearchServiceClient _client = new(fixture.Server.Channel);

    [Fact]
    public async Task Phrase_search_returns_ranked_highlighted_hits()
    {
        var response = await _client.SearchAsync(new SearchRequest { Phrase = "Kim Jong Un" });
        Assert.Equal(5, response.TotalSize);
        Assert.False(response.Relaxed);
        Assert.Equal("", response.NextPageToken);
        Assert.Equal([2, 5, 9, 13, 18], response.Hits.Select(h => h.ParagraphIndex).Order());
        var glued = response.Hits.Single(h => h.ParagraphIndex == 13);
        Assert.Equal(ParagraphKind.Caption, glued.Kind);
        Assert.Equal(SeedId, glued.ArticleId);
        Assert.Equal("Kim Jong-un", glued.Text[glued.Highlights[0].Start..glued.Highlights[0].End]);
        Assert.Single(glued.Highlights);
        Assert.Contains("<em>Kim Jong-un</em>", glued.Snippet, StringComparison.Ordinal);
        Assert.True(response.Hits.Zip(response.Hits.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score));
    }

    [Fact]
    public async Task Pages_follow_each_other_until_the_last()
    {
        var first = await _client.SearchAsync(new SearchRequest { Phrase = "Kim Jong Un", PageSize = 2 });
        var second = await _client.SearchAsync(new SearchRequest { Phrase = "Kim Jong Un", PageSize = 2, PageToken = first.NextPageToken });
        var third = await _client.SearchAsync(new SearchRequest { Phrase = "Kim Jong Un", PageSize = 2, PageToken = second.NextPageToken });
        var all = await _client.SearchAsync(new SearchRequest { Phrase = "Kim Jong Un" });
        Assert.Equal(all.Hits.Select(h => h.ParagraphIndex), first.Hits.Concat(second.Hits).Concat(third.Hits).Select(h => h.ParagraphIndex));
        Assert.Equal("", third.NextPageToken);
        Assert.All([first, second, third], r => Assert.Equal(5, r.TotalSize));
    }

    [Fact]
    public async Task Query_and_phrase_both_must_match_and_filters_apply()
    {
        var response = await _client.SearchAsync(new SearchRequest { Query = "leader", Phrase = "Kim Jong Un", Kinds = { ParagraphKind.Body } });
        Assert.Equal([5], response.Hits.Select(h => h.ParagraphIndex));
    }

    [Fact]
    public async Task Free_text_without_any_paragraph_having_every_word_is_relaxed()
    {
        var response = await _client.SearchAsync(new SearchRequest { Query = "Seoul dynamite" });
        Assert.True(response.Relaxed);
        Assert.Equal(2, response.TotalSize);
    }

    [Fact]
    public async Task Get_article_returns_every_paragraph()
    {
        var article = await _client.GetArticleAsync(new GetArticleRequest { ArticleId = SeedId });
        Assert.Equal(21, article.Paragraphs.Count);
        Assert.Equal(article.Title, article.Paragraphs[0].Text);
        Assert.Equal(ParagraphKind.Headline, article.Paragraphs[0].Kind);
        Assert.Equal(("Ahn Young-joon / AP", ParagraphKind.Credit), (article.Paragraphs[3].Text, article.Paragraphs[3].Kind));
    }

    [Fact]
    public async Task Unknown_article_is_not_found()
    {
        await RpcAssert.StatusAsync(StatusCode.NotFound, async () => await _client.GetArticleAsync(new GetArticleRequest { ArticleId = "missing" }));
    }

    [Theory]
    [InlineData("", "", "query")]
    [InlineData("   ", "\t", "query")]
    [InlineData("", "   ", "phrase")]
    [InlineData(" ", "", "query")]
    public async Task Blank_query_and_phrase_are_invalid(string query, string phrase, string field)
    {
        var message = await RpcAssert.InvalidArgumentAsync(field, async () => await _client.SearchAsync(new SearchRequest { Query = query, Phrase = phrase }));
        Assert.Equal($"{field}: query, phrase or entities must be given (all are blank)", message);
    }

    [Fact]
    public async Task Lengths_are_counted_in_characters_not_UTF16_units()
    {
        // 994 emoji and `korea ` are 1,994 UTF-16 units and 1,000 characters: within the limit, and the emoji
        // are not words, so the phrase is `korea`. 1,001 emoji are over it.
        var within = await _client.SearchAsync(new SearchRequest { Phrase = "korea " + string.Concat(Enumerable.Repeat("😀", 994)) });
        var korea = await _client.SearchAsync(new SearchRequest { Phrase = "korea" });
        Assert.True(korea.TotalSize > 0);
        Assert.Equal(korea.TotalSize, within.TotalSize);
        Assert.Equal("phrase: must be at most 1000 characters (got 1001)", await RpcAssert.InvalidArgumentAsync("phrase",
            async () => await _client.SearchAsync(new SearchRequest { Phrase = string.Concat(Enumerable.Repeat("😀", 1001)) })));
    }

    [Fact]
    public async Task A_run_of_Chinese_characters_is_one_word_to_the_word_limit()
    {
        // 100 characters, each a word to the index: within the 64-word limit, which counts the run as one.
        var sentence = string.Concat(Enumerable.Repeat("北京经济增长", 17))[..100];
        Assert.Equal(0, (await _client.SearchAsync(new SearchRequest { Phrase = sentence })).TotalSize);
        Assert.Equal("phrase: must have at most 64 words", await RpcAssert.InvalidArgumentAsync("phrase",
            async () => await _client.SearchAsync(new SearchRequest { Phrase = string.Join(' ', Enumerable.Repeat("北", 65)) })));
    }

    [Fact]
    public async Task Bad_requests_name_the_field()
    {
        await RpcAssert.InvalidArgumentAsync("page_size", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", PageSize = -1 }));
        await RpcAssert.InvalidArgumentAsync("query", async () => await _client.SearchAsync(new SearchRequest { Query = new string('a', 1001) }));
        await RpcAssert.InvalidArgumentAsync("phrase", async () => await _client.SearchAsync(new SearchRequest { Phrase = new string('a', 1001) }));
        await RpcAssert.InvalidArgumentAsync("phrase", async () => await _client.SearchAsync(new SearchRequest { Phrase = "!!! ---" }));
        await RpcAssert.InvalidArgumentAsync("page_token", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", PageToken = "not-ours" }));
        Assert.Equal("kinds: 42 is not a paragraph kind to filter on",
            await RpcAssert.InvalidArgumentAsync("kinds", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", Kinds = { (ParagraphKind)42 } })));
        Assert.Equal("kinds: PARAGRAPH_KIND_UNSPECIFIED is not a paragraph kind to filter on",
            await RpcAssert.InvalidArgumentAsync("kinds", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", Kinds = { ParagraphKind.Unspecified } })));
        await RpcAssert.InvalidArgumentAsync("slop", async () => await _client.SearchAsync(new SearchRequest { Phrase = "korea", Slop = 1000 }));
        var slop = await RpcAssert.InvalidArgumentAsync("slop", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", Slop = 2 }));
        Assert.Equal("slop: applies to `phrase` only (in `query`, write \"a phrase\"~2)", slop);
        var querySlop = await RpcAssert.InvalidArgumentAsync("query", async () => await _client.SearchAsync(new SearchRequest { Query = "\"kim jong\"~101" }));
        Assert.Equal("query: phrase slop (~N) must be at most 100 (got 101)", querySlop);
        await RpcAssert.InvalidArgumentAsync("query", async () => await _client.SearchAsync(new SearchRequest { Query = "\"kim jong\"~2147483648" }));
        // A phrase quoted with typographic quotes has the same limit.
        Assert.Equal("query: phrase slop (~N) must be at most 100 (got 101)",
            await RpcAssert.InvalidArgumentAsync("query", async () => await _client.SearchAsync(new SearchRequest { Query = "“kim jong”~101" })));
        Assert.Equal(6, (await _client.SearchAsync(new SearchRequest { Query = "\"kim jong\"~100" })).TotalSize);
        var words = await RpcAssert.InvalidArgumentAsync("query", async () => await _client.SearchAsync(new SearchRequest { Query = string.Join(' ', Enumerable.Repeat("korea", 65)) }));
        Assert.Equal("query: must have at most 64 words", words);
        await RpcAssert.InvalidArgumentAsync("article_id", async () => await _client.GetArticleAsync(new GetArticleRequest { ArticleId = " " }));
        // No article has an id with white space at an end: such a look-up is a typo to point out, not an unknown id.
        Assert.Equal("article_id: must not start or end with white space",
            await RpcAssert.InvalidArgumentAsync("article_id", async () => await _client.GetArticleAsync(new GetArticleRequest { ArticleId = "000_f78ab181bd0a5255 " })));
        await RpcAssert.InvalidArgumentAsync("article_id", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", ArticleId = " 000_f78ab181bd0a5255" }));
    }

    [Fact]
    public async Task Page_token_of_another_query_is_rejected()
    {
        var first = await _client.SearchAsync(new SearchRequest { Query = "korea", PageSize = 1 });
        Assert.NotEqual("", first.NextPageToken);
        var message = await RpcAssert.InvalidArgumentAsync("page_token",
            async () => await _client.SearchAsync(new SearchRequest { Query = "north", PageToken = first.NextPageToken }));
        Assert.Equal("page_token: is not a page token this server issued for this request", message);
        // Padding or white space the decoder would pass over is an edit too.
        foreach (var edited in new[] { first.NextPageToken + "=", first.NextPageToken + " ", " " + first.NextPageToken })
        {
            await RpcAssert.InvalidArgumentAsync("page_token", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", PageSize = 1, PageToken = edited }));
        }
        Assert.Single((await _client.SearchAsync(new SearchRequest { Query = "korea", PageSize = 1, PageToken = first.NextPageToken })).Hits);
    }

    [Fact]
    public async Task Fuzziness_and_slop_numbers_are_not_counted_as_words()
    {
        var fuzzy = await _client.SearchAsync(new SearchRequest { Query = string.Join(' ', Enumerable.Repeat("korea~1", 64)) });
        var sloppy = await _client.SearchAsync(new SearchRequest { Query = string.Join(' ', Enumerable.Repeat("\"north korea\"~3", 32)) });

        Assert.Equal((await _client.SearchAsync(new SearchRequest { Query = "korea~1" })).TotalSize, fuzzy.TotalSize);
        Assert.Equal((await _client.SearchAsync(new SearchRequest { Query = "\"north korea\"~3" })).TotalSize, sloppy.TotalSize);
    }

    [Fact]
    public async Task A_page_token_altered_by_hand_is_rejected()
    {
        var first = await _client.SearchAsync(new SearchRequest { Query = "korea", PageSize = 3 });
        var issued = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(first.NextPageToken));
        // p2.{offset}.{index version}.{signature}
        var parts = issued.Split('.');
        Assert.Equal(["p2", "3"], parts[..2]);
        var version = long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);

        foreach (var altered in new[]
        {
            string.Join('.', parts[0], "00003", parts[2], parts[3]),
            string.Join('.', parts[0], "6", parts[2], parts[3]),
            string.Join('.', parts[0], parts[1], (version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), parts[3]),
        })
        {
            var token = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(altered));
            await RpcAssert.InvalidArgumentAsync("page_token", async () => await _client.SearchAsync(new SearchRequest { Query = "korea", PageSize = 3, PageToken = token }));
        }
        var second = await _client.SearchAsync(new SearchRequest { Query = "korea", PageSize = 3, PageToken = first.NextPageToken });
        Assert.Equal(3, second.Hits.Count);
    }

    [Fact]
    public async Task Query_of_only_punctuation_matches_nothing_rather_than_failing()
    {
        var response = await _client.SearchAsync(new SearchRequest { Query = "\"\" ~~~ ()" });
        Assert.Equal(0, response.TotalSize);
    }
}
