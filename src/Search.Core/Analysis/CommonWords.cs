namespace Search.Core.Analysis;

/// <summary>
/// The most frequent words of English news. A pair of adjacent words with one of them is also indexed
/// as one term (Lucene's CommonGrams idea), so a phrase such as `according to` reads one short postings
/// list instead of intersecting the positions of a word found in most paragraphs.
/// The list is fixed: changing it changes the index format.
/// </summary>
public static class CommonWords
{
    /// <summary>True for a common word. A string switch compiles to a length test and a few character compares: no hashing of every word.</summary>
    public static bool Contains(string word) => word switch
    {
        "the" or "of" or "to" or "a" or "in" or "and" or "said" or "s" or "for" or "on" or "is" or "it" or "mln" or "dlrs" or "pct" or "u" => true,
        _ => false,
    };

    /// <summary>The pair term for words at i and i + 1 when one of them is common; otherwise null.</summary>
    public static string? PairTerm(string first, string second) =>
        Contains(first) || Contains(second) ? string.Concat(first, " ", second) : null;
}
