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

    // 90 words: the window of a match in the middle ends more than 40 characters before the end.
    private static readonly string LongerText = string.Join(' ', Enumerable.Range(0, 90).Select(i => $"w{i:D2}xx"));

    [Fact]
    public void A_match_in_the_middle_starts_its_window_a_little_before_it()
    {
        var snippet = Snippets.Build(LongerText, [Word(40)]);

        Assert.StartsWith("…w27xx ", snippet, StringComparison.Ordinal);
        Assert.Contains(" <em>w40xx</em> ", snippet, StringComparison.Ordinal);
        Assert.EndsWith(" w76xx…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_match_the_window_would_cut_is_shown_whole()
    {
        // The window of Word(40) ends at the space between w76xx and w77xx, inside a two-word match.
        var snippet = Snippets.Build(LongerText, [Word(40), new TextRange(Word(76).Start, Word(77).End)]);

        Assert.EndsWith(" <em>w76xx w77xx</em>…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_that_would_leave_out_40_characters_or_fewer_at_an_end_runs_to_it()
    {
        // 80 words, 479 characters: the window of Word(40) would end 17 characters before the end.
        Assert.EndsWith(" w79xx", Build(Word(40)), StringComparison.Ordinal);
        // A paragraph of 315 characters whose match is at its start is whole; one of 346 is not.
        var figures = "Refinery margins: " + string.Join(' ', Enumerable.Range(0, 46).Select(i => $"{i:D2}.10")) + " CRACKING........19.10";
        Assert.Equal(315, figures.Length);
        Assert.Equal("<em>Refinery</em>" + figures["Refinery".Length..], Snippets.Build(figures, [new TextRange(0, 8)]));
        var longer = figures + string.Concat(Enumerable.Repeat(" 19.10", 5)) + "!";
        Assert.EndsWith("…", Snippets.Build(longer, [new TextRange(0, 8)]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_slack_never_stretches_a_snippet_past_the_longest_one()
    {
        // 106 words (635 characters), one match over the first 105: cut at the space before character 600,
        // 36 characters before the end, and not run on to the end, which would make 635.
        var text = string.Join(' ', Enumerable.Range(0, 106).Select(i => $"w{i:D3}x"));
        var snippet = Snippets.Build(text, [new TextRange(0, 105 * 6 - 1)]);

        Assert.Equal("<em>" + text[..599] + "</em>…", snippet);
    }

    [Fact]
    public void A_later_match_past_the_longest_snippet_is_left_out_rather_than_cut()
    {
        // 80 words, then one match of 120 words starting where the window of Word(40) would end.
        var text = Text + " " + string.Join(' ', Enumerable.Range(80, 120).Select(i => $"w{i:D3}x"));
        var late = new TextRange(Word(76).Start, text.Length);

        var snippet = Snippets.Build(text, [Word(40), late]);

        Assert.EndsWith(" w74xx w75xx…", snippet, StringComparison.Ordinal);
        Assert.Equal(1, snippet.Split("<em>").Length - 1);
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

    [Fact]
    public void Text_without_spaces_near_the_cut_keeps_its_context_and_its_surrogate_pairs()
    {
        // 200 emoji (two UTF-16 units each, units 0-399), a space, the word (401-411), a space, 200 emoji.
        var emoji = string.Concat(Enumerable.Repeat("😀", 200));
        var text = emoji + " needleword " + emoji;

        var snippet = Snippets.Build(text, [new TextRange(401, 411)]);

        // 80 units before the match is unit 321, inside a pair: the window starts after it, at 322, and
        // ends 300 units on, at 622, between two pairs.
        Assert.Equal("…" + text[322..401] + "<em>needleword</em>" + text[411..622] + "…", snippet);
    }

    [Fact]
    public void No_alignment_of_the_window_breaks_a_surrogate_pair()
    {
        var emoji = string.Concat(Enumerable.Repeat("😀", 200));
        for (var shift = 0; shift < 4; shift++)
        {
            for (var gap = 0; gap < 4; gap++)
            {
                var text = new string('x', shift) + emoji + " needleword" + new string('y', gap) + emoji;
                var start = shift + 401;

                var snippet = Snippets.Build(text, [new TextRange(start, start + 10)]);

                var bare = snippet.Replace("<em>", "", StringComparison.Ordinal).Replace("</em>", "", StringComparison.Ordinal).Trim('…');
                Assert.True(bare.EnumerateRunes().All(r => r.Value != 0xFFFD), $"shift {shift}, gap {gap}: {bare}");
                Assert.Equal(System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(bare)), bare);
                Assert.InRange(bare.Length, 298, 300);
            }
        }
    }

    private static string Build(TextRange match) => Snippets.Build(Text, [match]);
}
