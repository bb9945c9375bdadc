using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Querying;

/// <summary>
/// The score a relaxed hit shows: the plain BM25 of the words it matched. The relaxed ranking itself
/// divides by 10^4 per missing word (<see cref="RelaxedSimilarity"/>) so that more words rank first;
/// shown as such, scores read 1e-8 and look like noise to anyone who sorts or thresholds on them.
/// </summary>
internal static class RelaxedScores
{
    /// <summary>BM25 of <paramref name="query"/> for each of <paramref name="docs"/> (top-level ids, all matching it).</summary>
    public static Dictionary<int, float> Of(IndexSearcher bm25Searcher, Query query, IEnumerable<int> docs)
    {
        var weight = bm25Searcher.CreateNormalizedWeight(query);
        var leaves = bm25Searcher.IndexReader.Leaves;
        var scores = new Dictionary<int, float>();
        // A scorer only moves forward, so each segment's docs are visited in order.
        foreach (var inLeaf in docs.Order().GroupBy(doc => ReaderUtil.SubIndex(doc, leaves)))
        {
            var leaf = leaves[inLeaf.Key];
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            foreach (var doc in inLeaf)
            {
                var local = doc - leaf.DocBase;
                if (scorer is not null && (scorer.DocID == local || (scorer.DocID < local && scorer.Advance(local) == local)))
                {
                    scores[doc] = scorer.GetScore();
                }
            }
        }
        return scores;
    }
}
