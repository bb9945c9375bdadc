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

public class SurnameTests
{
    private static readonly GazetteerTagger Tagger = new(
        ("Ronald Reagan", EntityType.Person), ("Nancy Reagan", EntityType.Person), ("Reagan", EntityType.Person), ("Paul Volcker", EntityType.Person));

    [Fact]
    public void A_full_name_finds_the_bare_surname_in_other_articles_when_the_surname_is_mostly_theirs()
    {
        using var index = TestIndex.FromArticles(Tagger,
            ("a", "Speech\nRonald Reagan spoke in Washington."), ("b", "Talks\nRonald Reagan met Yasuhiro Nakasone."),
            ("c", "Veto\nPresident Reagan vetoed the bill."), ("d", "School\nNancy Reagan visited a school."),
            ("e", "Rates\nPaul Volcker kept rates on hold."));

        string[] Found(string name) => index.Searcher.Search(new SearchSpec { Entities = [new EntityRef(name, EntityType.Person)], Limit = 10 }, CancellationToken.None)
            .Hits.Select(h => h.ArticleId).Order(StringComparer.Ordinal).ToArray();

        // Two of the three paragraphs with a longer `Reagan` name are Ronald Reagan's: the bare `Reagan` is his.
        Assert.Equal(["a", "b", "c"], Found("Ronald Reagan"));
        Assert.Equal(["d"], Found("Nancy Reagan"));
        // No bare `Volcker` entity: nothing more to find.
        Assert.Equal(["e"], Found("Paul Volcker"));
        // The bare name still finds every Reagan.
        Assert.Equal(["a", "b", "c", "d"], Found("Reagan"));
        // Mentioned by full name, a paragraph ranks above one with the bare surname.
        Assert.Equal("c", index.Searcher.Search(new SearchSpec { Entities = [new EntityRef("Ronald Reagan", EntityType.Person)], Limit = 10 }, CancellationToken.None).Hits[^1].ArticleId);
    }

    [Fact]
    public void A_surname_two_people_share_alike_stays_apart()
    {
        using var index = TestIndex.FromArticles(Tagger,
            ("a", "Speech\nRonald Reagan spoke in Washington."), ("c", "Veto\nPresident Reagan vetoed the bill."), ("d", "School\nNancy Reagan visited a school."));

        var found = index.Searcher.Search(new SearchSpec { Entities = [new EntityRef("Ronald Reagan", EntityType.Person)], Limit = 10 }, CancellationToken.None);

        Assert.Equal(["a"], found.Hits.Select(h => h.ArticleId));
    }
}
