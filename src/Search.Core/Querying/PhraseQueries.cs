using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>Builds word and phrase queries from text split the way the index splits it.</summary>
internal static class PhraseQueries
{
    /// <summary>
    /// The query for an exact phrase of folded words. Without slop, adjacent pairs with a common word are
    /// read as their pair term (indexed at the first word's position), left to right, and the other words
    /// as words, all at their offsets in one phrase: the same matches, far shorter postings.
    /// </summary>
    public static Query Exact(IReadOnlyList<string> terms, int slop)
    {
        if (terms.Count < 2 || slop > 0)
        {
            return Build(FieldNames.Text, terms, slop);
        }
        var parts = new List<(string Term, int Position)>();
        for (var i = 0; i < terms.Count;)
        {
            if (i + 1 < terms.Count && CommonWords.PairTerm(terms[i], terms[i + 1]) is { } pair)
            {
                parts.Add((pair, i));
                i += 2;
            }
            else
            {
                parts.Add((terms[i], i));
                i++;
            }
        }
        if (parts.Count == 1)
        {
            return new TermQuery(new Term(FieldNames.Text, parts[0].Term));
        }
        var phrase = new ExactPhraseQuery();
        foreach (var (term, position) in parts)
        {
            phrase.Add(new Term(FieldNames.Text, term), position);
        }
        return phrase;
    }

    /// <summary>The words of an exact phrase built by <see cref="Exact"/>, from its terms and positions.</summary>
    public static string[] WordsOf(IReadOnlyList<string> terms, IReadOnlyList<int> positions)
    {
        var words = new List<string>();
        for (var i = 0; i < terms.Count; i++)
        {
            var parts = terms[i].Split(' ');
            for (var k = 0; k < parts.Length; k++)
            {
                var at = positions[i] + k;
                while (words.Count <= at)
                {
                    words.Add("");
                }
                words[at] = parts[k];
            }
        }
        return words.ToArray();
    }

    /// <summary>A term query for one word, otherwise a phrase query with <paramref name="slop"/>.</summary>
    private static Query Build(string field, IReadOnlyList<string> terms, int slop)
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
