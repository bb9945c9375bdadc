using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// Rewrites a fuzzy query to its closest terms (as Lucene's top-terms scoring rewrite does), each scored as
/// if it were as common as the most common of them: the idea of Elasticsearch's default fuzzy rewrite,
/// `top_terms_blended_freqs`. Scored by its own rarity, a misspelling in a handful of paragraphs (`OPEL`
/// for `opek~1`) would outrank the word nearly everyone meant (`OPEC`). Stateless and thread-safe.
/// </summary>
internal sealed class BlendedTermsRewrite(int size) : MultiTermQuery.RewriteMethod
{
    private readonly MultiTermQuery.TopTermsScoringBooleanQueryRewrite _closest = new(size);

    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var rewritten = _closest.Rewrite(reader, query);
        if (rewritten is not BooleanQuery terms || terms.Clauses.Count < 2)
        {
            return rewritten;
        }
        var mostCommon = terms.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(t => reader.DocFreq(t.Term)).DefaultIfEmpty(0).Max();
        var blended = new BooleanQuery(terms.CoordDisabled) { Boost = terms.Boost };
        foreach (var clause in terms.Clauses)
        {
            blended.Add(clause.Query is TermQuery term ? new TermQuery(term.Term, mostCommon) { Boost = term.Boost } : clause.Query, clause.Occur);
        }
        return blended;
    }
}
