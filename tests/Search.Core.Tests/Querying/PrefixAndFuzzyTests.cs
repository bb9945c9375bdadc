using Search.Core.Entities;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>Prefixes (`pr*`, `jong-u*`) and fuzzy words (`opek~1`): what they match, how they score, what they mark.</summary>
public sealed class PrefixAndFuzzyTests
{
    private static string[] Units(SearchResult result) => result.Hits.Select(h => $"{h.ArticleId}#{h.ParagraphIndex}").ToArray();

    [Fact]
    public void A_prefix_after_a_possessive_is_the_prefix_of_the_word()
    {
        using var index = TestIndex.FromArticles(("k", "Korea's talks\nKoreans said so.\nSeoul says sorry."));

        Assert.Equal(["k#0", "k#1"], Units(index.Query("korea’s*")).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("korea~", "korea~2")]
    [InlineData("(korea~|japan~) oil~ \"a b\"~ \"c~ d\" e\\~ -f~", "(korea~2|japan~2) oil~2 \"a b\"~ \"c~ d\" e\\~ -f~2")]
    [InlineData("korea~1 ~ a ~~ b-~", "korea~1 ~ a ~~ b-~")]
    [InlineData("“a b”~ c", "\"a b\"~ c")]
    public void A_tilde_without_a_number_is_a_fuzziness_of_two(string query, string read)
    {
        Assert.Equal(read, FreeTextParser.WithPlainSyntax(query));
    }

    [Fact]
    public void A_fuzzy_word_without_a_number_finds_words_two_edits_away()
    {
        using var index = TestIndex.FromArticles(("a", "Korea\nKorea talks."), ("b", "Koreans\nKoreans voted."), ("c", "Kore\nKore is a name."));

        Assert.Equal(["a#0", "a#1"], Units(index.Query("korea")).Order(StringComparer.Ordinal));
        Assert.Equal(["a#0", "a#1", "b#0", "b#1", "c#0", "c#1"], Units(index.Query("korea~")).Order(StringComparer.Ordinal));
        Assert.Equal(Units(index.Query("korea~2")), Units(index.Query("korea~")));
    }

    [Fact]
    public void A_fuzzy_word_matches_words_not_the_pair_terms_stacked_on_common_words()
    {
        // `in the` and `of e` are indexed as pair terms (for phrases); `inthe` and `coffe` are one edit from them.
        using var index = TestIndex.FromArticles(
            ("a", "Rubber pact\nThe pact is in the balance."), ("b", "Hutton deal\nA unit of E.F. Hutton agreed."), ("c", "Coffee talks\nCoffee quotas were set."));

        Assert.Equal(0, index.Query("inthe~1").TotalHits);
        Assert.Equal(["c#0", "c#1"], Units(index.Query("coffe~")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_fuzzy_word_marks_a_match_with_two_letters_swapped()
    {
        using var index = TestIndex.FromArticles(("a", "Dollar opens easier\nThe dollar fell."));

        var result = index.Query("dollra~1");

        Assert.Equal(2, result.TotalHits);
        Assert.Equal(["Dollar", "dollar"], result.Hits.OrderBy(h => h.ParagraphIndex).Select(h => h.Text[h.Highlights.Single().Start..h.Highlights.Single().End]));
    }

    [Fact]
    public void A_fuzzy_word_marks_only_the_words_it_matched()
    {
        // `oil~` (two edits) reaches `of`, `in`, `it` and `is` by edit distance, but Lucene needs fewer edits
        // than the shorter word has letters, so none of them matches, and none is marked.
        using var index = TestIndex.FromArticles(("a", "Oil report\nPrices of oil in Asia rose, it is said."), ("b", "Other\nIt is part of many in a row."));

        var result = index.Query("oil~");

        Assert.Equal(["a#0", "a#1"], Units(result).Order(StringComparer.Ordinal));
        var body = result.Hits.Single(h => h.ParagraphIndex == 1);
        Assert.Equal(["oil"], body.Highlights.Select(h => body.Text[h.Start..h.End]));
    }

    [Fact]
    public void A_prefix_matches_words_not_entity_terms()
    {
        var tagger = new GazetteerTagger(("Bahia", EntityType.Location), ("Comissaria Smith", EntityType.Organization));
        using var index = TestIndex.FromArticles(tagger,
            ("a", "Bahia cocoa review\nShowers continued in Bahia, Comissaria Smith said."), ("b", "Exports\nExports rose by eight pct."));

        // Entity terms (`e|LOC|bahia`) sit in the text field too; only `Exports` and `eight` start with `e`.
        Assert.Equal(["b#0", "b#1"], Units(index.Query("e*")).Order(StringComparer.Ordinal));
        Assert.Equal(0, index.Query("in-e*").TotalHits);
        Assert.Equal(["a#0", "a#1"], Units(index.Query("bahia-c*")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fuzzy_terms_are_scored_as_common_as_the_most_common_of_them()
    {
        using var index = TestIndex.FromArticles(
            ("a", "Cartel\nOPEC met in Vienna today."), ("b", "Quotas\nOPEC kept its quotas today."), ("c", "Output\nOPEC output rose today."),
            ("d", "Cars\nOPEL sold many more cars than last year."));

        var result = index.Query("opek~1");

        // Four paragraphs. By its own rarity the one OPEL paragraph came first; blended, it scores as common
        // a word as OPEC, and the shorter OPEC paragraphs rank above it.
        Assert.Equal(4, result.TotalHits);
        Assert.Equal("d", result.Hits[^1].ArticleId);
        var opel = result.Hits[^1].Score;
        var asRareAsItIs = index.Query("opel").Hits.Single().Score;
        Assert.True(opel < asRareAsItIs / 2, $"OPEL scored {opel}; alone, as rare as it is, {asRareAsItIs}");
    }

    [Fact]
    public void A_split_prefix_matches_its_parts_in_order_and_marks_them_together()
    {
        using var index = TestIndex.FromArticles(
            ("k", "Kim Jong-un visits\nKim Jong Uk spoke.\nJong said the United Nations would meet.\nUn Jong met them."));

        var result = index.Query("jong-u*");

        Assert.Equal(["k#0", "k#1"], Units(result).Order(StringComparer.Ordinal));
        Assert.Equal(["Jong-un", "Jong Uk"], result.Hits.OrderBy(h => h.ParagraphIndex).Select(h => h.Text[h.Highlights[0].Start..h.Highlights[0].End]));
        Assert.All(result.Hits, h => Assert.Single(h.Highlights));
        // As a bare word it may be relaxed away like any other word.
        var relaxed = index.Query("jong-u* nations");
        Assert.True(relaxed.Relaxed);
        Assert.Equal(["k#0", "k#1", "k#2"], Units(relaxed).Order(StringComparer.Ordinal));
        Assert.Empty(index.Query("jong-x*").Hits);
    }

    [Fact]
    public void A_prefix_matches_every_word_that_starts_with_it_however_many_there_are()
    {
        // 600 words that sort before `price`: a top-512 rewrite would keep only those and lose `price`.
        var many = string.Join(' ', Enumerable.Range(0, 600).Select(i => $"pra{i:D3}"));
        using var index = TestIndex.FromArticles(("many", $"Many words\n{many}"), ("price", "Price report\nThe price rose."), ("other", "Other\nNothing here."));

        var result = index.Query("pr*");

        Assert.Equal(3, result.TotalHits);
        Assert.Equal(["many#1", "price#0", "price#1"], Units(result).Order(StringComparer.Ordinal));
        Assert.Equal(["price", "price"], result.Hits.Where(h => h.ArticleId == "price").Select(h => h.Text[h.Highlights[0].Start..h.Highlights[0].End].ToLowerInvariant()));
    }
}
