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
    public void A_page_of_long_paragraphs_ends_once_it_carries_half_a_million_characters()
    {
        // Twelve paragraphs of 99,990 characters: the page ends after the sixth (599,940 characters; five
        // are 499,950, under the limit), and keeps the index version for the next page.
        var paragraph = "zzbig " + string.Join(' ', Enumerable.Repeat("filler", 14_283)) + " end";
        Assert.Equal(99_990, paragraph.Length);
        using var index = TestIndex.FromArticles(Enumerable.Range(1, 12).Select(i => ($"big{i}", $"Big report {i}\n{paragraph}")).ToArray());

        var first = index.Searcher.Search(new SearchSpec { Phrase = "zzbig", Limit = 10 }, CancellationToken.None);
        var rest = index.Searcher.Search(new SearchSpec { Phrase = "zzbig", Offset = 6, Limit = 10, IndexVersion = first.IndexVersion }, CancellationToken.None);

        Assert.Equal(12, first.TotalHits);
        Assert.Equal(6, first.Hits.Count);
        Assert.NotNull(first.IndexVersion);
        Assert.Equal(6, rest.Hits.Count);
        Assert.Null(rest.IndexVersion);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"big{i}").Order(), first.Hits.Concat(rest.Hits).Select(h => h.ArticleId).Order());
    }
}
