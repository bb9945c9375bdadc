using Search.Contracts.V1;
using Search.Server.Tests.Support;

namespace Search.Server.Tests.Services;

/// <summary>Named entities of the seed article, through the API.</summary>
public sealed class EntityTests(SeedServer fixture) : IClassFixture<SeedServer>
{
    private const string SeedId = "000_f78ab181bd0a5255";
    private readonly SearchService.SearchServiceClient _client = new(fixture.Server.Channel);

    private async Task<List<Entity>> AllAsync(EntityType type = EntityType.Unspecified) =>
        (await _client.ListEntitiesAsync(new ListEntitiesRequest { Type = type, PageSize = 100 })).Entities.ToList();

    [Fact]
    public async Task The_entity_facet_of_a_relaxed_query_says_so()
    {
        var strict = await _client.ListEntitiesAsync(new ListEntitiesRequest { Query = "korea", PageSize = 100 });
        var relaxed = await _client.ListEntitiesAsync(new ListEntitiesRequest { Query = "korea zzyzx", PageSize = 100 });

        Assert.False(strict.Relaxed);
        Assert.True(relaxed.Relaxed);
        Assert.Equal(strict.Entities.Select(e => (e.CanonicalName, e.MentionCount)), relaxed.Entities.Select(e => (e.CanonicalName, e.MentionCount)));
    }

    [Fact]
    public async Task Seed_people_are_listed_with_Kim_Jong_Un_most_mentioned()
    {
        var people = await AllAsync(EntityType.Person);
        var names = people.Select(p => p.CanonicalName).ToList();
        Assert.Equal("Kim Jong Un", names[0]);
        Assert.Subset(names.ToHashSet(), new HashSet<string> { "Kim Jong Un", "Kim Yo Jong", "Moon Jae-in", "Yeo Sang Ki", "Kim Yeon-chul", "Donald Trump" });
        Assert.DoesNotContain("Kim Jong-un", names);
        Assert.Contains("Kim Jong-un", people[0].Aliases);
        Assert.True(people[0].MentionCount > people[1].MentionCount);
    }

    [Fact]
    public async Task Sentence_initial_words_are_not_entities()
    {
        var names = (await AllAsync()).Select(e => e.CanonicalName).ToList();
        Assert.DoesNotContain("Earlier", names);
        Assert.DoesNotContain("Actually", names);
        Assert.DoesNotContain("Tensions", names);
    }

    [Fact]
    public async Task Organisations_and_places_have_their_types()
    {
        var all = await AllAsync();
        Assert.Contains(all, e => e.CanonicalName == "Unification Ministry" && e.Type == EntityType.Organization);
        Assert.Contains(all, e => e.CanonicalName == "Seoul" && e.Type == EntityType.Location);
        Assert.Contains(all, e => e.CanonicalName == "Singapore" && e.Type == EntityType.Location);
    }

    [Theory]
    [InlineData("Kim Jong-un")]
    [InlineData("kim jong un")]
    [InlineData("Chairman Kim Jong Un")]
    [InlineData("North Korean leader Kim Jong Un")]
    public async Task Entity_query_finds_every_mention_of_Kim_Jong_Un_and_not_other_Kims(string name)
    {
        var response = await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = name, Type = EntityType.Person } }, PageSize = 50 });
        // 2 and 5: leader Kim Jong Un; 9: Chairman Kim Jong Un; 11: Kim's sister (linked); 13: Kim Jong-un; 18: Trump and Kim Jong Un.
        Assert.Equal([2, 5, 9, 11, 13, 18], response.Hits.Select(h => h.ParagraphIndex).Order());
        Assert.Equal(6, response.TotalSize);
        var hit = response.Hits.Single(h => h.ParagraphIndex == 13);
        Assert.Contains(hit.Highlights, s => hit.Text[s.Start..s.End] == "Kim Jong-un");
        Assert.Contains(hit.Entities, m => m.Text == "Kim Jong-un" && m.CanonicalName == "Kim Jong Un" && m.Type == EntityType.Person);
    }

    [Fact]
    public async Task Bare_surname_matches_every_entity_with_it_unless_the_type_narrows_it()
    {
        var people = await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = "Kim", Type = EntityType.Person } }, PageSize = 50 });
        // Kim Jong Un (2, 5, 9, 11, 13, 18), Kim Hong-Ji (14), Kim Yeon-chul (17), Stella Kim (20); Kim Yo Jong shares 11.
        Assert.Equal([2, 5, 9, 11, 13, 14, 17, 18, 20], people.Hits.Select(h => h.ParagraphIndex).Order());
        // The most mentioned Kim ranks first, not the short credit lines of the photographer and the contributor.
        Assert.Equal([2, 5, 9, 11, 13, 18], people.Hits.Take(6).Select(h => h.ParagraphIndex).Order());
        var places = await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = "Kim", Type = EntityType.Location } } });
        Assert.Equal(0, places.TotalSize);
        var trump = await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = "Trump" } } });
        Assert.Equal([18], trump.Hits.Select(h => h.ParagraphIndex));
    }

    [Fact]
    public async Task The_North_after_North_Korea_is_North_Korea()
    {
        var response = await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = "North Korea", Type = EntityType.Location } }, PageSize = 50 });
        // 10, 13, 15 and 17 say "the North"; 17 only that ("who oversees engagement with the North").
        Assert.Equal([0, 1, 4, 10, 12, 13, 15, 16, 17], response.Hits.Select(h => h.ParagraphIndex).Order());
        var hit = response.Hits.Single(h => h.ParagraphIndex == 17);
        Assert.Equal([("North", "North Korea")], hit.Entities.Where(m => m.Type == EntityType.Location).Select(m => (m.Text, m.CanonicalName)));
        var places = (await AllAsync(EntityType.Location)).Select(e => e.CanonicalName).ToList();
        Assert.DoesNotContain("North", places);
        Assert.DoesNotContain("AP", places);
    }

    [Fact]
    public async Task The_agency_of_a_photo_credit_is_an_organisation()
    {
        var organisations = await AllAsync(EntityType.Organization);
        Assert.Contains(organisations, e => e.CanonicalName == "AP" && e.MentionCount == 1);
    }

    [Fact]
    public async Task Listing_by_prefix_article_and_pages()
    {
        var byPrefix = await _client.ListEntitiesAsync(new ListEntitiesRequest { Prefix = "KIM Y", Type = EntityType.Person });
        Assert.Equal(["Kim Yeon-chul", "Kim Yo Jong"], byPrefix.Entities.Select(e => e.CanonicalName));
        var first = await _client.ListEntitiesAsync(new ListEntitiesRequest { PageSize = 2 });
        var second = await _client.ListEntitiesAsync(new ListEntitiesRequest { PageSize = 2, PageToken = first.NextPageToken });
        var all = await AllAsync();
        Assert.Equal(all.Take(4).Select(e => e.CanonicalName), first.Entities.Concat(second.Entities).Select(e => e.CanonicalName));
        Assert.Equal(all.Count, first.TotalSize);
        var inArticle = await _client.ListEntitiesAsync(new ListEntitiesRequest { ArticleId = SeedId, PageSize = 100 });
        Assert.Equal(all.Select(e => (e.CanonicalName, e.MentionCount)), inArticle.Entities.Select(e => (e.CanonicalName, e.MentionCount)));
        var elsewhere = await _client.ListEntitiesAsync(new ListEntitiesRequest { ArticleId = "other" });
        Assert.Equal(0, elsewhere.TotalSize);
    }

    [Fact]
    public async Task A_prefix_is_the_start_of_the_name_as_written_a_leading_the_included()
    {
        var withThe = await _client.ListEntitiesAsync(new ListEntitiesRequest { Prefix = "the kim", PageSize = 100 });
        Assert.Equal(0, withThe.TotalSize);
        var kim = await _client.ListEntitiesAsync(new ListEntitiesRequest { Prefix = "kim y", Type = EntityType.Person });
        Assert.Equal(["Kim Yeon-chul", "Kim Yo Jong"], kim.Entities.Select(e => e.CanonicalName));
    }

    [Fact]
    public async Task A_facet_that_relaxing_cannot_help_is_not_reported_relaxed()
    {
        var response = await _client.ListEntitiesAsync(new ListEntitiesRequest { Query = "zebraxx quuxx" });
        Assert.Equal((0L, false), (response.TotalSize, response.Relaxed));
        var relaxed = await _client.ListEntitiesAsync(new ListEntitiesRequest { Query = "liaison zebraxx", PageSize = 100 });
        Assert.True(relaxed.Relaxed);
        Assert.NotEqual(0, relaxed.TotalSize);
    }

    [Fact]
    public async Task Entity_query_combines_with_a_phrase()
    {
        var response = await _client.SearchAsync(new SearchRequest { Phrase = "virtual meeting", Entities = { new EntityRef { Name = "Kim Jong Un" } } });
        Assert.Equal([9], response.Hits.Select(h => h.ParagraphIndex));
    }

    [Fact]
    public async Task Unknown_entity_matches_nothing()
    {
        var response = await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = "Vladimir Putin" } } });
        Assert.Equal(0, response.TotalSize);
    }

    [Fact]
    public async Task Facet_counts_only_the_matching_paragraphs()
    {
        // "liaison office" stands in paragraphs 1, 4 and 16; "the South" in 16 is linked to South Korea.
        var response = await _client.ListEntitiesAsync(new ListEntitiesRequest { Phrase = "liaison office", PageSize = 100 });
        Assert.Equal(
            [("North Korea", EntityType.Location, 3L, 3L), ("South Korea", EntityType.Location, 2L, 2L), ("inter-Korean", EntityType.Misc, 1L, 1L)],
            response.Entities.Select(e => (e.CanonicalName, e.Type, e.MentionCount, e.ParagraphCount)));
        Assert.Equal(3, response.TotalSize);
    }

    [Fact]
    public async Task Article_paragraphs_carry_their_entities()
    {
        var article = await _client.GetArticleAsync(new GetArticleRequest { ArticleId = SeedId });
        Assert.Contains(article.Paragraphs[18].Entities, m => m.Text == "Donald Trump" && m.Type == EntityType.Person);
        Assert.Contains(article.Paragraphs[18].Entities, m => m.Text == "Singapore" && m.Type == EntityType.Location);
    }

    [Fact]
    public async Task Bad_entity_requests_are_invalid()
    {
        await RpcAssert.InvalidArgumentAsync("entities[0].name", async () => await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = " " } } }));
        var prefix = await RpcAssert.InvalidArgumentAsync("prefix", async () => await _client.ListEntitiesAsync(new ListEntitiesRequest { Prefix = "*" }));
        Assert.Equal("prefix: has no letters or digits to match", prefix);
        await RpcAssert.InvalidArgumentAsync("prefix", async () => await _client.ListEntitiesAsync(new ListEntitiesRequest { Prefix = "😀" }));
        // White space is no prefix either: it had listed every entity, as if no prefix were given.
        foreach (var blank in new[] { " ", "\t", "\u00a0" })
        {
            Assert.Equal("prefix: has no letters or digits to match",
                await RpcAssert.InvalidArgumentAsync("prefix", async () => await _client.ListEntitiesAsync(new ListEntitiesRequest { Prefix = blank })));
        }
        Assert.Equal("entities[0].type: 9 is not an entity type", await RpcAssert.InvalidArgumentAsync("entities[0].type",
            async () => await _client.SearchAsync(new SearchRequest { Entities = { new EntityRef { Name = "Kim", Type = (EntityType)9 } } })));
        var eleven = new SearchRequest();
        eleven.Entities.Add(Enumerable.Range(0, 11).Select(i => new EntityRef { Name = $"Name {i}" }));
        await RpcAssert.InvalidArgumentAsync("entities", async () => await _client.SearchAsync(eleven));
        await RpcAssert.InvalidArgumentAsync("type", async () => await _client.ListEntitiesAsync(new ListEntitiesRequest { Type = (EntityType)7 }));
        await RpcAssert.InvalidArgumentAsync("page_size", async () => await _client.ListEntitiesAsync(new ListEntitiesRequest { PageSize = -1 }));
        // A blank facet would otherwise count over every paragraph, as if none had been given.
        Assert.Equal("phrase: is blank; leave it empty to count over every paragraph",
            await RpcAssert.InvalidArgumentAsync("phrase", async () => await _client.ListEntitiesAsync(new ListEntitiesRequest { Phrase = "  " })));
        await RpcAssert.InvalidArgumentAsync("query", async () => await _client.ListEntitiesAsync(new ListEntitiesRequest { Query = " \t" }));
    }
}
