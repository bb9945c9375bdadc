using Lucene.Net.Search;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public class EntityListingTests
{
    private static readonly GazetteerTagger Tagger = new(
        ("OPEC", EntityType.Organization),
        ("The Saudi Arabia", EntityType.Location),
        ("OPEC Fund", EntityType.Organization),
        ("Vienna", EntityType.Location),
        ("Saudi Arabia", EntityType.Location),
        ("Saudi Aramco", EntityType.Organization));

    // Two segments: the build, then an upsert batch that adds an article and replaces one of the build's.
    private static TestIndex TwoSegmentIndex()
    {
        var index = TestIndex.FromArticles(Tagger,
            ("a", "Oil report\nOPEC ministers met in Vienna. OPEC output rose.\nSaudi Arabia backed OPEC."),
            ("b", "Loans\nThe OPEC Fund lent money."),
            ("c", "Weather\nRain fell in Vienna.\nSaudi Aramco said nothing."),
            ("e", "Kingdom\nThe Saudi Arabia delegation left Vienna."));
        using (var session = index.Index.BeginWriteAsync(CancellationToken.None).GetAwaiter().GetResult())
        {
            session.Upsert(ArticleParser.Parse("b", "Loans", ["OPEC lent money to Saudi Arabia."]));
            session.Upsert(ArticleParser.Parse("d", "Vienna talks", ["OPEC met in Vienna."]));
            session.Commit();
        }
        return index;
    }

    [Fact]
    public void Walking_the_entity_terms_counts_what_reading_each_paragraph_counts()
    {
        using var index = TwoSegmentIndex();
        index.Index.Use(searcher =>
        {
            Assert.Equal(2, searcher.IndexReader.Leaves.Count);
            var live = LiveDocs(searcher);
            var budget = new SearchBudget(TimeSpan.FromSeconds(30), CancellationToken.None);
            foreach (var docs in new[] { live, live.Where((_, i) => i % 2 == 0).ToList(), live.Where((_, i) => i % 2 == 1).ToList(), [] })
            {
                var byTerms = Flatten(EntityListing.CountByTerms(searcher, docs, budget));
                var byDocuments = Flatten(EntityListing.CountByDocuments(searcher, docs, budget));
                Assert.Equal(byDocuments, byTerms);
            }
            // OPEC: 2 + 1 mentions in a, 1 in the new b, 1 in d; the replaced b's
            // paragraph is deleted and the OPEC Fund is another entity.
            var opec = EntityListing.CountByTerms(searcher, live, budget)[new EntityId(EntityType.Organization, "opec")];
            Assert.Equal((5L, 4L, "a b d"), (opec.Mentions, opec.Paragraphs, string.Join(' ', opec.Articles.Order(StringComparer.Ordinal))));
            return 0;
        });
    }

    [Fact]
    public void A_name_prefix_lists_what_comparing_every_name_lists_in_the_same_order()
    {
        using var index = TwoSegmentIndex();
        var all = index.Searcher.ListEntities(new EntityListSpec { Limit = 100 }, CancellationToken.None).Entities;
        // `The Saudi Arabia` is an alias of Saudi Arabia: only a prefix with `the` finds the entity through it.
        Assert.Equal(["The Saudi Arabia"], all.Single(e => e.DisplayName == "Saudi Arabia").Aliases);
        // The OPEC Fund was only in the replaced article.
        Assert.Equal(["OPEC", "Vienna", "Saudi Arabia", "Saudi Aramco"], all.Select(e => e.DisplayName));
        foreach (var prefix in new[] { "o", "OP", "opec", "opec f", "opec fund x", "s", "saudi a", "Saudi Ar", "v", "x", "opec ", "the s", "the saudi arabia" })
        {
            var folded = EntityCatalog.Fold(prefix);
            var expected = all.Where(e => e.Id.Key.StartsWith(folded, StringComparison.Ordinal)
                || new[] { e.DisplayName }.Concat(e.Aliases).Any(name => EntityCatalog.Fold(name).StartsWith(folded, StringComparison.Ordinal)));
            var listed = index.Searcher.ListEntities(new EntityListSpec { Prefix = prefix, Limit = 100 }, CancellationToken.None);
            Assert.Equal(expected.Select(e => e.DisplayName), listed.Entities.Select(e => e.DisplayName));
            Assert.Equal(expected.Count(), listed.TotalSize);
        }
        var facet = index.Searcher.ListEntities(new EntityListSpec { Query = "vienna", Prefix = "o", Limit = 100 }, CancellationToken.None);
        Assert.Equal(["OPEC"], facet.Entities.Select(e => e.DisplayName));
        Assert.Equal((3L, 2L, 2L), (facet.Entities[0].Mentions, facet.Entities[0].Paragraphs, facet.Entities[0].Articles));
    }

    [Fact]
    public void Pages_of_a_type_are_cut_from_the_ranked_list()
    {
        using var index = TwoSegmentIndex();
        var places = index.Searcher.ListEntities(new EntityListSpec { Type = EntityType.Location, Offset = 1, Limit = 1 }, CancellationToken.None);
        Assert.Equal(["Saudi Arabia"], places.Entities.Select(e => e.DisplayName));
        Assert.Equal(2, places.TotalSize);
        var beyond = index.Searcher.ListEntities(new EntityListSpec { Type = EntityType.Location, Offset = 5, Limit = 1 }, CancellationToken.None);
        Assert.Empty(beyond.Entities);
        Assert.Equal(2, beyond.TotalSize);
    }

    [Fact]
    public void A_name_written_with_combining_accents_is_the_same_form_as_with_precomposed_ones()
    {
        const string composed = "S\u00E3o Paulo", decomposed = "Sa\u0303o Paulo";
        using var index = TestIndex.FromArticles(new GazetteerTagger((composed, EntityType.Location), (decomposed, EntityType.Location)),
            ("a", $"Brazil\n{composed} grew. {composed} voted.\n{decomposed} rejoiced."));

        var city = Assert.Single(index.Searcher.ListEntities(new EntityListSpec(), CancellationToken.None).Entities);

        Assert.Equal((composed, 0, 3L), (city.DisplayName, city.Aliases.Count, city.Mentions));
    }

    [Fact]
    public void A_catalog_after_a_commit_counts_the_deletions_in_segments_read_before_and_the_new_segment()
    {
        using var index = TestIndex.FromArticles(Tagger, ("a", "Oil report\nOPEC met in Vienna."), ("b", "Loans\nOPEC lent money in Vienna."));
        (long, long, long) Opec()
        {
            var opec = index.Searcher.ListEntities(new EntityListSpec { Prefix = "opec" }, CancellationToken.None).Entities.Single();
            return (opec.Mentions, opec.Paragraphs, opec.Articles);
        }
        void Change(Action<Search.Core.Indexing.IndexWriterSession> change)
        {
            using var session = index.Index.BeginWriteAsync(CancellationToken.None).GetAwaiter().GetResult();
            change(session);
            session.Commit();
        }

        var first = Opec();
        Change(session => session.Delete("b"));
        var afterDelete = Opec();
        Change(session => session.Upsert(ArticleParser.Parse("c", "OPEC again", ["OPEC and OPEC met."])));
        var afterUpsert = Opec();

        Assert.Equal((2L, 2L, 2L), first);
        Assert.Equal((1L, 1L, 1L), afterDelete);
        // c: one mention in its headline, two in its paragraph.
        Assert.Equal((4L, 3L, 2L), afterUpsert);
    }

    [Fact]
    public async Task A_hits_canonical_name_is_the_listings_after_a_replace_and_for_forms_in_decomposed_accents()
    {
        // Four datelines in capitals and one `Perth` in mixed case: mixed case is used a quarter as often, so
        // it is the name. Replacing an article leaves its old paragraphs deleted but still in their segment.
        var tagger = new GazetteerTagger(("Perth", EntityType.Location), ("Ramón Pérez", EntityType.Person), ("Ramo\u0301n Pe\u0301rez", EntityType.Person), ("Ramon Perez", EntityType.Person));
        using var index = TestIndex.FromArticles(tagger,
            ("p0", "Wool\nPERTH, March 2 (Reuters) - Wool sales were strong."), ("p1", "Wool\nPERTH, March 3 (Reuters) - Wool sales were strong."),
            ("p2", "Wool\nPERTH, March 4 (Reuters) - Wool sales were strong."), ("p3", "Wool\nPERTH, March 5 (Reuters) - Wool sales were strong."),
            ("p4", "Wool\nGrowers near Perth said the clip was good."),
            ("r1", "Oil\nMinister Ramón Pérez spoke."), ("r2", "Oil\nMinister Ramo\u0301n Pe\u0301rez spoke."), ("r3", "Oil\nMinister Ramon Perez spoke."));
        using (var session = await index.Index.BeginWriteAsync(CancellationToken.None))
        {
            session.Upsert(ArticleParser.Parse("p0", "Wool", ["PERTH, March 2 (Reuters) - Wool sales were strong."]));
            session.Commit();
        }

        foreach (var (entity, name) in new[] { ("Perth", "Perth"), ("Ramon Perez", "Ramón Pérez") })
        {
            var listed = index.Searcher.ListEntities(new EntityListSpec { Prefix = entity }, CancellationToken.None).Entities.Single();
            var onHits = index.Searcher.Search(new SearchSpec { Entities = [new EntityRef(entity, null)], Limit = 10 }, CancellationToken.None)
                .Hits.SelectMany(hit => hit.Entities).Where(mention => mention.Type == listed.Id.Type).Select(mention => mention.CanonicalName).Distinct();
            Assert.Equal(name, listed.DisplayName);
            Assert.Equal([name], onHits);
        }
    }

    [Fact]
    public void A_country_is_found_by_any_of_its_names()
    {
        var tagger = new GazetteerTagger(("U.S.", EntityType.Location), ("United States", EntityType.Location), ("US", EntityType.Location), ("Japan", EntityType.Location));
        using var index = TestIndex.FromArticles(tagger,
            ("a", "Trade\nThe U.S. trade deficit widened."), ("b", "Talks\nThe United States and Japan met."), ("c", "Cars\nUS car sales rose."));

        foreach (var name in new[] { "US", "U.S.", "United States", "USA" })
        {
            var found = index.Searcher.Search(new SearchSpec { Entities = [new EntityRef(name, EntityType.Location)], Limit = 10 }, CancellationToken.None);
            Assert.Equal(["a#1", "b#1", "c#1"], found.Hits.Select(h => $"{h.ArticleId}#{h.ParagraphIndex}").Order(StringComparer.Ordinal));
        }
        var listed = index.Searcher.ListEntities(new EntityListSpec { Type = EntityType.Location }, CancellationToken.None).Entities;
        // One mention of each form: the form in mixed case is the name.
        Assert.Equal([("Japan", 1L), ("United States", 3L)], listed.Select(e => (e.DisplayName, e.Mentions)).OrderBy(e => e.DisplayName, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_older_versions_catalog_is_let_go_once_a_newer_one_is_made_and_comes_back_the_same()
    {
        using var index = TestIndex.FromArticles(Tagger, ("a", "Oil report\nOPEC met in Vienna."), ("b", "Loans\nOPEC lent money in Vienna."));
        var (older, first) = index.Index.Use(searcher => (index.Index.Keep(searcher), EntityCatalog.For(searcher.IndexReader)));
        using (var session = await index.Index.BeginWriteAsync(CancellationToken.None))
        {
            session.Upsert(ArticleParser.Parse("a", "Oil report", ["OPEC and OPEC met in Vienna again."]));
            session.Commit();
        }

        var newer = index.Index.Use(searcher => EntityCatalog.For(searcher.IndexReader));
        var again = index.Index.Use(older, searcher => EntityCatalog.For(searcher.IndexReader));

        // Made again for the kept version (a next page of a listing), with the same counts as at first.
        Assert.NotSame(first, again);
        Assert.Same(again, index.Index.Use(older, searcher => EntityCatalog.For(searcher.IndexReader)));
        static string[] Counts(EntityCatalog catalog) => catalog.All.Select(e => $"{e.Id}:{e.Mentions}/{e.Paragraphs}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Counts(first), Counts(again));
        Assert.NotEqual(Counts(first), Counts(newer));
    }

    [Fact]
    public async Task A_newer_versions_catalog_is_made_after_the_older_version_was_closed()
    {
        using var index = TestIndex.FromArticles(Tagger, ("a", "Oil report\nOPEC met in Vienna."), ("b", "Loans\nOPEC lent money in Vienna."));
        var older = index.Index.Use(searcher => EntityCatalog.For(searcher.IndexReader) is not null ? searcher.IndexReader : null)!;
        // Past the versions kept for next pages, the older one is closed.
        for (var commit = 0; commit <= Search.Core.Indexing.ParagraphIndex.MaxKeptVersions; commit++)
        {
            using var session = await index.Index.BeginWriteAsync(CancellationToken.None);
            session.Upsert(ArticleParser.Parse("a", "Oil report", [$"OPEC and OPEC met in Vienna again ({commit})."]));
            session.Commit();
        }
        Assert.Equal(0, older.RefCount);

        var newer = index.Index.Use(searcher => EntityCatalog.For(searcher.IndexReader));

        Assert.Equal([("e|ORG|opec", 3L, 2L)], newer.All.Where(e => e.Id.Type == EntityType.Organization).Select(e => ($"e|ORG|{e.Id.Key}", e.Mentions, e.Paragraphs)));
    }

    [Fact]
    public async Task A_facets_next_page_reads_its_version_and_a_new_search_the_newest()
    {
        using var index = TestIndex.FromArticles(Tagger, ("a", "Oil report\nOPEC met in Vienna."), ("b", "Loans\nOPEC lent money in Vienna."));
        var spec = new EntityListSpec { Query = "vienna", Limit = 1 };
        var first = index.Searcher.ListEntities(spec, CancellationToken.None);
        using (var session = await index.Index.BeginWriteAsync(CancellationToken.None))
        {
            session.Upsert(ArticleParser.Parse("c", "Talks", ["OPEC and OPEC met in Vienna again."]));
            session.Commit();
        }

        var kept = index.Searcher.ListEntities(spec with { IndexVersion = first.IndexVersion }, CancellationToken.None);
        var newer = index.Searcher.ListEntities(spec, CancellationToken.None);

        static (string, long, long) Top(EntityListResult result) => result.Entities.Select(e => (e.Id.Key, e.Mentions, e.Paragraphs)).Single();
        Assert.NotNull(first.IndexVersion);
        Assert.Equal(("opec", 2L, 2L), Top(first));
        Assert.Equal(("opec", 2L, 2L), Top(kept));
        Assert.Equal(("opec", 4L, 3L), Top(newer));
    }

    private static List<int> LiveDocs(IndexSearcher searcher)
    {
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(searcher.IndexReader);
        return Enumerable.Range(0, searcher.IndexReader.MaxDoc).Where(doc => live is null || live.Get(doc)).ToList();
    }

    private static List<string> Flatten(Dictionary<EntityId, EntityListing.FacetCounts> counts) =>
        [.. counts
            .Select(c => $"{c.Key}: {c.Value.Mentions} mentions, {c.Value.Paragraphs} paragraphs, articles {string.Join(' ', c.Value.Articles.Order(StringComparer.Ordinal))}")
            .Order(StringComparer.Ordinal)];
}
