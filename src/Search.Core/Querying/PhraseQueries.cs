using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>Builds word and phrase queries from text split the way the index splits it.</summary>
internal static class PhraseQueries
{
    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static List<string> Terms(string text) => WordScanner.Words(text).Select(w => w.Term).ToList();

    /// <summary>
    /// The query for an exact phrase of folded words: one word is a term; with no slop, two words are one
    /// bigram term and longer phrases a phrase of consecutive bigrams (the same matches, fewer positions
    /// to intersect); with slop, a word phrase.
    /// </summary>
    public static Query Exact(IReadOnlyList<string> terms, int slop)
    {
        if (terms.Count < 2 || slop > 0)
        {
            return Build(FieldNames.Text, terms, slop);
        }
        var bigrams = new List<string>(terms.Count - 1);
        for (var i = 0; i + 1 < terms.Count; i++)
        {
            bigrams.Add($"{terms[i]} {terms[i + 1]}");
        }
        return Build(FieldNames.Bigrams, bigrams, 0);
    }

    /// <summary>The words of a bigram phrase: the first pair, then the second word of each next pair.</summary>
    public static string[] WordsOfBigrams(IReadOnlyList<string> bigrams)
    {
        var words = new List<string>(bigrams[0].Split(' '));
        for (var i = 1; i < bigrams.Count; i++)
        {
            words.Add(bigrams[i][(bigrams[i].IndexOf(' ') + 1)..]);
        }
        return words.ToArray();
    }

    /// <summary>A term query for one word, otherwise a phrase query with <paramref name="slop"/>.</summary>
    public static Query Build(string field, IReadOnlyList<string> terms, int slop)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var term in terms)
        {
            phrase.Add(new Term(field, term));
        }
        return phrase;
    }
}
