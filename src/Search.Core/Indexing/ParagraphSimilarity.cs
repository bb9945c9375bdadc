using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Search.Core.Indexing;

/// <summary>
/// BM25 with Lucene's defaults (k1 = 1.2, b = 0.75), whose average paragraph length in <see cref="FieldNames.Text"/>
/// counts words. That field also stacks, at the positions of words, the pair terms of common words (for
/// phrases) and entity terms, which Lucene's average counts as tokens (about 33 a paragraph on Reuters
/// against 22 words) while a paragraph's own length, with overlaps discounted, counts words only: so
/// phrases and entities were normalised for length more weakly than words. The average is taken from
/// <see cref="FieldNames.Stemmed"/>, which holds one token per word.
/// </summary>
public class ParagraphSimilarity(float wordsPerParagraph) : BM25Similarity
{
    /// <summary>Average words per paragraph in the reader searched; 0 leaves Lucene's average.</summary>
    public float WordsPerParagraph { get; } = wordsPerParagraph;

    /// <summary>A similarity for searching <paramref name="reader"/>.</summary>
    public static ParagraphSimilarity For(IndexReader reader)
    {
        var words = MultiFields.GetTerms(reader, FieldNames.Stemmed)?.SumTotalTermFreq ?? -1;
        // As Lucene divides: by every document, deleted ones included.
        return new ParagraphSimilarity(words > 0 && reader.MaxDoc > 0 ? (float)(words / (double)reader.MaxDoc) : 0);
    }

    protected override float AvgFieldLength(CollectionStatistics collectionStats) =>
        collectionStats.Field == FieldNames.Text && WordsPerParagraph > 0 ? WordsPerParagraph : base.AvgFieldLength(collectionStats);
}
