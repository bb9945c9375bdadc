using Search.Core.Querying;
using Search.Core.Tests.Support;
using Xunit;

namespace Search.Core.Tests.Querying;

/// <summary>Answers stay within what a gRPC client takes by default (4 MB), however long the paragraphs.</summary>
public class AnswerSizeTests
{
    [Fact]
    public void A_hit_carries_its_first_thousand_highlights()
    {
        // `tin` 1,500 times: occurrence k stands at 4k.
        using var index = TestIndex.FromArticles(("rep", "Repeats\n" + string.Join(' ', Enumerable.Repeat("tin", 1_500))));

        var hit = index.Query("tin").Hits.Single(h => h.ParagraphIndex == 1);

        Assert.Equal(ParagraphSearcher.MaxHighlightsPerHit, hit.Highlights.Count);
        Assert.Equal((0, 3), (hit.Highlights[0].Start, hit.Highlights[0].End));
        Assert.Equal((3_996, 3_999), (hit.Highlights[^1].Start, hit.Highlights[^1].End));
    }

    [Fact]
    public void A_page_ends_before_the_hit_that_would_take_it_past_its_byte_limit()
    {
        // Twelve paragraphs of 99,990 characters, each about 300 KB counted at three bytes a character.
        var paragraph = "zzbig " + string.Join(' ', Enumerable.Repeat("filler", 14_283)) + " end";
        Assert.Equal(99_990, paragraph.Length);
        using var index = TestIndex.FromArticles(Enumerable.Range(1, 12).Select(i => ($"big{i:00}", $"Big report {i:00}\n{paragraph}")).ToArray());
        var one = index.Searcher.Search(new SearchSpec { Phrase = "zzbig", Limit = 1 }, CancellationToken.None).Hits.Single();
        var size = HitSize.UpperBound(one);
        // Room for four hits and a half: the page ends after the fourth.
        var limit = (int)(4.5 * size);

        var first = index.Searcher.Search(new SearchSpec { Phrase = "zzbig", Limit = 10, MaxPageBytes = limit }, CancellationToken.None);
        var rest = index.Searcher.Search(new SearchSpec { Phrase = "zzbig", Offset = 4, Limit = 10, IndexVersion = first.IndexVersion }, CancellationToken.None);
        var unlimited = index.Searcher.Search(new SearchSpec { Phrase = "zzbig", Limit = 12 }, CancellationToken.None);

        Assert.Equal(12, first.TotalHits);
        Assert.Equal(4, first.Hits.Count);
        Assert.All(first.Hits, hit => Assert.Equal(size, HitSize.UpperBound(hit)));
        Assert.NotNull(first.IndexVersion);
        Assert.Equal(8, rest.Hits.Count);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"big{i:00}"), first.Hits.Concat(rest.Hits).Select(h => h.ArticleId).Order());
        // Without a limit (the command line), a page is as long as asked.
        Assert.Equal(12, unlimited.Hits.Count);
    }

    [Fact]
    public void A_page_always_has_its_first_hit_however_large()
    {
        using var index = TestIndex.FromArticles(("big", "Big\nzzbig " + string.Join(' ', Enumerable.Repeat("filler", 1_000))), ("small", "Small\nzzbig here"));

        var page = index.Searcher.Search(new SearchSpec { Phrase = "zzbig", Limit = 10, MaxPageBytes = 100 }, CancellationToken.None);

        Assert.Equal(2, page.TotalHits);
        Assert.Single(page.Hits);
        Assert.NotNull(page.IndexVersion);
    }

    [Fact]
    public void The_upper_bound_counts_three_bytes_a_character_and_every_field()
    {
        var hit = new ParagraphHit("a1", "Title", 3, Search.Core.Articles.ParagraphKind.Body, "Seoul text", 1.5f,
            [new TextRange(0, 5)], "<em>Seoul</em> text",
            [new Search.Core.Entities.ResolvedMention(0, 5, Search.Core.Entities.EntityType.Location, "Seoul", "Seoul")]);

        // Message 6; strings (6 + 3 × length): id 12, title 21, text 36, snippet 63; numbers 3 × 11;
        // a highlight 6 + 22; a mention 6 + 21 + 21 + 33.
        Assert.Equal(6 + 12 + 21 + 36 + 63 + 33 + 28 + 81, HitSize.UpperBound(hit));
    }

    [Fact]
    public void A_long_article_comes_in_pages_that_join_into_the_whole()
    {
        // A headline and twelve paragraphs of 99,990 characters, about 300 KB each counted at three bytes a character.
        var paragraph = "zzbig " + string.Join(' ', Enumerable.Repeat("filler", 14_283)) + " end";
        using var index = TestIndex.FromArticles(("long", "Long report\n" + string.Join('\n', Enumerable.Repeat(paragraph, 12))));
        var whole = index.Searcher.GetArticleWithEntities("long")!;
        var size = HitSize.UpperBound(whole.Article.Paragraphs[1], whole.Mentions[1]);
        // Room for four long paragraphs and a half: the short headline and four long ones, then four and four.
        var limit = (long)(4.5 * size);

        var pages = new List<ArticlePage>();
        var offset = 0;
        long? version = null;
        do
        {
            var page = index.Searcher.GetArticlePage("long", offset, version, limit)!;
            pages.Add(page);
            (offset, version) = (page.IndexVersion is null ? -1 : offset + page.Article.Article.Paragraphs.Count, page.IndexVersion);
        }
        while (offset >= 0);

        Assert.Equal([5, 4, 4], pages.Select(p => p.Article.Article.Paragraphs.Count));
        Assert.All(pages, page => Assert.Equal("Long report", page.Article.Article.Title));
        Assert.Equal(whole.Article.Paragraphs, pages.SelectMany(p => p.Article.Article.Paragraphs));
        Assert.Null(pages[^1].IndexVersion);
        Assert.Null(index.Searcher.GetArticlePage("long", 13, null, limit));
    }
}
