using Lucene.Net.Index;
using Lucene.Net.Search;
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
        var (entities, relaxed) = scoped ? CountOver(searcher, spec, catalog, cancellationToken) : (catalog.All, false);
        // Folded words as written, a leading `the` kept: `the t` is the start of `The Times`, not of `Tokyo`.
        var prefix = spec.Prefix is null ? null : Folded(spec.Prefix);
        var selected = entities
            .Where(e => spec.Type is null || e.Id.Type == spec.Type)
            .Where(e => string.IsNullOrEmpty(prefix) || StartsWith(e.Id.Key, prefix) || StartsWith(Folded(e.DisplayName), prefix)
                || e.Aliases.Any(a => StartsWith(Folded(a), prefix)))
            .OrderByDescending(e => e.Mentions)
            .ThenBy(e => e.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(e => e.Id.Type)
            .ThenBy(e => e.Id.Key, StringComparer.Ordinal)
            .ToList();
        return new EntityListResult(selected.Skip(spec.Offset).Take(spec.Limit).ToList(), selected.Count, relaxed);
    }

    private static bool StartsWith(string key, string prefix) => key.StartsWith(prefix, StringComparison.Ordinal);

    private static string Folded(string name) => string.Join(' ', Analysis.WordScanner.Terms(name));

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
        searcher.Search(query, prepared.Filter, matches);
        var relaxed = false;
        if (matches.Docs.Count == 0 && prepared.Relaxed is not null)
        {
            searcher.Search(prepared.Relaxed, prepared.Filter, matches);
            // Relaxed only when relaxing found something, as in search: an empty answer is the strict one.
            relaxed = matches.Docs.Count > 0;
        }
        var fields = new HashSet<string> { FieldNames.Entities };
        var counts = new Dictionary<EntityId, (long Mentions, long Paragraphs, HashSet<string> Articles)>();
        foreach (var doc in matches.Docs)
        {
            budget.ThrowIfSpent();
            var articleId = HitRecords.ArticleId(searcher, doc);
            var encoded = HitRecords.Read(searcher, doc)?.EncodedMentions ?? searcher.Doc(doc, fields).Get(FieldNames.Entities);
            foreach (var group in MentionCodec.Decode(encoded).GroupBy(m => new EntityId(m.Type, m.EntityKey)))
            {
                var (mentions, paragraphs, articles) = counts.GetValueOrDefault(group.Key, (0, 0, new HashSet<string>(StringComparer.Ordinal)));
                articles.Add(articleId);
                counts[group.Key] = (mentions + group.Count(), paragraphs + 1, articles);
            }
        }
        var entities = counts.Select(c =>
        {
            var known = catalog.Find(c.Key);
            return new EntityInfo(c.Key, known?.DisplayName ?? c.Key.Key, known?.Aliases ?? [], c.Value.Mentions, c.Value.Paragraphs, c.Value.Articles.Count);
        }).ToList();
        return (entities, relaxed);
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
