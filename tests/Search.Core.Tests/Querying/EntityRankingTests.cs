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

public class EntityExpansionCapTests
{
    [Fact]
    public void The_entity_named_exactly_is_found_when_more_than_the_cap_contain_its_name()
    {
        // 300 companies with `International` in their name, each in two paragraphs, and `International` itself in one.
        var companies = Enumerable.Range(0, EntityLookup.MaxExpansions + 44).Select(i => $"Zeta{i:D3} International").ToList();
        var tagger = new GazetteerTagger([.. companies.Select(c => (c, EntityType.Organization)), ("International", EntityType.Organization)]);
        var articles = companies.Select((c, i) => ($"c{i:D3}", $"{c} news\n{c} said sales rose.")).Append(("x", "Bonds\nInternational said bonds fell.")).ToArray();
        using var index = TestIndex.FromArticles(tagger, articles);

        var result = index.Searcher.Search(
            new SearchSpec { Entities = [new EntityRef("International", EntityType.Organization)], ArticleId = "x" }, CancellationToken.None);

        Assert.Equal([("x", 1)], result.Hits.Select(h => (h.ArticleId, h.ParagraphIndex)));
    }
}

public class CompanyLegalFormTests
{
    private static readonly GazetteerTagger Tagger = new(
        ("Helix Robotics Inc", EntityType.Organization), ("Helix Robotics", EntityType.Organization), ("Arm Holdings", EntityType.Organization),
        ("Salomon Inc", EntityType.Organization), ("Salomon SA", EntityType.Organization), ("Salomon", EntityType.Organization),
        ("Goldman Sachs and Co", EntityType.Organization));

    [Fact]
    public void A_company_is_found_with_its_legal_form_or_without_it_but_stays_apart_from_others_of_its_name()
    {
        using var index = TestIndex.FromArticles(Tagger,
            ("a", "Funding\nHelix Robotics Inc raised $85 million."),
            ("b", "Robots\nHelix Robotics opened a plant."),
            ("c", "Chips\nArm Holdings rose 3 pct."),
            ("d", "Skis\nSalomon SA sold skis; Salomon Inc sold bonds."),
            ("e", "Bonds\nSalomon said bonds fell."),
            ("f", "Deals\nGoldman Sachs and Co advised the buyer."));

        string[] Find(string name) => index.Searcher.Search(new SearchSpec { Entities = [new EntityRef(name, EntityType.Organization)] }, CancellationToken.None)
            .Hits.Select(h => h.ArticleId).Order().ToArray();

        Assert.Equal(["a", "b"], Find("Helix Robotics"));
        Assert.Equal(["a", "b"], Find("Helix Robotics, Inc."));
        Assert.Equal(["c"], Find("Arm Holdings plc"));
        Assert.Equal(["d"], Find("Salomon SA"));
        Assert.Equal(["f"], Find("Goldman Sachs"));
        var salomon = index.Searcher.Search(new SearchSpec { Entities = [new EntityRef("Salomon SA", EntityType.Organization)] }, CancellationToken.None).Hits.Single();
        // Both are in the paragraph, but only the one asked for is marked.
        Assert.Equal(["Salomon SA"], salomon.Highlights.Select(h => salomon.Text[h.Start..h.End]));
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
        ("Ronald Reagan", EntityType.Person), ("Nancy Reagan", EntityType.Person), ("Reagan", EntityType.Person),
        ("James Baker", EntityType.Person), ("Baker", EntityType.Person), ("Kim Young-sam", EntityType.Person), ("Sam", EntityType.Person));

    // `count` articles, each one paragraph saying `text`, with ids `prefix0`, `prefix1`...
    private static IEnumerable<(string Id, string Text)> Articles(string prefix, int count, string text) =>
        Enumerable.Range(0, count).Select(i => ($"{prefix}{i}", $"Report {i}\n{text}"));

    private static string[] Found(TestIndex index, string name) =>
        index.Searcher.Search(new SearchSpec { Entities = [new EntityRef(name, EntityType.Person)], Limit = 100 }, CancellationToken.None)
            .Hits.Select(h => h.ArticleId).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_full_name_finds_the_bare_surname_the_index_mostly_names_that_person_by()
    {
        // Ronald Reagan in 10 paragraphs, the bare Reagan in 12, Nancy Reagan in 1: the surname is his.
        using var index = TestIndex.FromArticles(Tagger,
            [.. Articles("full", 10, "Ronald Reagan spoke."), .. Articles("bare", 12, "President Reagan vetoed the bill."), ("nancy", "School\nNancy Reagan visited a school.")]);

        Assert.Equal(Articles("bare", 12, "").Concat(Articles("full", 10, "")).Select(a => a.Id).Order(StringComparer.Ordinal), Found(index, "Ronald Reagan"));
        Assert.Equal(["nancy"], Found(index, "Nancy Reagan"));
        // Mentioned by full name, a paragraph ranks above one with the bare surname.
        Assert.StartsWith("full", index.Searcher.Search(new SearchSpec { Entities = [new EntityRef("Ronald Reagan", EntityType.Person)], Limit = 1 }, CancellationToken.None).Hits[0].ArticleId, StringComparison.Ordinal);
    }

    [Theory]
    // A bare surname left over beside a common full name (companies, other people) is not taken.
    [InlineData("James Baker", "Baker International rose.", 3)]
    // Nor a full name too rare to judge by, nor the end of a hyphenated name.
    [InlineData("Ronald Reagan", "President Reagan vetoed the bill.", 12, 5)]
    [InlineData("Kim Young-sam", "Sam spoke.", 12)]
    public void A_surname_the_index_does_not_mostly_name_that_person_by_stays_apart(string fullName, string bare, int bareCount, int fullCount = 10)
    {
        using var index = TestIndex.FromArticles(Tagger, [.. Articles("full", fullCount, $"{fullName} spoke."), .. Articles("bare", bareCount, bare)]);

        Assert.Equal(Articles("full", fullCount, "").Select(a => a.Id).Order(StringComparer.Ordinal), Found(index, fullName));
    }

    [Fact]
    public void A_surname_two_people_share_alike_stays_apart()
    {
        using var index = TestIndex.FromArticles(Tagger,
            [.. Articles("full", 10, "Ronald Reagan spoke."), .. Articles("bare", 12, "President Reagan vetoed the bill."), .. Articles("nancy", 6, "Nancy Reagan visited a school.")]);

        Assert.Equal(Articles("full", 10, "").Select(a => a.Id).Order(StringComparer.Ordinal), Found(index, "Ronald Reagan"));
    }
}
