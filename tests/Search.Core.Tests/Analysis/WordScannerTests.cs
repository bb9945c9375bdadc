using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public class WordScannerTests
{
    private static string[] Terms(string text) => WordScanner.Words(text).Select(w => w.Term).ToArray();

    [Theory]
    [InlineData("Korea’s", new[] { "korea", "s" })]
    [InlineData("Korea's", new[] { "korea", "s" })]
    [InlineData("Kim Jong-un", new[] { "kim", "jong", "un" })]
    [InlineData("Moon Jae-in", new[] { "moon", "jae", "in" })]
    [InlineData("Kim Jong Un.Ahn", new[] { "kim", "jong", "un", "ahn" })]
    [InlineData("South Korea.Kim", new[] { "south", "korea", "kim" })]
    [InlineData("“postpone plans”", new[] { "postpone", "plans" })]
    [InlineData("Café Zürich São", new[] { "cafe", "zurich", "sao" })]
    [InlineData("Cafe\u0301", new[] { "cafe" })]
    [InlineData("1950-53 U.S. 3.5pct", new[] { "1950", "53", "u", "s", "3", "5pct" })]
    [InlineData("MILITARY Actions", new[] { "military", "actions" })]
    [InlineData("Straße", new[] { "strasse" })]
    [InlineData("— ... !!", new string[0])]
    [InlineData("Łódź Ørsted Æsthetic Œuvre Diyarbakır Þór Đakovo", new[] { "lodz", "orsted", "aesthetic", "oeuvre", "diyarbakir", "thor", "dakovo" })]
    [InlineData("ΣΊΣΥΦΟΣ Σίσυφος σισυφοσ", new[] { "σισυφοσ", "σισυφοσ", "σισυφοσ" })]
    [InlineData("Ko\u00ADrea hy\u00ADphen\u00AD \u00ADx", new[] { "korea", "hyphen", "x" })]
    [InlineData("a\u200Db a\u200Cb a\u2060b a\u200Bb", new[] { "ab", "ab", "ab", "a", "b" })]
    [InlineData("Korea\u02BCs", new[] { "korea", "s" })]
    [InlineData("東京の株価が上昇した", new[] { "東", "京", "の", "株", "価", "か", "上", "昇", "し", "た" })]
    [InlineData("アメリカ大統領 Obama氏", new[] { "アメリカ", "大", "統", "領", "obama", "氏" })]
    [InlineData("GDP增长7%", new[] { "gdp", "增", "长", "7" })]
    public void Words_are_maximal_letter_digit_runs_folded(string text, string[] expected)
    {
        Assert.Equal(expected, Terms(text));
    }

    [Fact]
    public void AddWordsIn_keeps_the_vocabulary_words_and_blanks_the_others_at_the_same_offsets()
    {
        const string text = "Café ZÜRICH talks, Zurich café SÃO 3.5pct";
        var vocabulary = new HashSet<string>(["cafe", "zurich", "5pct"], StringComparer.Ordinal);

        var words = new List<Word>();
        WordScanner.AddWordsIn(text, vocabulary.GetAlternateLookup<ReadOnlySpan<char>>(), words);

        Assert.Equal(["cafe", "zurich", "", "zurich", "cafe", "", "", "5pct"], words.Select(w => w.Term));
        Assert.Equal(WordScanner.Words(text).Select(w => (w.Start, w.End, w.Position)), words.Select(w => (w.Start, w.End, w.Position)));
        // The vocabulary's own strings, not copies: nothing is allocated for a word that is kept.
        Assert.Same(vocabulary.First(v => v == "zurich"), words[3].Term);
    }

    [Fact]
    public void Offsets_point_at_the_original_text()
    {
        var words = WordScanner.Words("Korea’s Un.Ahn");
        Assert.Equal(
            [new Word("korea", 0, 5, 0), new Word("s", 6, 7, 1), new Word("un", 8, 10, 2), new Word("ahn", 11, 14, 3)],
            words);
    }

    [Fact]
    public void Hangul_runs_stay_words_folded_to_their_compatibility_decomposition()
    {
        // Korean is written with spaces between words; folding (NFKD) writes a syllable as its letters (jamo).
        Assert.Equal(["한국", "경제가", "성장"], Terms("한국 경제가 성장").Select(t => t.Normalize(System.Text.NormalizationForm.FormC)));
        Assert.Equal("한국".Normalize(System.Text.NormalizationForm.FormKD), Terms("한국")[0]);
    }

    [Fact]
    public void Marks_after_an_ideograph_stay_with_it_up_to_the_longest_word()
    {
        // A decomposed dakuten (U+3099) stays with its kana; 300 accents after a Han character stop at 255 units.
        Assert.Equal([new Word("か", 0, 2, 0), new Word("き", 2, 3, 1)], WordScanner.Words("か\u3099き"));
        var marked = WordScanner.Words("東" + new string('\u0301', 300) + " market");
        Assert.Equal((0, WordScanner.MaxWordLength, "東"), (marked[0].Start, marked[0].End, marked[0].Term));
        Assert.Equal("market", marked[^1].Term);
    }

    [Fact]
    public void A_soft_hyphen_inside_a_word_is_inside_its_span_and_out_of_its_term()
    {
        // The highlight covers the word as written; a soft hyphen after the last letter is not part of it.
        Assert.Equal([new Word("korea", 0, 6, 0), new Word("talks", 8, 13, 1)], WordScanner.Words("Ko\u00ADrea\u00AD talks"));
    }

    [Fact]
    public void Surrogate_pair_letters_stay_in_one_word()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP; it folds to "a".
        Assert.Equal(["xay"], Terms("x\U0001D400y"));
    }
}
