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
            if (after < end && char.IsUpper(paragraph[after])
                && paragraph.AsSpan(start, prefix.Length).Equals(prefix, StringComparison.Ordinal))
            {
                start = after;
                break;
            }
        }
        while (end > start && !char.IsLetterOrDigit(paragraph[end - 1]) && !IsAbbreviationPeriod(paragraph, start, end - 1))
        {
            end--;
        }
        return end > start ? span with { Start = start, End = end } : span;
    }

    /// <summary>Whether the period at <paramref name="at"/> ends a dotted abbreviation such as `U.S.` or `N.J.`.</summary>
    public static bool IsAbbreviationPeriod(string text, int start, int at) =>
        text[at] == '.' && at - 2 >= start && char.IsLetter(text[at - 1]) && text[at - 2] == '.';
}
