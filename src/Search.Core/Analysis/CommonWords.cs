namespace Search.Core.Analysis;

/// <summary>
/// The most frequent words of English news. A pair of adjacent words with one of them is also indexed
/// as one term (Lucene's CommonGrams idea), so a phrase such as `according to` reads one short postings
/// list instead of intersecting the positions of a word found in most paragraphs.
/// The list is fixed: changing it changes the index format.
/// </summary>
public static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "the", "of", "to", "a", "in", "and", "said", "s", "for", "on", "is", "it", "mln", "dlrs", "pct", "u",
    };

    // Every common word is short; a longer word (most of them) needs no hashing to be ruled out.
    private static readonly int Longest = Words.Max(word => word.Length);

    public static bool Contains(string word) => word.Length <= Longest && Words.Contains(word);

    /// <summary>The pair term for words at i and i + 1 when one of them is common; otherwise null.</summary>
    public static string? PairTerm(string first, string second) =>
        Contains(first) || Contains(second) ? string.Concat(first, " ", second) : null;
}
