using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;

namespace Search.Core.Querying;

/// <summary>Builds word and phrase queries from text split the way the index splits it.</summary>
internal static class PhraseQueries
{
    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static List<string> Terms(string text) => WordScanner.Words(text).Select(w => w.Term).ToList();

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
