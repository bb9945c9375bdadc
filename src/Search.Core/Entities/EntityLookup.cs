using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Entities;

/// <summary>
/// Cheap per-entity look-ups against one index commit, each a few term seeks: does an entity exist,
/// what is its display name, which entities does a user's name stand for. Searches use this instead of
/// the full <see cref="EntityCatalog"/>, so a fresh commit (after an upsert) costs no catalog rebuild.
/// Thread-safe; answers are cached with the reader.
/// </summary>
public sealed class EntityLookup
{
    /// <summary>
    /// Most entities one name may stand for (a common first name or word can be part of thousands);
    /// beyond it the most mentioned ones are kept, as prefix queries keep a bounded expansion.
    /// </summary>
    public const int MaxExpansions = 256;

    private static readonly ConditionalWeakTable<IndexReader, EntityLookup> Cache = new();
    private readonly IndexReader _reader;
    private readonly ConcurrentDictionary<EntityId, string?> _displayNames = new();
    private readonly ConcurrentDictionary<EntityId, int> _paragraphCounts = new();

    // Made once: a method group passed to GetOrAdd is a new delegate on every call, and every mention
    // of every hit asks for its display name.
    private readonly Func<EntityId, string?> _computeDisplayName;

    private EntityLookup(IndexReader reader)
    {
        _reader = reader;
        _computeDisplayName = ComputeDisplayName;
    }

    public static EntityLookup For(IndexReader reader) => Cache.GetValue(reader, r => new EntityLookup(r));

    /// <summary>The entity's display name (<see cref="EntityNames.Display"/>), or <paramref name="fallback"/> if it has no form here.</summary>
    public string DisplayName(EntityId id, string fallback) => _displayNames.GetOrAdd(id, _computeDisplayName) ?? fallback;

    /// <summary>
    /// The entities a name given by a user stands for, resolved like a mention (`Chairman Kim Jong Un`,
    /// `kim jong-un` → Kim Jong Un). A one-word name of a person or an organisation (a bare surname) also
    /// matches every one whose name has that word (a place does not: `Mexico` is not `Mexico City`); a
    /// person's full name also matches the bare surname when it is mostly theirs (<see cref="SurnameMostlyFor"/>);
    /// a company's name also matches it with a legal form (`Helix Robotics` finds `Helix Robotics Inc`), and with
    /// one, without it (`Arm Holdings plc` finds `Arm Holdings`);
    /// a name with no entity of its own matches the entities it is a linked alias of.
    /// </summary>
    public IReadOnlyList<EntityId> Resolve(string name, EntityType? type)
    {
        var types = type is { } only ? [only] : Enum.GetValues<EntityType>();
        var matches = new HashSet<EntityId>();
        var own = new HashSet<EntityId>();
        var keys = types.Select(t => (Type: t, Key: EntityNames.Key(name, t))).Where(k => k.Key.Length > 0).ToList();
        foreach (var (candidateType, key) in keys)
        {
            var id = new EntityId(candidateType, key);
            if (Exists(id))
            {
                matches.Add(id);
                own.Add(id);
                if (SurnameMostlyFor(id) is { } surname)
                {
                    matches.Add(surname);
                }
            }
            if (candidateType == EntityType.Organization)
            {
                foreach (var variant in LegalFormVariants(key))
                {
                    matches.Add(variant);
                    own.Add(variant);
                }
            }
            // As in linking (MentionLinker), only people and organisations go by a part of their name.
            if (!key.Contains(' ', StringComparison.Ordinal) && candidateType is EntityType.Person or EntityType.Organization)
            {
                foreach (var term in TermsWithPrefix($"{EntityTerms.WordPrefix}{key}|{EntityTypeCodes.Of(candidateType)}|"))
                {
                    matches.Add(new EntityId(candidateType, term[(term.LastIndexOf('|') + 1)..]));
                }
            }
        }
        if (matches.Count == 0)
        {
            foreach (var (candidateType, key) in keys)
            {
                foreach (var term in TermsWithPrefix($"{EntityTerms.AliasPrefix}{EntityTypeCodes.Of(candidateType)}|{key}|"))
                {
                    matches.Add(new EntityId(candidateType, term[(term.LastIndexOf('|') + 1)..]));
                }
            }
        }
        var resolved = matches.OrderBy(m => m.Type).ThenBy(m => m.Key, StringComparer.Ordinal).ToList();
        if (resolved.Count > MaxExpansions)
        {
            // The entities named exactly so always stay (`International` itself, among the thousands of
            // organisations with the word); the cap is on the ones that only contain the name.
            resolved = own
                .Concat(resolved.Where(m => !own.Contains(m)).OrderByDescending(ParagraphCount).Take(MaxExpansions - own.Count))
                .OrderBy(m => m.Type).ThenBy(m => m.Key, StringComparer.Ordinal)
                .ToList();
        }
        return resolved;
    }

    private bool Exists(EntityId id) => _reader.DocFreq(new Term(FieldNames.Text, EntityTerms.Of(id))) > 0;

    // The same company written with a legal form or without (`Advanced Micro Devices` finds `Advanced Micro Devices
    // Inc`, `Arm Holdings plc` finds `Arm Holdings`), as the index has them: a term seek each. A name given with
    // one legal form does not find another (`Salomon SA`, the ski maker, is not `Salomon Inc`, the bank).
    private IEnumerable<EntityId> LegalFormVariants(string key)
    {
        var bare = EntityNames.WithoutLegalForm(key);
        var words = bare.Contains(' ', StringComparison.Ordinal);
        // A one-word name already matches every organisation with the word (below); and a one-word base is too
        // often another company to be found from a full name (`Reuter Inc`, a spindle maker, is not `Reuter`).
        IEnumerable<string> variants = !words ? []
            : bare != key ? [bare]
            : EntityNames.LegalFormWords.Concat(CompoundLegalForms).Select(form => $"{bare} {form}");
        foreach (var variant in variants)
        {
            var id = new EntityId(EntityType.Organization, variant);
            if (Exists(id))
            {
                yield return id;
            }
        }
    }

    // Legal forms of more than one word, as Reuters writes them (`Goldman, Sachs and Co`, `Morgan Stanley and Co Inc`).
    private static readonly string[] CompoundLegalForms = ["and co", "and co inc", "and co ltd", "and co plc", "co inc", "co ltd", "co plc", "corp ltd"];

    /// <summary>
    /// A person's bare surname as an entity of its own (`Reagan` where linking did not join it to a full
    /// name: it does so only within an article), when the index mostly names this person by the surname
    /// alone and this person is the one most of its longer names with that surname are. That is: the full
    /// name in <see cref="MinFullNameParagraphs"/> paragraphs or more, the bare surname in at least as many,
    /// this person at least <see cref="SurnameShare"/> of the paragraphs of full names with the surname, and
    /// a surname that is a word of its own (not `Sam` of `Kim Young-sam`). On Reuters only `Ronald Reagan`
    /// qualifies (57 paragraphs by name, 1,093 as `Reagan`). A surname left over beside a common full name
    /// is mostly companies and other people (`Baker International` beside `James Baker`, 15 of its 26
    /// paragraphs), so it is not taken. Null when no surname qualifies.
    /// </summary>
    private EntityId? SurnameMostlyFor(EntityId person)
    {
        var space = person.Key.LastIndexOf(' ');
        if (person.Type != EntityType.Person || space < 0)
        {
            return null;
        }
        var surname = new EntityId(EntityType.Person, person.Key[(space + 1)..]);
        var own = ParagraphCount(person);
        if (own < MinFullNameParagraphs || ParagraphCount(surname) < own
            || DisplayName(person, "").Split(' ')[^1].Contains('-'))
        {
            return null;
        }
        long all = 0;
        foreach (var term in TermsWithPrefix($"{EntityTerms.WordPrefix}{surname.Key}|{EntityTypeCodes.Of(EntityType.Person)}|"))
        {
            var other = new EntityId(EntityType.Person, term[(term.LastIndexOf('|') + 1)..]);
            // Longer names that end with the surname; `Reagan Administration`-like runs aside.
            if (other.Key.EndsWith(" " + surname.Key, StringComparison.Ordinal))
            {
                all += ParagraphCount(other);
            }
        }
        return own >= SurnameShare * all ? surname : null;
    }

    private const double SurnameShare = 2.0 / 3;

    private const int MinFullNameParagraphs = 10;

    /// <summary>
    /// Query boosts for the entities <paramref name="name"/> resolved to. Each is scored as if it were as
    /// common as the most mentioned of them (the idea of Lucene's BlendedTermQuery), so a rare entity that
    /// only contains the name (`OPEC Fund for International Development` for `OPEC`) cannot outrank
    /// paragraphs that mention the entity itself more often. Entities other than the name's own weigh half,
    /// and less the fewer paragraphs mention them, so a bare `Kim` ranks Kim Jong Un's paragraphs above a
    /// photographer's credit line.
    /// </summary>
    public IReadOnlyList<float> Boosts(string name, IReadOnlyList<EntityId> ids)
    {
        if (ids.Count == 1)
        {
            return [1f];
        }
        var paragraphs = _reader.MaxDoc;
        var frequencies = ids.Select(ParagraphCount).ToList();
        var most = frequencies.Max();
        if (most == 0)
        {
            // None is in the index any more (all deleted since the name was resolved): nothing to weigh.
            return ids.Select(_ => 1f).ToList();
        }
        var common = Idf(most, paragraphs);
        return ids.Select((id, i) =>
        {
            var key = EntityNames.Key(name, id.Type);
            var named = key == id.Key || (id.Type == EntityType.Organization && EntityNames.WithoutLegalForm(key) == EntityNames.WithoutLegalForm(id.Key));
            var weight = named ? 1 : OtherEntityWeight * Math.Sqrt((double)frequencies[i] / most);
            return (float)(common / Idf(frequencies[i], paragraphs) * weight);
        }).ToList();
    }

    private const double OtherEntityWeight = 0.5;

    // Paragraphs that mention the entity (deleted ones until their segment merges), cached: a common name
    // resolves to up to MaxExpansions entities, and each is a term seek per segment.
    private int ParagraphCount(EntityId id) =>
        _paragraphCounts.GetOrAdd(id, key => _reader.DocFreq(new Term(FieldNames.Text, EntityTerms.Of(key))));

    // BM25's inverse document frequency, as Lucene's BM25Similarity computes it.
    private static double Idf(long docFreq, long docCount) => Math.Log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));

    private string? ComputeDisplayName(EntityId id)
    {
        // Counted as the catalog counts them (live paragraphs, forms in NFC), so a hit's canonical name is
        // the one ListEntities gives, after replaced or deleted articles too.
        var prefix = $"{EntityTerms.FormPrefix}{EntityTypeCodes.Of(id.Type)}|{id.Key}|";
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        DocsEnum? docs = null;
        foreach (var leaf in _reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            foreach (var terms in PrefixTerms.Seek(leaf.AtomicReader.GetTerms(FieldNames.EntityForms), prefix))
            {
                var frequency = EntityCatalog.LiveMentions(terms, live, ref docs);
                if (frequency > 0)
                {
                    var form = EntityCatalog.CountedForm(terms.Term.Utf8ToString()[prefix.Length..]);
                    counts[form] = counts.GetValueOrDefault(form) + frequency;
                }
            }
        }
        return counts.Count == 0 ? null : EntityNames.Display(id, counts).Display;
    }

    // Deleted paragraphs' terms stay until their segment merges; what they resolve to then matches nothing.
    private IEnumerable<string> TermsWithPrefix(string prefix) =>
        _reader.Leaves.SelectMany(leaf => PrefixTerms.Seek(leaf.AtomicReader.GetTerms(FieldNames.EntityForms), prefix))
            .Select(terms => terms.Term.Utf8ToString()).Distinct();
}
