using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Replaces each fuzzy word of a query by the words it matches in one reader (its rewrite: the closest 50,
/// blended), before the search. The search then reads the same query a searcher would have rewritten, and
/// the highlighter marks exactly those words: an edit distance of its own would also mark words Lucene
/// leaves out (`of` for `oil~`: Lucene needs fewer edits than the shorter word has letters) or cuts past
/// the closest 50. Expanding once, here, saves the highlighter a second rewrite (about a millisecond).
/// </summary>
internal static class FuzzyExpansion
{
    public static Query Expand(Query query, IndexReader reader)
    {
        switch (query)
        {
            case FuzzyQuery fuzzy:
                return fuzzy.Rewrite(reader);
            case BooleanQuery boolean:
                var clauses = boolean.Clauses.Select(c => (Query: Expand(c.Query, reader), c.Occur)).ToList();
                if (clauses.Select(c => c.Query).SequenceEqual(boolean.Clauses.Select(c => c.Query), ReferenceEqualityComparer.Instance))
                {
                    return boolean;
                }
                var expanded = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var (clause, occur) in clauses)
                {
                    expanded.Add(clause, occur);
                }
                return expanded;
            default:
                return query;
        }
    }
}
