using Search.Core.Entities;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public class EntityRankingTests
{
    private static readonly GazetteerTagger Tagger = new(
        ("OPEC", EntityType.Organization),
        ("OPEC Fund for International Development", EntityType.Organization),
        ("Opec Conference", EntityType.Organization));

    [Fact]
    public void Entities_that_only_contain_the_name_rank_below_the_entity_itself()
    {
        using var index = TestIndex.FromArticles(Tagger,
            ("a", "Oil report\nOPEC ministers met in Vienna. OPEC output rose, and OPEC members agreed on quotas."),
            ("b", "Loans\nThe OPEC Fund for International Development lent money to Ghana."),
            ("c", "Meeting\nThe Opec Conference opened on Monday in Vienna."),
            ("d", "Prices\nOil prices rose after OPEC met."),
            ("e", "Quotas\nSaudi Arabia said OPEC would keep its quotas."),
            ("f", "Output\nOutput fell in March, OPEC said."));

        var result = index.Searcher.Search(new SearchSpec { Entities = [new EntityRef("OPEC", EntityType.Organization)], Limit = 10 }, CancellationToken.None);

        Assert.Equal(6, result.TotalHits);
        // Three mentions first, then the short paragraphs with one mention each, then the rare entities that contain the name.
        Assert.Equal("a", result.Hits[0].ArticleId);
        Assert.Equal(["d", "e", "f"], result.Hits.Skip(1).Take(3).Select(h => h.ArticleId).Order());
        Assert.Equal(["b", "c"], result.Hits.Skip(4).Select(h => h.ArticleId).Order());
    }
}

public class EntityNamePartTests
{
    private static readonly GazetteerTagger Tagger = new(
        ("Mexico City", EntityType.Location),
        ("Mexico", EntityType.Location),
        ("Kim Jong Un", EntityType.Person),
        ("Kim Yo Jong", EntityType.Person));

    [Fact]
    public void A_one_word_place_matches_only_itself_and_a_one_word_person_name_every_person_with_it()
    {
        using var index = TestIndex.FromArticles(Tagger,
            ("a", "Storm\nMexico City braced for a storm."),
            ("b", "Trade\nMexico raised its tariffs."),
            ("c", "Talks\nKim Jong Un met officials."),
            ("d", "Statement\nKim Yo Jong issued a statement."));

        SearchResult Find(string name, EntityType type) =>
            index.Searcher.Search(new SearchSpec { Entities = [new EntityRef(name, type)] }, CancellationToken.None);

        Assert.Equal(["b"], Find("Mexico", EntityType.Location).Hits.Select(h => h.ArticleId));
        Assert.Equal(["a"], Find("Mexico City", EntityType.Location).Hits.Select(h => h.ArticleId));
        Assert.Equal(["c", "d"], Find("Kim", EntityType.Person).Hits.Select(h => h.ArticleId).Order());
    }
}
