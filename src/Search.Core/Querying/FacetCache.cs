using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Search.Core.Entities;

namespace Search.Core.Querying;

/// <summary>
/// The entity facets of recent searches, per index version, as Solr keeps a query result cache per searcher:
/// a facet's pages all read the version of its first page, so the second page onward need not count again
/// (a facet over most of Reuters takes 0.1-0.5 s to count, and has hundreds of pages). A new version starts
/// empty; the oldest are dropped with their reader. Thread-safe.
/// </summary>
internal sealed class FacetCache
{
    /// <summary>Facets kept per index version: a broad facet holds tens of thousands of entities.</summary>
    internal const int Capacity = 16;

    private static readonly ConditionalWeakTable<IndexReader, FacetCache> Caches = new();
    private readonly ConcurrentDictionary<FacetKey, Facet> _facets = new();
    private readonly ConcurrentQueue<FacetKey> _order = new();

    public static FacetCache For(IndexReader reader) => Caches.GetValue(reader, _ => new FacetCache());

    /// <summary>The facet of the search, counted by <paramref name="count"/> unless it is kept already.</summary>
    public Facet GetOrCount(EntityListSpec spec, Func<Facet> count)
    {
        var key = new FacetKey(spec.Query, spec.Phrase, spec.ArticleId);
        if (_facets.TryGetValue(key, out var kept))
        {
            return kept;
        }
        // Counted outside any lock; a search that runs out of time throws here and nothing is kept.
        var facet = count();
        if (_facets.TryAdd(key, facet))
        {
            _order.Enqueue(key);
            while (_facets.Count > Capacity && _order.TryDequeue(out var oldest))
            {
                _facets.TryRemove(oldest, out _);
            }
        }
        return facet;
    }

    private readonly record struct FacetKey(string? Query, string? Phrase, string? ArticleId);
}

/// <summary>A search's entities in listing order, and whether the search was relaxed.</summary>
internal sealed record Facet(IReadOnlyList<EntityInfo> Ranked, bool Relaxed);
