using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>Which entities to list: narrowed by type and name prefix, and optionally counted only over the paragraphs a search matches.</summary>
public sealed record EntityListSpec
{
    public EntityType? Type { get; init; }

    /// <summary>Start of the canonical name or of an alias, compared on folded words.</summary>
    public string? Prefix { get; init; }

    public string? ArticleId { get; init; }

    /// <summary>Free text (as in search); only the paragraphs it matches are counted.</summary>
    public string? Query { get; init; }

    /// <summary>An exact phrase; only the paragraphs it matches are counted.</summary>
    public string? Phrase { get; init; }

    public int Offset { get; init; }
    public int Limit { get; init; } = 10;
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The index version a next page reads (<see cref="EntityListResult.IndexVersion"/> of the page before); null for the latest.</summary>
    public long? IndexVersion { get; init; }
}

/// <summary>One page of entities, ordered by mention count then name, and how many there are in all.</summary>
/// <param name="Relaxed">True when no paragraph had every word of the query, so paragraphs with most of them were counted.</param>
public sealed record EntityListResult(IReadOnlyList<EntityInfo> Entities, long TotalSize, bool Relaxed = false)
{
    /// <summary>When entities remain past this page, the index version kept for the next pages to read; else null.</summary>
    public long? IndexVersion { get; init; }
}

/// <summary>Lists entities, as a whole or as the entity facet of a search. Thread-safe.</summary>
internal static class EntityListing
{
    public static EntityListResult List(IndexSearcher searcher, EntityListSpec spec, CancellationToken cancellationToken)
    {
        var catalog = EntityCatalog.For(searcher.IndexReader);
        var scoped = spec.Query is not null || spec.Phrase is not null || spec.ArticleId is not null;
        var facet = scoped
            ? FacetCache.For(searcher.IndexReader).GetOrCount(spec, () => Ranked(CountOver(searcher, spec, catalog, cancellationToken)))
            : new Facet(catalog.Ranked, false);
        IEnumerable<EntityInfo> ranked = facet.Ranked;
        var relaxed = facet.Relaxed;
        if (spec.Prefix is not null && EntityCatalog.Fold(spec.Prefix) is { Length: > 0 } prefix)
        {
            var named = catalog.WithNamePrefix(prefix);
            var namedIds = scoped ? named.Select(e => e.Id).ToHashSet() : null;
            ranked = namedIds is null ? named : ranked.Where(e => namedIds.Contains(e.Id));
        }
        var page = new List<EntityInfo>(Math.Max(0, Math.Min(spec.Limit, 100)));
        long total = 0;
        foreach (var entity in ranked)
        {
            if (spec.Type is null || entity.Id.Type == spec.Type)
            {
                if (total >= spec.Offset && page.Count < spec.Limit)
                {
                    page.Add(entity);
                }
                total++;
            }
        }
        return new EntityListResult(page, total, relaxed);
    }

    private static Facet Ranked((IReadOnlyCollection<EntityInfo> Entities, bool Relaxed) counted) =>
        new([.. EntityCatalog.InListingOrder(counted.Entities)], counted.Relaxed);

    // The facet: mentions, paragraphs and articles counted over the matching paragraphs only.
    private static (IReadOnlyCollection<EntityInfo> Entities, bool Relaxed) CountOver(IndexSearcher searcher, EntityListSpec spec, EntityCatalog catalog, CancellationToken cancellationToken)
    {
        var search = new SearchSpec { Query = spec.Query, Phrase = spec.Phrase, ArticleId = spec.ArticleId };
        var prepared = QueryFactory.Prepare(search, EntityLookup.For(searcher.IndexReader));
        var query = prepared.Strict ?? (spec.ArticleId is not null && spec.Query is null && spec.Phrase is null ? new MatchAllDocsQuery() : null);
        if (query is null)
        {
            return ([], false);
        }
        var budget = new SearchBudget(spec.Budget, cancellationToken);
        var matches = new MatchingDocs(budget);
        ParagraphSearcher.Matcher(searcher, query, budget).Search(query, prepared.Filter, matches);
        var relaxed = false;
        if (matches.Docs.Count == 0 && prepared.Relaxed is not null)
        {
            ParagraphSearcher.Matcher(searcher, prepared.Relaxed, budget).Search(prepared.Relaxed, prepared.Filter, matches);
            // Relaxed only when relaxing found something, as in search: an empty answer is the strict one.
            relaxed = matches.Docs.Count > 0;
        }
        var counts = matches.Docs.Count >= TermWalkFrom ? CountByTerms(searcher, matches.Docs, budget) : CountByDocuments(searcher, matches.Docs, budget);
        var entities = counts.Select(c =>
        {
            var known = catalog.Find(c.Key);
            return new EntityInfo(c.Key, known?.DisplayName ?? c.Key.Key, known?.Aliases ?? [], c.Value.Mentions, c.Value.Paragraphs, c.Value.Articles.Count);
        }).ToList();
        return (entities, relaxed);
    }

    /// <summary>
    /// From how many matching paragraphs the facet walks the entity terms instead of reading each paragraph's
    /// mentions. On the Reuters index (130,977 paragraphs, 36,798 entities) reading took about 6.5 µs a
    /// paragraph (16-19 ms for 2,525) and the walk about 25 ms plus 1.5 µs a paragraph, so the walk wins
    /// from about 5,000: over 7,995 paragraphs, 24-50 ms instead of 63-65 ms; over all of them, 142-233 ms
    /// instead of 307-387 ms.
    /// </summary>
    internal const int TermWalkFrom = 5_000;

    // Each matching paragraph's stored mentions, decoded: cheap for a narrow search.
    internal static Dictionary<EntityId, FacetCounts> CountByDocuments(IndexSearcher searcher, IReadOnlyList<int> docs, SearchBudget budget)
    {
        var fields = new HashSet<string> { FieldNames.Entities };
        var counts = new Dictionary<EntityId, FacetCounts>();
        var inParagraph = new Dictionary<EntityId, int>();
        foreach (var doc in docs)
        {
            budget.ThrowIfSpent();
            var encoded = HitRecords.ReadMentions(searcher, doc) ?? searcher.Doc(doc, fields).Get(FieldNames.Entities);
            if (string.IsNullOrEmpty(encoded))
            {
                continue;
            }
            inParagraph.Clear();
            foreach (var mention in MentionCodec.Decode(encoded))
            {
                var id = new EntityId(mention.Type, mention.EntityKey);
                inParagraph[id] = inParagraph.GetValueOrDefault(id) + 1;
            }
            var articleId = HitRecords.ArticleId(searcher, doc);
            foreach (var (id, mentions) in inParagraph)
            {
                if (!counts.TryGetValue(id, out var entity))
                {
                    counts[id] = entity = new FacetCounts();
                }
                entity.Add(mentions, articleId);
            }
        }
        return counts;
    }

    // Every entity term's postings, kept where the search matched (as the catalog counts the whole index):
    // its cost is that of the index's entity postings, however many paragraphs match.
    internal static Dictionary<EntityId, FacetCounts> CountByTerms(IndexSearcher searcher, IReadOnlyList<int> docs, SearchBudget budget)
    {
        var leaves = searcher.IndexReader.Leaves;
        var matched = leaves.Select(leaf => new FixedBitSet(leaf.AtomicReader.MaxDoc)).ToArray();
        foreach (var doc in docs)
        {
            var leaf = ReaderUtil.SubIndex(doc, leaves);
            matched[leaf].Set(doc - leaves[leaf].DocBase);
        }
        var counts = new Dictionary<EntityId, FacetCounts>();
        for (var leaf = 0; leaf < leaves.Count; leaf++)
        {
            if (matched[leaf].Cardinality == 0)
            {
                continue;
            }
            // Only matched paragraphs are accepted; they are all live, as the search saw only live ones.
            foreach (var (id, mentions, paragraphs, articles) in EntityCatalog.SegmentCounts(leaves[leaf].AtomicReader, matched[leaf]))
            {
                budget.ThrowIfSpent();
                if (!counts.TryGetValue(id, out var entity))
                {
                    counts[id] = entity = new FacetCounts();
                }
                entity.Mentions += mentions;
                entity.Paragraphs += paragraphs;
                entity.Articles.UnionWith(articles);
            }
        }
        return counts;
    }

    /// <summary>One entity's counts over the matching paragraphs.</summary>
    internal sealed class FacetCounts
    {
        public long Mentions { get; set; }
        public long Paragraphs { get; set; }
        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public void Add(int mentions, string articleId)
        {
            Mentions += mentions;
            Paragraphs++;
            Articles.Add(articleId);
        }
    }

    private sealed class MatchingDocs(SearchBudget budget) : ICollector
    {
        private int _docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            Docs.Add(_docBase + doc);
            if (Docs.Count % 1024 == 0)
            {
                budget.ThrowIfSpent();
            }
        }
    }
}
