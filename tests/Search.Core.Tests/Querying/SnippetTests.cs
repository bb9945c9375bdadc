using Search.Core.Highlighting;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

public class SnippetTests
{
    // 40 numbered five-letter words: "w00xx w01xx ..." (6 characters each with the space), 239 characters per 40.
    private static readonly string Text = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"w{i:D2}xx"));

    private static TextRange Word(int i) => new(i * 6, i * 6 + 5);

    [Fact]
    public void A_match_near_the_end_gets_a_window_reaching_back_to_full_length()
    {
        var snippet = Build(Word(78));

        Assert.EndsWith("<em>w78xx</em> w79xx", snippet, StringComparison.Ordinal);
        Assert.StartsWith("…w30xx ", snippet, StringComparison.Ordinal);
        Assert.Equal(Text.Length - 30 * 6 + "…<em></em>".Length, snippet.Length);
    }

    [Fact]
    public void A_match_in_the_middle_starts_its_window_a_little_before_it()
    {
        var snippet = Build(Word(40));

        Assert.StartsWith("…w27xx ", snippet, StringComparison.Ordinal);
        Assert.Contains(" <em>w40xx</em> ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" w76xx…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_match_as_long_as_a_paragraph_of_one_repeated_phrase_is_cut_at_the_longest_snippet()
    {
        var text = string.Join(' ', Enumerable.Repeat("New York", 200));

        var snippet = Snippets.Build(text, [new TextRange(0, text.Length)]);

        // "New York " is 9 characters: 66 of them, then the word that ends before character 600.
        Assert.Equal("<em>" + string.Concat(Enumerable.Repeat("New York ", 66)) + "New</em>…", snippet);
    }

    [Fact]
    public void A_long_first_match_that_fits_the_longest_snippet_is_kept_whole()
    {
        var match = new TextRange(Word(10).Start, Word(60).End);

        var snippet = Build(match);

        // From the start (the match is within the lead-in), to the end of the match, past the usual 300.
        Assert.Equal(Text[..match.Start] + "<em>" + Text[match.Start..match.End] + "</em>…", snippet);
    }

    private static string Build(TextRange match) => Snippets.Build(Text, [match]);
}
