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

    private static string Build(TextRange match) => Snippets.Build(Text, [match]);
}
