using Search.Core.Articles;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>The bundled seed article, indexed and searched as a user would.</summary>
public sealed class SeedSearchTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.FromFolder(RepositoryPaths.Seeds);

    private static string Marked(ParagraphHit hit) =>
        string.Join("|", hit.Highlights.Select(h => hit.Text[h.Start..h.End]));

    [Fact]
    public void Seed_indexes_one_article_of_21_paragraphs()
    {
        Assert.Equal((1, 21), (_index.Build.Articles, _index.Build.Paragraphs));
        Assert.Empty(_index.Build.Skipped);
    }

    [Fact]
    public void Kim_Jong_Un_phrase_finds_every_spelling_and_marks_whole_occurrences()
    {
        var result = _index.Phrase("Kim Jong Un");
        Assert.Equal(5, result.TotalHits);
        Assert.Equal([2, 5, 9, 13, 18], result.Hits.Select(h => h.ParagraphIndex).Order());
        var glued = result.Hits.Single(h => h.ParagraphIndex == 13);
        Assert.Equal("Kim Jong-un", Marked(glued));
        // The match is near the end, so the window reaches back to about 300 characters; that leaves out
        // under 40 at the start of this 337-character paragraph, so it runs to the start.
        Assert.Equal("The secretive communist country decided to “postpone plans for military actions against South Korea,” state media outlet Rodong Sinmun reported on its website on Wednesday. "
            + "The announcement came after a virtual military committee meeting convened by leader <em>Kim Jong Un</em> on Tuesday where they \"assessed the current situation.”",
            result.Hits.Single(h => h.ParagraphIndex == 5).Snippet);
    }

    [Fact]
    public void Phrase_words_outside_an_occurrence_are_not_marked()
    {
        var hit = Assert.Single(_index.Phrase("Unification Ministry spokesperson").Hits);
        Assert.Equal(9, hit.ParagraphIndex);
        Assert.Equal("Unification Ministry spokesperson", Marked(hit));
    }

    [Fact]
    public void Curly_apostrophe_in_text_matches_straight_one_in_phrase()
    {
        var result = _index.Phrase("South Korea's Unification Ministry");
        Assert.Equal([8, 15], result.Hits.Select(h => h.ParagraphIndex).Order());
        Assert.All(result.Hits, h => Assert.Equal("South Korea’s Unification Ministry", Marked(h)));
    }

    [Fact]
    public void Glued_credit_is_searchable_and_caption_last_word_intact()
    {
        var credit = Assert.Single(_index.Phrase("Ahn Young-joon").Hits);
        Assert.Equal((ParagraphKind.Credit, 3), (credit.Kind, credit.ParagraphIndex));
        var caption = Assert.Single(_index.Phrase("towards North Korea").Hits);
        Assert.Equal(ParagraphKind.Caption, caption.Kind);
        Assert.Equal("towards North Korea", Marked(caption));
    }

    [Fact]
    public void Alt_text_only_words_are_found_in_the_caption()
    {
        var hit = Assert.Single(_index.Phrase("Seoul Railway Station").Hits);
        Assert.Equal((ParagraphKind.Caption, 2), (hit.Kind, hit.ParagraphIndex));
    }

    [Fact]
    public void Boilerplate_is_not_indexed()
    {
        Assert.Equal(0, _index.Phrase("optimal experience").TotalHits);
    }

    [Fact]
    public void Hits_carry_article_id_title_and_kind()
    {
        var hit = _index.Phrase("liaison office").Hits[0];
        Assert.Equal("000_f78ab181bd0a5255", hit.ArticleId);
        Assert.Equal("North Korea says it will 'postpone' plan for military action in apparent softening toward South Korea", hit.ArticleTitle);
    }

    [Fact]
    public void Kinds_and_article_filters_restrict_hits()
    {
        var captions = _index.Searcher.Search(new SearchSpec { Phrase = "Kim Jong Un", Kinds = new HashSet<ParagraphKind> { ParagraphKind.Caption } }, CancellationToken.None);
        Assert.Equal([2, 13], captions.Hits.Select(h => h.ParagraphIndex).Order());
        var elsewhere = _index.Searcher.Search(new SearchSpec { Phrase = "Kim Jong Un", ArticleId = "other" }, CancellationToken.None);
        Assert.Equal(0, elsewhere.TotalHits);
    }

    [Fact]
    public void Get_article_returns_paragraphs_in_order()
    {
        var article = _index.Searcher.GetArticle("000_f78ab181bd0a5255")!;
        Assert.Equal(Enumerable.Range(0, 21), article.Paragraphs.Select(p => p.Index));
        Assert.Equal("Stella Kim contributed.", article.Paragraphs[20].Text);
        Assert.Null(_index.Searcher.GetArticle("missing"));
    }

    public void Dispose() => _index.Dispose();
}
