using Search.Core.Articles;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>A paragraph too long for a hit record (Lucene's 32 KB doc-value limit) is read from the stored fields.</summary>
public sealed class LongParagraphTests : IDisposable
{
    private static readonly string Long = "Grain silos overflowed. " + string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"word{i}")) + " Final grain tally.";

    private readonly TestIndex _index = TestIndex.FromArticles(
        ("long", $"Harvest record\nFarmers reported early.\n{Long}\nPrices eased."));

    [Fact]
    public void A_hit_on_a_long_paragraph_has_its_headline_text_and_place()
    {
        var hit = Assert.Single(_index.Phrase("final grain tally").Hits);

        Assert.Equal(("long", "Harvest record", 2, ParagraphKind.Body), (hit.ArticleId, hit.ArticleTitle, hit.ParagraphIndex, hit.Kind));
        Assert.Equal(Long, hit.Text);
        Assert.Equal("Final grain tally", hit.Text[hit.Highlights[0].Start..hit.Highlights[0].End]);
    }

    [Fact]
    public void The_article_comes_back_whole_and_in_order()
    {
        var article = _index.Searcher.GetArticle("long");

        Assert.NotNull(article);
        Assert.Equal("Harvest record", article.Title);
        Assert.Equal(
            [(0, ParagraphKind.Headline, "Harvest record"), (1, ParagraphKind.Body, "Farmers reported early."), (2, ParagraphKind.Body, Long), (3, ParagraphKind.Body, "Prices eased.")],
            article.Paragraphs.Select(p => (p.Index, p.Kind, p.Text)));
    }

    public void Dispose() => _index.Dispose();
}
