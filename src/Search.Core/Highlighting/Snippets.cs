using Search.Core.Querying;

namespace Search.Core.Highlighting;

/// <summary>Cuts a window of a long paragraph around its first match and wraps matches in &lt;em&gt;. Thread-safe.</summary>
public static class Snippets
{
    /// <summary>Paragraphs up to this many UTF-16 code units are returned whole.</summary>
    public const int MaxLength = 300;

    /// <summary>Longest window a long first match may stretch a snippet to, in UTF-16 code units.</summary>
    public const int MaxGrownLength = 2 * MaxLength;

    private const int LeadIn = 80;

    // A window that would leave out no more than this at either end of the paragraph takes it in: a snippet
    // that drops the last word (`Kodak.`) or the last digits of a table (`19.1` for `19.10`) misleads more
    // than it saves.
    private const int Slack = 40;
    private const string Ellipsis = "…";

    /// <summary>The snippet for <paramref name="text"/> with <paramref name="highlights"/> (sorted, disjoint) marked.</summary>
    public static string Build(string text, IReadOnlyList<TextRange> highlights)
    {
        int from = 0, to = text.Length;
        if (text.Length > MaxLength)
        {
            var anchor = highlights.Count > 0 ? highlights[0].Start : 0;
            // Near the end of the text the window reaches further back, so it still holds about MaxLength characters.
            var start = Math.Min(Math.Max(0, anchor - LeadIn), text.Length - MaxLength);
            from = start == 0 ? 0 : WordStartAfter(text, start, anchor);
            to = Math.Min(text.Length, from + MaxLength);
            if (highlights.Count > 0)
            {
                // Never cut the first match in two, unless it alone runs past the longest snippet (a phrase
                // repeated back to back is one match, as long as the paragraph).
                to = Math.Max(to, Math.Min(text.Length, Math.Min(highlights[0].End, from + MaxGrownLength)));
            }
            if (from <= Slack && to <= MaxGrownLength)
            {
                from = 0;
            }
            if (text.Length - to <= Slack && text.Length - from <= MaxGrownLength)
            {
                to = text.Length;
            }
            if (to < text.Length)
            {
                to = WordEndBefore(text, to, highlights.Count > 0 && highlights[0].End <= to ? highlights[0].End : from + 1);
                to = OutsideLaterMatches(text, highlights, from, to);
            }
        }
        // Measured first, then written once into the string: no builder buffer per hit.
        var length = (from > 0 ? Ellipsis.Length : 0) + (to - from) + (to < text.Length ? Ellipsis.Length : 0);
        foreach (var range in highlights)
        {
            if (Shows(range, from, to))
            {
                length += Open.Length + Close.Length;
            }
        }
        return string.Create(length, (Text: text, Highlights: highlights, From: from, To: to), static (output, window) =>
        {
            var (text, highlights, from, to) = window;
            var written = 0;
            if (from > 0)
            {
                Write(output, ref written, Ellipsis);
            }
            var cursor = from;
            foreach (var range in highlights)
            {
                if (!Shows(range, from, to))
                {
                    continue;
                }
                var start = Math.Max(range.Start, from);
                var end = Math.Min(range.End, to);
                Write(output, ref written, text.AsSpan(cursor, start - cursor));
                Write(output, ref written, Open);
                Write(output, ref written, text.AsSpan(start, end - start));
                Write(output, ref written, Close);
                cursor = end;
            }
            Write(output, ref written, text.AsSpan(cursor, to - cursor));
            if (to < text.Length)
            {
                Write(output, ref written, Ellipsis);
            }
        });
    }

    private const string Open = "<em>";
    private const string Close = "</em>";

    private static bool Shows(TextRange range, int from, int to) => range.End > from && range.Start < to;

    private static void Write(Span<char> output, ref int written, ReadOnlySpan<char> part)
    {
        part.CopyTo(output[written..]);
        written += part.Length;
    }

    // Windows start and end at a space when one is near, so words stay whole; text without spaces near the
    // cut (Chinese, Japanese, a run of emoji) is cut where it is, but never inside a surrogate pair.
    private const int MaxWordLength = 20;

    private static int WordStartAfter(string text, int position, int limit)
    {
        var reach = Math.Min(limit - position, MaxWordLength);
        for (var i = position; i < position + reach; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }
        return SplitsPair(text, position) ? position + 1 : position;
    }

    private static int WordEndBefore(string text, int position, int floor)
    {
        var reach = Math.Min(position - floor, MaxWordLength);
        for (var i = position - 1; i >= position - reach; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }
        return SplitsPair(text, position) ? position - 1 : position;
    }

    // A cut inside a later match (at the space between the words of a phrase, say) would mark part of it:
    // the window takes the whole match, or stops before it when that would pass the longest snippet.
    private static int OutsideLaterMatches(string text, IReadOnlyList<TextRange> highlights, int from, int to)
    {
        for (var k = 1; k < highlights.Count; k++)
        {
            var range = highlights[k];
            if (range.Start < to && to < range.End)
            {
                if (range.End <= from + MaxGrownLength)
                {
                    return range.End;
                }
                to = range.Start;
                while (to > from && char.IsWhiteSpace(text[to - 1]))
                {
                    to--;
                }
                return to;
            }
        }
        return to;
    }

    private static bool SplitsPair(string text, int position) =>
        position > 0 && position < text.Length && char.IsHighSurrogate(text[position - 1]) && char.IsLowSurrogate(text[position]);
}
