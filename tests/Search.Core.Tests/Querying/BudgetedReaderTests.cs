using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;
using Xunit;

namespace Search.Core.Tests.Querying;

public class BudgetedReaderTests
{
    // `bb a a a cc`~10 does not match it: `bb` opens it and `cc` closes it 3,001 words later.
    private static readonly string Unmatched = "bb " + string.Join(' ', Enumerable.Repeat("a", 3_000)) + " cc";

    // A word said 2,000 times: a sloppy phrase of it repeated reads thousands of positions per paragraph.
    private static readonly string Repeats = string.Join(' ', Enumerable.Repeat("a", 2_000));

    private static readonly string[] EightTimesA = Enumerable.Repeat("a", 8).ToArray();

    private static PhraseQuery SloppyPhrase(int slop, params string[] words)
    {
        var phrase = new PhraseQuery { Slop = slop };
        foreach (var word in words)
        {
            phrase.Add(new Term(FieldNames.Text, word));
        }
        return phrase;
    }

    [Fact]
    public void A_sloppy_phrase_stops_inside_a_paragraph_once_cancelled()
    {
        using var index = TestIndex.FromArticles(("one", "Repeats\n" + Repeats), ("two", "More repeats\n" + Repeats));
        var query = SloppyPhrase(100, EightTimesA);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        index.Index.Use(searcher =>
        {
            // Both paragraphs match, so only a check inside the scorer's work on one paragraph stops it early.
            var plain = new TotalHitCountCollector();
            searcher.Search(query, plain);
            Assert.Equal(2, plain.TotalHits);
            // Read through the budget, the search stops at its first 1,024 reads.
            var budgeted = BudgetedReader.Over(searcher, new SearchBudget(TimeSpan.FromMinutes(1), cancelled.Token));
            Assert.Throws<OperationCanceledException>(() => budgeted.Search(query, new TotalHitCountCollector()));
            return 0;
        });
    }

    [Fact]
    public void A_sloppy_phrase_past_its_time_stops_inside_a_paragraph()
    {
        using var index = TestIndex.FromArticles(("one", "Repeats\n" + Repeats));
        var query = SloppyPhrase(100, EightTimesA);

        index.Index.Use(searcher =>
        {
            var budgeted = BudgetedReader.Over(searcher, new SearchBudget(TimeSpan.Zero, CancellationToken.None));
            var thrown = Assert.Throws<SearchBudgetExceededException>(() => budgeted.Search(query, new TotalHitCountCollector()));
            Assert.StartsWith("The search ran longer than its budget of 0 s", thrown.Message, StringComparison.Ordinal);
            return 0;
        });
    }

    [Fact]
    public void Matching_through_the_budget_finds_and_scores_what_lucene_finds()
    {
        using var index = TestIndex.FromArticles(
            ("one", "Repeats\n" + Unmatched),
            ("two", "Near\nbb a a x a cc and then more words"),
            ("three", "Far\nbb " + string.Join(' ', Enumerable.Repeat("x", 20)) + " a a a cc"));
        var query = SloppyPhrase(10, "bb", "a", "a", "a", "cc");

        index.Index.Use(searcher =>
        {
            var plain = searcher.Search(query, 10);
            var budgeted = BudgetedReader.Over(searcher, new SearchBudget(TimeSpan.FromMinutes(1), CancellationToken.None)).Search(query, 10);
            Assert.Equal(1, plain.TotalHits);
            Assert.Equal(plain.ScoreDocs.Select(d => (d.Doc, d.Score)), budgeted.ScoreDocs.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }

    [Fact]
    public void Only_queries_holding_a_sloppy_phrase_are_read_through_the_budget()
    {
        var exact = SloppyPhrase(0, "bb", "cc");
        var sloppy = SloppyPhrase(3, "bb", "cc");
        var word = new TermQuery(new Term(FieldNames.Text, "bb"));

        Assert.False(BudgetedReader.IsNeededFor(exact));
        Assert.False(BudgetedReader.IsNeededFor(word));
        Assert.True(BudgetedReader.IsNeededFor(sloppy));
        Assert.True(BudgetedReader.IsNeededFor(new BooleanQuery { { word, Occur.MUST }, { sloppy, Occur.SHOULD } }));
        Assert.True(BudgetedReader.IsNeededFor(new MultiPhraseQuery { Slop = 2 }));
        Assert.False(BudgetedReader.IsNeededFor(new BooleanQuery { { word, Occur.MUST }, { exact, Occur.SHOULD } }));
    }

    [Fact]
    public void A_relaxed_search_with_a_sloppy_phrase_ranks_and_scores_through_the_budget()
    {
        using var index = TestIndex.FromArticles(
            ("near", "Near\nThe tin price rose in London."),
            ("far", "Far\nThe price of tin and of copper rose."));

        // No paragraph has `zzqq`, so the search is relaxed; the sloppy phrase ranks `near` (words closer) first.
        var result = index.Query("\"tin price\"~3 zzqq");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.True(result.Relaxed);
        Assert.Equal(["near", "far"], result.Hits.Select(h => h.ArticleId));
        Assert.All(result.Hits, hit => Assert.True(hit.Score > 0.01f));
        Assert.Throws<OperationCanceledException>(() => index.Searcher.Search(new SearchSpec { Query = "\"tin price\"~3 zzqq" }, cancelled.Token));
    }
}
