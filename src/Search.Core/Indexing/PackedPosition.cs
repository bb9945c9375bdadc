using Lucene.Net.Search;
using Search.Core.Articles;

namespace Search.Core.Indexing;

/// <summary>A paragraph's index and kind in one number, as stored in <see cref="FieldNames.Position"/>.</summary>
internal static class PackedPosition
{
    public static long Pack(int index, ParagraphKind kind) => ((long)index << 3) | (long)kind;

    public static int Index(long packed) => (int)(packed >> 3);

    public static ParagraphKind Kind(long packed) => (ParagraphKind)(packed & 7);

    /// <summary>The packed position of a top-level doc id, from its doc value.</summary>
    public static long Of(IndexSearcher searcher, int doc)
    {
        var leaf = DocLeaf.Of(searcher, doc);
        return leaf.Reader.GetNumericDocValues(FieldNames.Position).Get(leaf.Doc);
    }
}
