using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Indexing;

/// <summary>The segment holding a top-level doc id, and the id within it: where its doc values are read.</summary>
internal readonly record struct DocLeaf(AtomicReader Reader, int Doc)
{
    public static DocLeaf Of(IndexSearcher searcher, int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return new DocLeaf(leaf.AtomicReader, doc - leaf.DocBase);
    }
}
