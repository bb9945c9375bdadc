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

    private EntityCatalog(Dictionary<EntityId, EntityInfo> entities)
    {
        _entities = entities;
    }

    /// <summary>All entities with at least one live mention.</summary>
    public IReadOnlyCollection<EntityInfo> All => _entities.Values;

    /// <summary>The catalog of <paramref name="reader"/>, built on first use.</summary>
    public static EntityCatalog For(IndexReader reader) => Cache.GetValue(reader, Build);

    public EntityInfo? Find(EntityId id) => _entities.GetValueOrDefault(id);

    private static EntityCatalog Build(IndexReader reader)
    {
        var forms = new Dictionary<EntityId, Dictionary<string, long>>();
        var counts = new Dictionary<EntityId, (long Mentions, long Paragraphs, HashSet<string> Articles)>();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            ReadForms(atomic, forms);
            ReadCounts(atomic, counts);
        }
        var entities = new Dictionary<EntityId, EntityInfo>();
        foreach (var (id, count) in counts)
        {
            if (count.Mentions == 0)
            {
                continue;
            }
            var (display, ranked) = EntityNames.Display(id, forms.GetValueOrDefault(id) ?? []);
            entities[id] = new EntityInfo(id, display, ranked.Where(f => f != display).ToList(), count.Mentions, count.Paragraphs, count.Articles.Count);
        }
        return new EntityCatalog(entities);
    }

    private static void ReadForms(AtomicReader reader, Dictionary<EntityId, Dictionary<string, long>> forms)
    {
        var live = reader.LiveDocs;
        DocsEnum? docs = null;
        foreach (var terms in PrefixTerms.Seek(reader.GetTerms(FieldNames.EntityForms), EntityTerms.FormPrefix))
        {
            long frequency = 0;
            docs = terms.Docs(live, docs, DocsFlags.FREQS);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                frequency += docs.Freq;
            }
            if (frequency == 0)
            {
                continue;
            }
            var (id, form) = EntityTerms.ParseForm(terms.Term.Utf8ToString());
            if (!forms.TryGetValue(id, out var byForm))
            {
                forms[id] = byForm = new Dictionary<string, long>(StringComparer.Ordinal);
            }
            byForm[form] = byForm.GetValueOrDefault(form) + frequency;
        }
    }

    private static void ReadCounts(AtomicReader reader, Dictionary<EntityId, (long Mentions, long Paragraphs, HashSet<string> Articles)> counts)
    {
        var articleIds = reader.GetSortedDocValues(FieldNames.ArticleId);
        var live = reader.LiveDocs;
        var bytes = new BytesRef();
        DocsEnum? docs = null;
        foreach (var terms in PrefixTerms.Seek(reader.GetTerms(FieldNames.Text), EntityTerms.Prefix))
        {
            if (!EntityTerms.TryParse(terms.Term.Utf8ToString(), out var id))
            {
                continue;
            }
            var (mentions, paragraphs, articles) = counts.GetValueOrDefault(id, (0, 0, new HashSet<string>(StringComparer.Ordinal)));
            var ordinals = new HashSet<int>();
            docs = terms.Docs(live, docs, DocsFlags.FREQS);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                mentions += docs.Freq;
                paragraphs++;
                ordinals.Add(articleIds.GetOrd(docs.DocID));
            }
            foreach (var ordinal in ordinals)
            {
                articleIds.LookupOrd(ordinal, bytes);
                articles.Add(bytes.Utf8ToString());
            }
            counts[id] = (mentions, paragraphs, articles);
        }
    }
}
