namespace Search.Core.Entities;

/// <summary>
/// Trims a tagged span to the name it covers. The tagger's tokens can carry punctuation (`<Genencor Inc`,
/// `Co>` in Reuters' ticker brackets) and hyphenated prefixes (`anti-North Korea`), which would otherwise
/// show in highlights and snippets and split one entity into several.
/// </summary>
public static class MentionSpans
{
    // Lower-case prefixes that attach to a name with a hyphen without being part of it.
    private static readonly string[] Prefixes = ["anti-", "pro-", "ex-", "non-", "post-", "pre-", "neo-"];

    /// <summary>The span without leading and trailing punctuation or a prefix; unchanged if nothing would be left.</summary>
    public static TaggedSpan Trim(string paragraph, TaggedSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && !char.IsLetterOrDigit(paragraph[start]))
        {
            start++;
        }
        foreach (var prefix in Prefixes)
        {
            var after = start + prefix.Length;
            if (after < end && char.IsUpper(paragraph[after]) && IsPrefix(paragraph.AsSpan(start, prefix.Length), prefix, paragraph.AsSpan(after, end - after)))
            {
                start = after;
                break;
            }
        }
        while (end > start && !char.IsLetterOrDigit(paragraph[end - 1]) && !IsAbbreviationPeriod(paragraph, start, end - 1))
        {
            end--;
        }
        if (end <= start)
        {
            return span;
        }
        // `U.S.` with its last period, where the tagger ended the span before it (`U.S. TREASURY`), as highlights mark it.
        if (end < paragraph.Length && IsAbbreviationPeriod(paragraph, start, end))
        {
            end++;
        }
        var trimmed = span with { Start = start, End = end };
        return UnbalancedBracket(paragraph, start, end) is { } at ? Trim(paragraph, CutAt(paragraph, trimmed, at)) : trimmed;
    }

    // `anti-Japan`, and at the start of a sentence or in a headline `Anti-Japan` or `ANTI-JAPAN` when a country
    // follows: capitalised, the prefix is part of many names (`Ex-Cell-O Corp`, `Pre-Paid Legal`, `Anti-Ballistic
    // Missile Treaty`), so only a country, which no such name is, is cut from it.
    private static bool IsPrefix(ReadOnlySpan<char> written, string prefix, ReadOnlySpan<char> rest) =>
        written.Equals(prefix, StringComparison.Ordinal)
        || written.Equals(prefix, StringComparison.OrdinalIgnoreCase) && CountryNames.IsCountry(rest.TrimEnd(".,;:!?'\"’)>"), EntityType.Misc);

    // `AMERICAN NURSERY <ANSY`, `BAC> Corp`, `GATT (General Agreement`: the tagger ran a name into a ticker or an
    // expansion in brackets. The name is the part before the bracket, or after it when nothing with letters is before.
    private static TaggedSpan CutAt(string paragraph, TaggedSpan span, int at)
    {
        var before = paragraph.AsSpan(span.Start, at - span.Start);
        return HasLetter(before)
            ? span with { End = at }
            : span with { Start = at + 1 };
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    // The first bracket in the span that is not closed (or opened) inside it; `Foo (UK) Ltd` has none.
    private static int? UnbalancedBracket(string paragraph, int start, int end)
    {
        var open = -1;
        for (var i = start; i < end; i++)
        {
            switch (paragraph[i])
            {
                case '(' or '<' or '[' when open < 0:
                    open = i;
                    break;
                case ')' or '>' or ']' when open >= 0:
                    open = -1;
                    break;
                case ')' or '>' or ']':
                    return i;
            }
        }
        return open >= 0 ? open : null;
    }

    /// <summary>Whether the period at <paramref name="at"/> ends a dotted abbreviation such as `U.S.` or `N.J.`.</summary>
    public static bool IsAbbreviationPeriod(string text, int start, int at) =>
        text[at] == '.' && at - 2 >= start && char.IsLetter(text[at - 1]) && text[at - 2] == '.';
}
