using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Entities;

/// <summary>An entity with its display name (<see cref="EntityNames.Display"/>), other forms, and counts over live paragraphs.</summary>
public sealed record EntityInfo(EntityId Id, string DisplayName, IReadOnlyList<string> Aliases, long Mentions, long Paragraphs, long Articles);

/// <summary>
/// Every entity of one index commit, read from the index terms (no stored documents): names, aliases
/// and counts. Built once per reader and cached with it, so it is always consistent with the searcher
/// in use. Immutable and thread-safe.
/// </summary>
public sealed class EntityCatalog
{
    private static readonly ConditionalWeakTable<IndexReader, EntityCatalog> Cache = new();
    private readonly Dictionary<EntityId, EntityInfo> _entities;
    // Made on first use, not with the catalog: every refresh builds a catalog, and most are never listed.
    // Per call, sorting the 37,000 Reuters entities took 34-41 ms, and folding and comparing their names
    // with a prefix 17-37 ms; now 0.2 ms for a page of all of them.
    private readonly Lazy<EntityInfo[]> _ranked;
    private readonly Lazy<RankedName[]> _namesInOrder;

    private EntityCatalog(Dictionary<EntityId, EntityInfo> entities)
    {
        _entities = entities;
        _ranked = new Lazy<EntityInfo[]>(() => [.. InListingOrder(_entities.Values)]);
        _namesInOrder = new Lazy<RankedName[]>(SortNames);
    }

    /// <summary>All entities with at least one live mention.</summary>
    public IReadOnlyCollection<EntityInfo> All => _entities.Values;

    /// <summary>All entities in <see cref="InListingOrder"/>.</summary>
    public IReadOnlyList<EntityInfo> Ranked => _ranked.Value;

    /// <summary>Most mentioned first; then by name, type and key, so that the order is total.</summary>
    public static IEnumerable<EntityInfo> InListingOrder(IEnumerable<EntityInfo> entities) => entities
        .OrderByDescending(e => e.Mentions)
        .ThenBy(e => e.DisplayName, StringComparer.OrdinalIgnoreCase)
        .ThenBy(e => e.Id.Type)
        .ThenBy(e => e.Id.Key, StringComparer.Ordinal);

    /// <summary>A name as prefixes are compared with it: its folded words, a leading `the` kept (`the t` starts `The Times`, not `Tokyo`).</summary>
    public static string Fold(string name) => string.Join(' ', Analysis.WordScanner.Terms(name));

    /// <summary>
    /// The entities whose key, display name or an alias, folded, starts with <paramref name="foldedPrefix"/>,
    /// in <see cref="InListingOrder"/>: a binary search in the sorted names, as a terms dictionary seeks.
    /// </summary>
    public IReadOnlyList<EntityInfo> WithNamePrefix(string foldedPrefix)
    {
        var names = _namesInOrder.Value;
        var (low, high) = (0, names.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = string.CompareOrdinal(names[middle].Name, foldedPrefix) < 0 ? (middle + 1, high) : (low, middle);
        }
        var ranks = new SortedSet<int>();
        for (var i = low; i < names.Length && names[i].Name.StartsWith(foldedPrefix, StringComparison.Ordinal); i++)
        {
            ranks.Add(names[i].Rank);
        }
        var ranked = _ranked.Value;
        return [.. ranks.Select(rank => ranked[rank])];
    }

    private RankedName[] SortNames()
    {
        var ranked = _ranked.Value;
        var names = new List<RankedName>(ranked.Length * 2);
        for (var rank = 0; rank < ranked.Length; rank++)
        {
            foreach (var name in FoldedNames.GetValue(ranked[rank], FoldNames))
            {
                names.Add(new RankedName(name, rank));
            }
        }
        names.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return [.. names];
    }

    // An entity's names folded once: most entities keep their EntityInfo from catalog to catalog (it is their
    // segment's), and folding every name again took most of the 120-230 ms of sorting them.
    private static readonly ConditionalWeakTable<EntityInfo, string[]> FoldedNames = new();

    private static string[] FoldNames(EntityInfo entity) => [entity.Id.Key, Fold(entity.DisplayName), .. entity.Aliases.Select(Fold)];

    private readonly record struct RankedName(string Name, int Rank);

    /// <summary>The catalog of <paramref name="reader"/>, built on first use.</summary>
    public static EntityCatalog For(IndexReader reader) => Cache.GetValue(reader, Build);

    public EntityInfo? Find(EntityId id) => _entities.GetValueOrDefault(id);

    private static readonly Lock NewestGate = new();
    private static NewestVersion? _newest;

    // The newest version with a catalog, as it was when its catalog was made. What is needed of it later is
    // taken now: by then the version may have been closed (released 16 commits or 10 minutes after a newer
    // one serves), and a closed reader answers nothing. Weak references, so that this keeps nothing alive.
    private sealed record NewestVersion(WeakReference<IndexReader> Reader, Lucene.Net.Store.Directory Directory, long Version, WeakReference<AtomicReader>[] Leaves);

    // A version kept for a search's next pages (up to 16 commits back) would keep its catalog and its segments'
    // parts alive with it: under steady replacing upserts, each commit touches most segments' deletions, and
    // the kept versions held about 800 MB of parts on the Reuters index. Once a newer version has a catalog,
    // the older one's is dropped, with the parts of its segments the newer one does not share; a next page
    // of a listing on the older version builds them again.
    private static void ForgetOlderThan(IndexReader reader)
    {
        if (reader is not DirectoryReader newer)
        {
            return;
        }
        var leaves = newer.Leaves.Select(leaf => leaf.AtomicReader).ToList();
        lock (NewestGate)
        {
            // Versions of one index folder only (a process may read several, as the tests do).
            if (_newest is { } older && ReferenceEquals(older.Directory, newer.Directory))
            {
                if (older.Version >= newer.Version)
                {
                    return;
                }
                if (older.Reader.TryGetTarget(out var olderReader))
                {
                    Cache.Remove(olderReader);
                }
                var shared = leaves.ToHashSet(ReferenceEqualityComparer.Instance);
                foreach (var leaf in older.Leaves)
                {
                    if (leaf.TryGetTarget(out var part) && !shared.Contains(part))
                    {
                        LeafCache.Remove(part);
                    }
                }
            }
            _newest = new NewestVersion(new WeakReference<IndexReader>(newer), newer.Directory, newer.Version,
                leaves.Select(leaf => new WeakReference<AtomicReader>(leaf)).ToArray());
        }
    }

    private static EntityCatalog Build(IndexReader reader)
    {
        var parts = reader.Leaves.Select(leaf => LeafCache.GetValue(leaf.AtomicReader, ReadLeaf)).ToList();
        // Most entities stand in one segment, whose own entry is then the catalog's; the others are merged.
        var owners = new Dictionary<EntityId, LeafEntities?>();
        foreach (var part in parts)
        {
            foreach (var id in part.Counts.Keys)
            {
                owners[id] = owners.ContainsKey(id) ? null : part;
            }
        }
        var entities = new Dictionary<EntityId, EntityInfo>(owners.Count);
        foreach (var (id, owner) in owners)
        {
            if (owner is not null)
            {
                if (owner.Entities.TryGetValue(id, out var own))
                {
                    entities[id] = own;
                }
                continue;
            }
            var forms = new Dictionary<string, long>(StringComparer.Ordinal);
            var (mentions, paragraphs, articles) = (0L, 0L, new HashSet<string>(StringComparer.Ordinal));
            foreach (var part in parts)
            {
                if (part.Counts.TryGetValue(id, out var count))
                {
                    (mentions, paragraphs) = (mentions + count.Mentions, paragraphs + count.Paragraphs);
                    articles.UnionWith(count.Articles);
                }
                foreach (var (form, frequency) in part.Forms.GetValueOrDefault(id) ?? [])
                {
                    forms[form] = forms.GetValueOrDefault(form) + frequency;
                }
            }
            if (mentions > 0)
            {
                entities[id] = Info(id, forms, mentions, paragraphs, articles.Count);
            }
        }
        ForgetOlderThan(reader);
        return new EntityCatalog(entities);
    }

    private static EntityInfo Info(EntityId id, Dictionary<string, long> forms, long mentions, long paragraphs, long articles)
    {
        var (display, ranked) = EntityNames.Display(id, forms);
        return new EntityInfo(id, display, ranked.Where(f => f != display).ToList(), mentions, paragraphs, articles);
    }

    // One segment's forms, counts and entities over its live paragraphs, cached with its reader: Lucene keeps
    // the reader of a segment that did not change across refreshes, so after a commit only the segments it
    // wrote, or deleted from, are read again. On the Reuters index after a few upserts (10 segments), a
    // catalog took 713-874 ms to build from every segment.
    private static readonly ConditionalWeakTable<AtomicReader, LeafEntities> LeafCache = new();

    private sealed record LeafEntities(
        Dictionary<EntityId, Dictionary<string, long>> Forms,
        // An entity's articles within one segment are distinct.
        Dictionary<EntityId, (long Mentions, long Paragraphs, List<string> Articles)> Counts,
        Dictionary<EntityId, EntityInfo> Entities);

    private static LeafEntities ReadLeaf(AtomicReader reader)
    {
        var part = new LeafEntities([], [], []);
        ReadForms(reader, part.Forms);
        foreach (var (id, mentions, paragraphs, articles) in SegmentCounts(reader, reader.LiveDocs))
        {
            part.Counts[id] = (mentions, paragraphs, articles);
        }
        foreach (var (id, count) in part.Counts)
        {
            if (count.Mentions > 0)
            {
                part.Entities[id] = Info(id, part.Forms.GetValueOrDefault(id) ?? [], count.Mentions, count.Paragraphs, count.Articles.Count);
            }
        }
        return part;
    }

    private static void ReadForms(AtomicReader reader, Dictionary<EntityId, Dictionary<string, long>> forms)
    {
        var live = reader.LiveDocs;
        DocsEnum? docs = null;
        foreach (var terms in PrefixTerms.Seek(reader.GetTerms(FieldNames.EntityForms), EntityTerms.FormPrefix))
        {
            var frequency = LiveMentions(terms, live, ref docs);
            if (frequency == 0)
            {
                continue;
            }
            var (id, written) = EntityTerms.ParseForm(terms.Term.Utf8ToString());
            var form = CountedForm(written);
            if (!forms.TryGetValue(id, out var byForm))
            {
                forms[id] = byForm = new Dictionary<string, long>(StringComparer.Ordinal);
            }
            byForm[form] = byForm.GetValueOrDefault(form) + frequency;
        }
    }

    /// <summary>
    /// The mentions a form term counts in the live paragraphs of its segment. The catalog and the per-search
    /// look-up (<see cref="EntityLookup"/>) both count forms this way, so both pick the same display name.
    /// </summary>
    internal static long LiveMentions(TermsEnum terms, IBits? live, ref DocsEnum? docs)
    {
        if (live is null)
        {
            // Nothing deleted: the term's own statistics say it.
            return Math.Max(terms.TotalTermFreq, terms.DocFreq);
        }
        long frequency = 0;
        docs = terms.Docs(live, docs, DocsFlags.FREQS);
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
        {
            frequency += docs.Freq;
        }
        return frequency;
    }

    /// <summary>A form as counted: `São Paulo` typed with a combining tilde is the same form, not an alias that looks identical.</summary>
    internal static string CountedForm(string written) => written.IsNormalized() ? written : written.Normalize();

    /// <summary>
    /// Each entity that the accepted paragraphs of one segment mention (its live ones, or a search's matches),
    /// with its mentions, paragraphs and distinct articles there, read from the entity terms' postings alone.
    /// The catalog counts a segment's live paragraphs with it, and a broad facet the matches of a search.
    /// </summary>
    internal static IEnumerable<(EntityId Id, long Mentions, long Paragraphs, List<string> Articles)> SegmentCounts(AtomicReader reader, IBits? accepted)
    {
        var articleIds = reader.GetSortedDocValues(FieldNames.ArticleId);
        var bytes = new BytesRef();
        var ordinals = new HashSet<int>();
        DocsEnum? postings = null;
        foreach (var terms in PrefixTerms.Seek(reader.GetTerms(FieldNames.Text), EntityTerms.Prefix))
        {
            postings = terms.Docs(accepted, postings, DocsFlags.FREQS);
            long mentions = 0, paragraphs = 0;
            ordinals.Clear();
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                mentions += postings.Freq;
                paragraphs++;
                ordinals.Add(articleIds.GetOrd(postings.DocID));
            }
            if (paragraphs == 0 || !EntityTerms.TryParse(terms.Term.Utf8ToString(), out var id))
            {
                continue;
            }
            var articles = new List<string>(ordinals.Count);
            foreach (var ordinal in ordinals)
            {
                articleIds.LookupOrd(ordinal, bytes);
                articles.Add(bytes.Utf8ToString());
            }
            yield return (id, mentions, paragraphs, articles);
        }
    }
}
