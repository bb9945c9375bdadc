using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>
/// <see cref="ExactPhraseQuery"/> must find, count and score exactly what Lucene's own PhraseQuery does:
/// a real index on disk in three segments, with a deleted document, checked phrase by phrase.
/// </summary>
public sealed class ExactPhraseQueryTests : IDisposable
{
    private const string Text = "text";

    private static readonly string[][] Segments =
    [
        [
            "a b c a b c",     // 0: "a b" twice
            "a x b",           // 1: a and b, not adjacent
            "b a",             // 2: the wrong order
            "the the the",     // 3: "the the" at 0 and 1
        ],
        [
            "x a b",           // 4 (first of the second segment)
            "a b",             // 5: deleted below
            "c a z b a b",     // 6: "a b" once, "a ? b" once
            "b c",             // 7
        ],
        [
            "x",               // 8: x is the rarer word of "x y" here, so it leads and must skip ahead
            "x y",             // 9
            "y",               // 10
            "y",               // 11
            string.Join(' ', Enumerable.Repeat("r", 20)), // 12: "r r" 19 times, more starts than the scorer first keeps
        ],
    ];

    private readonly TempFolder _folder = new();
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public ExactPhraseQueryTests()
    {
        _directory = FSDirectory.Open(_folder.Path);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(IndexFormat.Lucene, new WhitespaceAnalyzer(IndexFormat.Lucene))))
        {
            foreach (var segment in Segments)
            {
                foreach (var text in segment)
                {
                    writer.AddDocument([new TextField(Text, text, Field.Store.NO), new StringField("id", text, Field.Store.NO)]);
                }
                writer.Commit(); // one segment each
            }
            writer.DeleteDocuments(new Term("id", "a b"));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = IndexFormat.CreateSimilarity() };
    }

    [Fact]
    public void The_index_has_three_segments_and_a_deleted_document()
    {
        Assert.Equal(3, _reader.Leaves.Count);
        Assert.Equal(12, _reader.NumDocs);
    }

    [Theory]
    [InlineData("a b", new[] { 0, 4, 6 })]
    [InlineData("a b c", new[] { 0 })]
    [InlineData("b a", new[] { 2, 6 })]
    [InlineData("the the", new[] { 3 })]
    [InlineData("the the the the", new int[0])]
    [InlineData("b c", new[] { 0, 7 })]
    [InlineData("a q", new int[0])]
    [InlineData("x y", new[] { 9 })]
    [InlineData("r r r", new[] { 12 })]
    public void Finds_the_documents_with_the_words_side_by_side(string phrase, int[] expected)
    {
        var words = phrase.Split(' ');
        var positions = Enumerable.Range(0, words.Length).ToArray();
        Assert.Equal(expected, Hits(Exact(words, positions)).Select(h => h.Doc).Order());
        Assert.Equal(Hits(Lucene(words, positions)).Select(h => (h.Doc, h.Score)), Hits(Exact(words, positions)).Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Inside_a_Boolean_query_it_ranks_as_Lucenes_phrase_does()
    {
        BooleanQuery With(Query phrase) => new() { { phrase, Occur.MUST }, { new TermQuery(new Term(Text, "c")), Occur.SHOULD } };
        var ours = Hits(With(Exact(["a", "b"], [0, 1])));
        Assert.Equal([0, 6, 4], ours.Select(h => h.Doc));
        Assert.Equal(Hits(With(Lucene(["a", "b"], [0, 1]))).Select(h => (h.Doc, h.Score)), ours.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Counts_every_occurrence_of_the_phrase_in_a_document()
    {
        // Document 0 has "a b" twice, document 3 "the the" twice (overlapping), document 6 "a b" once.
        Assert.Equal(2f, Frequency(Exact(["a", "b"], [0, 1]), doc: 0));
        Assert.Equal(2f, Frequency(Exact(["the", "the"], [0, 1]), doc: 3));
        Assert.Equal(1f, Frequency(Exact(["a", "b"], [0, 1]), doc: 6));
        Assert.Equal(19f, Frequency(Exact(["r", "r"], [0, 1]), doc: 12));
    }

    [Fact]
    public void Words_may_sit_at_gaps_as_common_word_pairs_leave_them()
    {
        // "a ? b": a at 0 and b at 2, anything between.
        Assert.Equal([1, 6], Hits(Exact(["a", "b"], [0, 2])).Select(h => h.Doc).Order());
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { 0, 1 })]
    [InlineData(new[] { "the", "the" }, new[] { 0, 1 })]
    [InlineData(new[] { "a", "b" }, new[] { 0, 2 })]
    [InlineData(new[] { "c", "a", "b" }, new[] { 0, 1, 2 })]
    [InlineData(new[] { "r", "r" }, new[] { 0, 1 })]
    // z is only in the second segment; the first lacks it but has b, whose statistics must still
    // count there.
    [InlineData(new[] { "z", "b" }, new[] { 0, 1 })]
    public void Scores_and_ranks_as_Lucenes_phrase_query(string[] words, int[] positions)
    {
        var theirs = Hits(Lucene(words, positions));
        var ours = Hits(Exact(words, positions));
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs.Select(h => (h.Doc, h.Score)), ours.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Two_phrases_in_one_query_each_read_their_own_postings()
    {
        // Both scorers are open on each segment at once, and the one that runs out first hands its
        // postings back to the thread's pool while the other still reads its own.
        BooleanQuery Both(Query first, Query second) => new() { { first, Occur.SHOULD }, { second, Occur.SHOULD } };
        var ours = Hits(Both(Exact(["x", "y"], [0, 1]), Exact(["a", "b"], [0, 1])));
        Assert.Equal([0, 4, 6, 9], ours.Select(h => h.Doc).Order());
        Assert.Equal(
            Hits(Both(Lucene(["x", "y"], [0, 1]), Lucene(["a", "b"], [0, 1]))).Select(h => (h.Doc, h.Score)),
            ours.Select(h => (h.Doc, h.Score)));
    }

    [Fact]
    public void Searches_one_after_another_on_a_thread_carry_nothing_over()
    {
        // Each search reuses the terms enumerator and the postings the one before left in this thread's
        // pools, in every segment (the second has a deleted document), in changing orders.
        string[][] phrases = [["a", "b"], ["r", "r", "r"], ["x", "y"], ["the", "the"], ["b", "c"], ["z", "b"], ["a", "q"]];
        for (var round = 0; round < 3; round++)
        {
            foreach (var words in round == 1 ? phrases.Reverse() : phrases)
            {
                var positions = Enumerable.Range(0, words.Length).ToArray();
                Assert.Equal(Hits(Lucene(words, positions)).Select(h => (h.Doc, h.Score)), Hits(Exact(words, positions)).Select(h => (h.Doc, h.Score)));
            }
        }
    }

    [Fact]
    public void A_threads_terms_enumerator_is_kept_until_forgotten()
    {
        var terms = _reader.Leaves[0].AtomicReader.GetTerms(Text)!;
        var kept = ThreadTermsEnums.For(terms);
        Assert.Same(kept, ThreadTermsEnums.For(terms));

        ThreadTermsEnums.Forget(terms);

        Assert.NotSame(kept, ThreadTermsEnums.For(terms));
    }

    [Fact]
    public void A_postings_pool_takes_back_only_on_its_own_thread()
    {
        var terms = _reader.Leaves[0].AtomicReader.GetTerms(Text)!;
        var pool = PostingsPool.For(terms);
        var termsEnum = terms.GetEnumerator();
        Assert.True(termsEnum.SeekExact(new Lucene.Net.Util.BytesRef("a")));
        var postings = termsEnum.DocsAndPositions(null, null)!;

        var other = new Thread(() => pool.Return([postings]));
        other.Start();
        other.Join();
        Assert.Null(pool.Rent());
        pool.Return([postings]);
        Assert.Same(postings, pool.Rent());
        Assert.Null(pool.Rent());
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _folder.Dispose();
    }

    private static ExactPhraseQuery Exact(string[] words, int[] positions)
    {
        var query = new ExactPhraseQuery();
        for (var i = 0; i < words.Length; i++)
        {
            query.Add(new Term(Text, words[i]), positions[i]);
        }
        return query;
    }

    private static PhraseQuery Lucene(string[] words, int[] positions)
    {
        var query = new PhraseQuery();
        for (var i = 0; i < words.Length; i++)
        {
            query.Add(new Term(Text, words[i]), positions[i]);
        }
        return query;
    }

    private ScoreDoc[] Hits(Query query) => _searcher.Search(query, 100).ScoreDocs;

    // The phrase frequency the similarity was given, read back from the explanation.
    private float Frequency(Query query, int doc)
    {
        var explanation = _searcher.Explain(query, doc);
        Assert.True(explanation.IsMatch);
        var frequency = Find(explanation, "phraseFreq=") ?? throw new InvalidOperationException(explanation.ToString());
        return frequency.Value;
    }

    private static Explanation? Find(Explanation explanation, string prefix) =>
        explanation.Description.StartsWith(prefix, StringComparison.Ordinal)
            ? explanation
            : explanation.GetDetails()?.Select(d => Find(d, prefix)).FirstOrDefault(found => found is not null);
}
