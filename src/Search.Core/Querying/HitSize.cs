namespace Search.Core.Querying;

/// <summary>How large a hit can be once encoded, without encoding it.</summary>
public static class HitSize
{
    // A field's tag and length prefix take at most 6 bytes; a number at most 11 with its tag.
    private const int FieldOverhead = 6;
    private const int NumberField = 11;

    /// <summary>
    /// An upper bound of <paramref name="hit"/>'s size as a length-prefixed message (search.v1.SearchHit): three
    /// bytes per UTF-16 unit of each string (UTF-8's most), each field's tag and length, each number at
    /// its widest. Lengths only, no pass over the text, so it costs next to nothing per hit.
    /// </summary>
    public static long UpperBound(ParagraphHit hit)
    {
        long bytes = FieldOverhead + Text(hit.ArticleId) + Text(hit.ArticleTitle) + Text(hit.Text) + Text(hit.Snippet) + 3 * NumberField;
        // A highlight: its own tag and length, then start and end.
        bytes += (long)hit.Highlights.Count * (FieldOverhead + 2 * NumberField);
        foreach (var mention in hit.Entities)
        {
            bytes += Mention(mention);
        }
        return bytes;
    }

    /// <summary>The same bound for a paragraph of an article (search.v1.Paragraph): index, kind, text and mentions.</summary>
    public static long UpperBound(Search.Core.Articles.ArticleParagraph paragraph, IReadOnlyList<Search.Core.Entities.ResolvedMention> mentions)
    {
        long bytes = FieldOverhead + Text(paragraph.Text) + 2 * NumberField;
        foreach (var mention in mentions)
        {
            bytes += Mention(mention);
        }
        return bytes;
    }

    private static long Mention(Search.Core.Entities.ResolvedMention mention) => FieldOverhead + Text(mention.Text) + Text(mention.CanonicalName) + 3 * NumberField;

    private static long Text(string text) => FieldOverhead + 3L * text.Length;
}
