using Search.Core.Entities;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>BM25's average paragraph length counts words, whatever else the phrase field stacks on them.</summary>
public class LengthNormTests
{
    [Fact]
    public void A_one_word_phrase_scores_as_the_same_word_in_free_text()
    {
        // Common words (`of the`, `in the`) stack pair terms and names stack entity terms in the phrase field;
        // the stemmed field has one token per word. `oil` is its own stem, so both fields see the same
        // paragraphs, lengths and document frequency: only the average length could tell them apart.
        var tagger = new GazetteerTagger(("OPEC", EntityType.Organization), ("Saudi Arabia", EntityType.Location), ("Vienna", EntityType.Location));
        using var index = TestIndex.FromArticles(tagger,
            ("a", "Oil talks\nOPEC met in Vienna, and the price of the oil of the Gulf rose in the morning."),
            ("b", "Saudi Arabia\nSaudi Arabia said OPEC would meet in Vienna in the spring to talk about oil."),
            ("c", "Wheat\nThe wheat of the plains and the corn of the valley sold in the markets of the city."));

        var phrase = index.Searcher.Search(new SearchSpec { Phrase = "oil", Limit = 10 }, CancellationToken.None).Hits;
        var words = index.Searcher.Search(new SearchSpec { Query = "oil", Limit = 10 }, CancellationToken.None).Hits;

        Assert.Equal(3, phrase.Count);
        Assert.Equal(
            words.Select(h => ($"{h.ArticleId}#{h.ParagraphIndex}", h.Score)),
            phrase.Select(h => ($"{h.ArticleId}#{h.ParagraphIndex}", h.Score)));
    }
}
