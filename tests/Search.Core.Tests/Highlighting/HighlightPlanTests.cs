using Lucene.Net.Index;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Tests.Highlighting;

public sealed class HighlightPlanTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public HighlightPlanTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(IndexFormat.Lucene, IndexFormat.CreateAnalyzer())))
        {
            writer.AddDocument([new TextField(FieldNames.Text, "rates rate rated ratio", Field.Store.NO)]);
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void The_vocabulary_holds_the_exact_words_and_every_phrase_word()
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(FieldNames.Text, "rates")), Occur.SHOULD },
            { Phrase(("interest", 0), ("rates", 1)), Occur.SHOULD },
            { new TermQuery(new Term(FieldNames.Text, "banks")), Occur.MUST_NOT },
        };

        var plan = HighlightPlan.From(query);

        Assert.Equal(["interest", "rates"], plan.Vocabulary!.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_phrase_with_a_gap_keeps_every_words_text()
    {
        // WordsOf fills the gap with "", the same "" the vocabulary path gives every word it does not
        // know; with a vocabulary the gap would match any word, which the per-word path never does.
        var plan = HighlightPlan.From(Phrase(("rates", 0), ("rise", 2)));

        Assert.Null(plan.Vocabulary);
    }

    [Fact]
    public void Prefixes_keep_every_words_text()
    {
        Assert.Null(HighlightPlan.From(new PrefixQuery(new Term(FieldNames.Text, "rat"))).Vocabulary);
    }

    [Fact]
    public void A_fuzzy_word_marks_the_words_it_matched_in_the_index()
    {
        // `rates~1` matches `rates`, `rated` and `rate` here; not `ratio`, two edits away.
        var plan = HighlightPlan.From(FuzzyExpansion.Expand(new FuzzyQuery(new Term(FieldNames.Text, "rates"), 1), _reader));

        Assert.Equal(["rate", "rated", "rates"], plan.ExactTerms.Order(StringComparer.Ordinal));
        Assert.Equal(["rate", "rated", "rates"], plan.Vocabulary!.Order(StringComparer.Ordinal));
    }

    private static PhraseQuery Phrase(params (string Word, int Position)[] words)
    {
        var phrase = new PhraseQuery();
        foreach (var (word, position) in words)
        {
            phrase.Add(new Term(FieldNames.Text, word), position);
        }
        return phrase;
    }
}
