using Lucene.Net.Search;
using Search.Core.Querying;

namespace Search.Core.Tests.Querying;

public class PhraseQueriesTests
{
    private static (string[] Terms, int[] Positions) Parts(Query query) => query switch
    {
        TermQuery term => ([term.Term.Text], [0]),
        PhraseQuery phrase => (phrase.GetTerms().Select(t => t.Text).ToArray(), phrase.GetPositions()),
        _ => throw new InvalidOperationException(query.GetType().Name),
    };

    private static string Show(Query query)
    {
        var (terms, positions) = Parts(query);
        return string.Join(" + ", terms.Zip(positions, (t, p) => $"{t}@{p}"));
    }

    [Fact]
    public void Two_words_with_a_common_one_are_one_pair_term()
    {
        Assert.IsType<TermQuery>(PhraseQueries.Exact(["according", "to"], 0));
        Assert.Equal("according to@0", Show(PhraseQueries.Exact(["according", "to"], 0)));
    }

    [Fact]
    public void Longer_phrases_use_pairs_left_to_right_and_words_elsewhere()
    {
        var (terms, positions) = Parts(PhraseQueries.Exact(["according", "to", "the", "company"], 0));
        Assert.Equal(["according to", "the company"], terms);
        Assert.Equal([0, 2], positions);
        (terms, positions) = Parts(PhraseQueries.Exact(["crude", "oil", "prices", "of", "opec"], 0));
        Assert.Equal(["crude", "oil", "prices of", "opec"], terms);
        Assert.Equal([0, 1, 2, 4], positions);
    }

    [Fact]
    public void Sloppy_phrases_and_rare_words_stay_word_by_word()
    {
        Assert.Equal("according@0 + to@1", Show(PhraseQueries.Exact(["according", "to"], 2)));
        Assert.Equal("crude@0 + oil@1", Show(PhraseQueries.Exact(["crude", "oil"], 0)));
    }

    [Fact]
    public void Words_are_recovered_from_pairs_and_positions()
    {
        Assert.Equal(["crude", "oil", "prices", "of", "opec"], PhraseQueries.WordsOf(["crude", "oil", "prices of", "opec"], [0, 1, 2, 4]));
    }
}
