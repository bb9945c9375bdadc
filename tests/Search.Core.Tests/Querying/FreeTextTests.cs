using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>simple_query_string semantics, relaxation and ranking.</summary>
public sealed class FreeTextTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.FromArticles(
        ("b1", "Oil prices rise\nCrude oil prices rose sharply on Monday.\nTraders sold shares of refiners."),
        ("b2", "Markets calm\nOil output was steady.\nThe oil ministry said prices would hold."),
        ("b3", "Wheat report\nWheat exports rose.\nWheat prices and oil prices diverged."));

    private static string[] Units(SearchResult result) => result.Hits.Select(h => $"{h.ArticleId}#{h.ParagraphIndex}").ToArray();

    [Fact]
    public void Words_are_all_required_and_stemmed()
    {
        var result = _index.Query("oil price");
        Assert.False(result.Relaxed);
        Assert.Equal(4, result.TotalHits);
        Assert.Equal(["b1#0", "b1#1", "b2#2", "b3#2"], Units(result).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_word_with_a_stem_the_query_asks_for_is_marked()
    {
        var result = _index.Query("oil price");
        string[] Marked(string unit)
        {
            var hit = result.Hits.Single(h => $"{h.ArticleId}#{h.ParagraphIndex}" == unit);
            return hit.Highlights.Select(h => hit.Text[h.Start..h.End]).ToArray();
        }
        Assert.Equal(["oil", "prices"], Marked("b1#1"));
        Assert.Equal(["prices", "oil", "prices"], Marked("b3#2"));
    }

    [Theory]
    [InlineData("oil\u00A0price")]
    [InlineData("oil\u2009price")]
    [InlineData("oil\u3000price")]
    public void Words_parted_by_any_unicode_space_are_separate_words_not_a_phrase(string query)
    {
        Assert.Equal(Units(_index.Query("oil price")), Units(_index.Query(query)));
        Assert.Equal(4, _index.Query(query).TotalHits);
    }

    [Fact]
    public void Headline_match_ranks_above_the_same_match_in_body()
    {
        var result = _index.Query("oil price");
        Assert.Equal("b1#0", Units(result)[0]);
    }

    [Fact]
    public void Quoted_phrase_is_exact()
    {
        Assert.Equal(["b1#1"], Units(_index.Query("\"oil prices rose\"")));
        Assert.Empty(_index.Query("\"oil price rose\"").Hits);
    }

    [Fact]
    public void Exclusion_or_prefix_and_grouping()
    {
        Assert.Equal(["b1#0", "b1#1", "b2#2"], Units(_index.Query("oil price -wheat")).Order(StringComparer.Ordinal));
        Assert.Equal(["b1#2", "b3#1"], Units(_index.Query("exports | shares")).Order(StringComparer.Ordinal));
        Assert.Equal(["b1#2"], Units(_index.Query("refin*")));
        Assert.Equal(["b3#1", "b3#2"], Units(_index.Query("wheat (exports | diverged)")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_word_that_splits_loses_its_possessive_too()
    {
        using var index = TestIndex.FromArticles(("k", "Kim Jong-un's visit\nKim Jong Un spoke.\nThe U.S. said so.\nU.S.'s view held."));

        Assert.Equal(["k#0", "k#1"], Units(index.Query("Jong-un's")).Order(StringComparer.Ordinal));
        Assert.Equal(Units(index.Query("Jong-un")), Units(index.Query("Jong-un’s")));
        Assert.Equal(["k#2", "k#3"], Units(index.Query("U.S.'s")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("“oil prices” -wheat")]
    [InlineData("„oil prices“ -wheat")]
    [InlineData("«oil prices» -wheat")]
    public void Typographic_double_quotes_quote_a_phrase(string query)
    {
        // As `"oil prices" -wheat`: the exact words in order, so not b2#2's `oil ministry said prices`.
        Assert.Equal(["b1#0", "b1#1"], Units(_index.Query(query)).Order(StringComparer.Ordinal));
        Assert.Equal(Units(_index.Query("\"oil prices\" -wheat")), Units(_index.Query(query)));
    }

    [Fact]
    public void A_query_that_relaxing_cannot_help_is_not_reported_relaxed()
    {
        var result = _index.Query("zebraxx quuxx");

        Assert.Empty(result.Hits);
        Assert.Equal(0, result.TotalHits);
        Assert.False(result.Relaxed);
    }

    [Fact]
    public void Sloppy_quoted_phrase()
    {
        Assert.Equal(["b1#1"], Units(_index.Query("\"crude prices\"~1")));
    }

    [Fact]
    public void Only_an_exclusion_matches_everything_else()
    {
        Assert.Equal(["b1#2", "b2#0", "b3#0", "b3#1"], Units(_index.Query("-oil")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("oil \"")]
    [InlineData("((oil")]
    [InlineData("oil)) |")]
    [InlineData("~~~ oil")]
    [InlineData("oil* -")]
    public void Malformed_syntax_is_read_leniently(string query)
    {
        Assert.True(_index.Query(query).TotalHits > 0);
    }

    [Fact]
    public void When_no_paragraph_has_every_word_the_query_is_relaxed_and_more_words_rank_first()
    {
        var result = _index.Query("wheat oil exports");
        Assert.True(result.Relaxed);
        Assert.Equal(["b3#1", "b3#2"], Units(result).Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(7, result.TotalHits);
    }

    [Fact]
    public void A_relaxed_hit_shows_the_bm25_score_of_the_words_it_matched()
    {
        var relaxed = _index.Query("wheat oil exports");
        var body = _index.Query("wheat exports");
        var headlineRelaxed = _index.Query("oil prices zzyzx");
        var headline = _index.Query("oil prices");

        Assert.True(relaxed.Relaxed);
        Assert.True(headlineRelaxed.Relaxed);
        Assert.Equal(Score(body, "b3#1"), Score(relaxed, "b3#1"), 5);
        // The headline keeps its doubling, as in a strict search.
        Assert.Equal(Score(headline, "b1#0"), Score(headlineRelaxed, "b1#0"), 5);
        Assert.True(Score(headline, "b1#0") > 1f);
    }

    private static float Score(SearchResult result, string unit) => result.Hits.Single(h => $"{h.ArticleId}#{h.ParagraphIndex}" == unit).Score;

    [Fact]
    public void Phrases_and_exclusions_are_never_relaxed()
    {
        var result = _index.Query("\"wheat exports\" ministry -rose");
        Assert.Equal(0, result.TotalHits);
        var relaxed = _index.Query("\"oil prices\" ministry wheat");
        Assert.True(relaxed.Relaxed);
        // Every paragraph with the phrase; the one that also says "wheat" first.
        Assert.Equal("b3#2", Units(relaxed)[0]);
        Assert.Equal(["b1#0", "b1#1", "b3#2"], Units(relaxed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Words_in_a_group_are_relaxed_one_by_one_as_if_written_without_it()
    {
        var grouped = _index.Query("(wheat zebraxx) exports");
        var flat = _index.Query("wheat zebraxx exports");

        Assert.True(grouped.Relaxed);
        Assert.Equal("b3#1", Units(grouped)[0]);
        Assert.Equal(Units(flat), Units(grouped));
        Assert.Equal(flat.TotalHits, grouped.TotalHits);
        Assert.Equal(3, grouped.TotalHits);
    }

    [Fact]
    public void Each_alternative_of_an_either_or_group_is_relaxed_in_turn()
    {
        // No paragraph has wheat and (exports and zebraxx, or quuxx): wheat with exports ranks first.
        var result = _index.Query("wheat (exports zebraxx | quuxx)");

        Assert.True(result.Relaxed);
        Assert.Equal("b3#1", Units(result)[0]);
        Assert.Equal(["b3#0", "b3#1", "b3#2"], Units(result).Order(StringComparer.Ordinal));
        // The group alone relaxes too: its alternatives' words may match one by one.
        var alone = _index.Query("exports zebraxx | quuxx");
        Assert.True(alone.Relaxed);
        Assert.Equal(["b3#1"], Units(alone));
    }

    [Fact]
    public void An_exclusion_does_not_anchor_a_relaxed_query()
    {
        // Relaxed to "anything but oil" it would match nearly every paragraph: a word must still match.
        var result = _index.Query("zebraxx -oil");

        Assert.Equal(0, result.TotalHits);
        Assert.False(result.Relaxed);
        var withWord = _index.Query("wheat zebraxx -prices");
        Assert.True(withWord.Relaxed);
        Assert.Equal(["b3#0", "b3#1"], Units(withWord).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_phrase_with_one_missing_word_relaxes_to_the_phrase()
    {
        var phrase = _index.Query("\"oil prices\"");
        var relaxed = _index.Query("\"oil prices\" zyzzyva");
        var phraseField = _index.Searcher.Search(new SearchSpec { Phrase = "oil prices", Query = "zyzzyva" }, CancellationToken.None);

        Assert.False(phrase.Relaxed);
        Assert.True(relaxed.Relaxed);
        Assert.True(phraseField.Relaxed);
        Assert.Equal(3, relaxed.TotalHits);
        Assert.Equal(Units(phrase), Units(relaxed));
        Assert.Equal(Units(phrase), Units(phraseField));
        // A lone word that matches nothing is still nothing: there is nothing to relax to.
        Assert.Equal(0, _index.Query("zyzzyva").TotalHits);
        Assert.Equal(0, _index.Query("zyzzyva -oil").TotalHits);
    }

    [Fact]
    public void An_exclusion_changes_neither_scores_nor_order_of_the_other_hits()
    {
        var plain = _index.Query("prices");
        var excluding = _index.Query("prices -zyzzyva");

        Assert.Equal(plain.Hits.Select(h => (h.ArticleId, h.ParagraphIndex, h.Score)), excluding.Hits.Select(h => (h.ArticleId, h.ParagraphIndex, h.Score)));
    }

    [Fact]
    public void A_possessive_in_a_bare_word_is_dropped()
    {
        Assert.Equal(Units(_index.Query("wheat")), Units(_index.Query("Wheat’s")));
        Assert.Equal(Units(_index.Query("oil prices")), Units(_index.Query("oil's prices")));
    }

    [Fact]
    public void Equal_scores_are_ordered_by_article_then_paragraph()
    {
        using var index = TestIndex.FromArticles(("z", "Title z\nsame words"), ("m", "Title m\nsame words"), ("a", "Title a\nsame words"));
        Assert.Equal(["a#1", "m#1", "z#1"], Units(index.Phrase("same words")));
    }

    [Fact]
    public void Paging_continues_the_same_ranking()
    {
        var all = Units(_index.Searcher.Search(new SearchSpec { Query = "oil | wheat", Limit = 10 }, CancellationToken.None));
        var second = Units(_index.Searcher.Search(new SearchSpec { Query = "oil | wheat", Offset = 2, Limit = 2 }, CancellationToken.None));
        Assert.Equal(all.Skip(2).Take(2), second);
    }

    [Fact]
    public void A_bare_word_that_analysis_splits_matches_its_parts_as_an_exact_phrase()
    {
        using var index = TestIndex.FromArticles(
            ("c1", "Summit\nKim Jong-un met the envoy."),
            ("c2", "Profile\nA file image of Kim Jong Un."),
            ("c3", "Order\nUn officials met Jong."),
            ("c4", "Bases\nA U.S.-based company.\nNew U.S. bases."));

        var result = index.Query("Jong-un");

        Assert.Equal(["c1#1", "c2#1"], Units(result).Order(StringComparer.Ordinal));
        Assert.Equal(["Jong-un", "Jong Un"], result.Hits.OrderBy(h => h.ArticleId, StringComparer.Ordinal).Select(h => h.Text[h.Highlights[0].Start..h.Highlights[0].End]));
        Assert.Equal(["c4#1"], Units(index.Query("U.S.-based")));
    }

    [Fact]
    public void A_split_word_is_still_a_word_when_the_query_is_relaxed()
    {
        using var index = TestIndex.FromArticles(
            ("c1", "Summit\nKim Jong-un met the envoy."),
            ("c2", "Harvest\nU.S. rice prices rose."),
            ("c3", "Crops\nRice exports fell."));

        var result = index.Query("Jong-un rice");

        Assert.True(result.Relaxed);
        Assert.Equal(["c1#1", "c2#1", "c3#1"], Units(result).Order(StringComparer.Ordinal));
        var strict = index.Query("U.S. rice");
        Assert.False(strict.Relaxed);
        Assert.Equal(["c2#1"], Units(strict));
    }

    public void Dispose() => _index.Dispose();
}
