using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using Search.Core.Analysis;

namespace Search.Core.Indexing;

/// <summary>What the index is written with, in one place: Lucene version, analyzers, similarity, format tag.</summary>
public static class IndexFormat
{
    /// <summary>The Lucene compatibility version everything is built against.</summary>
    public const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    /// <summary>Written into every commit; an index without it (or with another) is not ours to open.</summary>
    public const string FormatTag = "search-paragraphs-v5";

    /// <summary>Commit user-data keys.</summary>
    public const string FormatKey = "format";
    public const string BuiltAtKey = "built_at";

    /// <summary>Commit user-data key: whether the last rebuild tagged entities (`true` or `false`; absent in older indexes).</summary>
    public const string EntitiesKey = "entities";

    /// <summary>
    /// BM25 with Lucene's defaults (k1 = 1.2, b = 0.75) for writing norms; Lucene.Net 4.8 would otherwise use
    /// TF-IDF. Searches use <see cref="ParagraphSimilarity.For"/>, the same BM25 with the reader's average.
    /// </summary>
    public static Similarity CreateSimilarity() => new BM25Similarity();

    /// <summary>Exact words for <see cref="FieldNames.Text"/>, stemmed for <see cref="FieldNames.Stemmed"/>.</summary>
    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        new ExactAnalyzer(),
        new Dictionary<string, Analyzer> { [FieldNames.Stemmed] = new StemmedAnalyzer() });
}
