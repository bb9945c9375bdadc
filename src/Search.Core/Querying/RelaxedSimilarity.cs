using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// BM25 whose coordination factor ranks paragraphs matching more of a relaxed query's words strictly
/// first, like Meilisearch's word dropping. Each missing word divides the score by 10^4, more than the
/// largest BM25 gap between word sets seen in practice (per-word BM25 here spans about 0.1 to 30).
/// </summary>
internal sealed class RelaxedSimilarity(float wordsPerParagraph) : ParagraphSimilarity(wordsPerParagraph)
{
    public override float Coord(int overlap, int maxOverlap) =>
        overlap >= maxOverlap ? 1f : MathF.Max(1e-30f, MathF.Pow(1e-4f, maxOverlap - overlap));
}
