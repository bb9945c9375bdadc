using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Benchmarks.Measuring;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Benchmarks.Commands;

/// <summary>
/// The same phrase queries straight through Lucene.Net's own top-10 collector, without our ranking
/// collector, highlights or snippets: the floor our search is built on, and the figure to set beside
/// Java Lucene's "ids only" and "stored text" rows.
/// </summary>
internal sealed class LuceneOnly
{
    private readonly ParagraphIndex _index;
    private readonly Query[] _queries;

    private LuceneOnly(ParagraphIndex index, Query[] queries)
    {
        _index = index;
        _queries = queries;
    }

    public static LuceneOnly Prepare(ParagraphIndex index, IReadOnlyList<SampledPhrase> phrases) =>
        new(index, phrases.Select(p => ToQuery(p.Phrase)).ToArray());

    /// <param name="loadText">Also read each hit's text (with its headline and mentions) as a string, from
    /// the hit-record doc value where the index keeps it, as Java's row loads the stored text.</param>
    public bool TopTen(int phrase, bool loadText) => _index.Use(searcher =>
    {
        var top = searcher.Search(_queries[phrase], 10);
        var chars = 0;
        if (loadText)
        {
            var bytes = new BytesRef();
            foreach (var hit in top.ScoreDocs)
            {
                var leaves = searcher.IndexReader.Leaves;
                var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                leaf.AtomicReader.GetBinaryDocValues(FieldNames.HitRecord).Get(hit.Doc - leaf.DocBase, bytes);
                chars += bytes.Utf8ToString().Length;
            }
        }
        return top.TotalHits + chars >= 0;
    });

    // Built the way Core builds a phrase: the scanner's folded words on the exact-words field.
    private static Query ToQuery(string phrase)
    {
        var words = WordScanner.Words(phrase);
        if (words.Count == 1)
        {
            return new TermQuery(new Term(FieldNames.Text, words[0].Term));
        }
        var query = new PhraseQuery();
        foreach (var word in words)
        {
            query.Add(new Term(FieldNames.Text, word.Term));
        }
        return query;
    }
}
