using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Articles;
using Search.Core.Entities;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>The Lucene queries for a <see cref="SearchSpec"/>: the strict one, and the relaxed one to fall back on.</summary>
internal sealed record PreparedQuery(Query? Strict, Query? Relaxed, Filter? Filter);

/// <summary>Translates a search into Lucene queries. Stateless and thread-safe.</summary>
internal static class QueryFactory
{
    /// <param name="entityNames">Resolves entity names; needed only when the spec names entities.</param>
    public static PreparedQuery Prepare(SearchSpec spec, EntityLookup? entityNames)
    {
        Query? entities = null;
        if (spec.Entities.Count > 0)
        {
            entities = EntityClauses(spec.Entities, entityNames!);
            if (entities is null)
            {
                // A named entity that the index does not know: no paragraph mentions it.
                return new PreparedQuery(null, null, null);
            }
        }

        Query? phrase = null;
        if (!string.IsNullOrWhiteSpace(spec.Phrase))
        {
            var terms = WordScanner.Terms(spec.Phrase);
            if (terms.Length == 0)
            {
                throw new InvalidSearchException("phrase", "has no words to match (only punctuation or symbols)");
            }
            phrase = PhraseQueries.Exact(terms, spec.Slop);
        }

        Query? strict = Both(phrase, entities);
        Query? relaxed = null;
        if (!string.IsNullOrWhiteSpace(spec.Query))
        {
            var parsed = new FreeTextParser(Occur.MUST).Read(spec.Query);
            if (parsed is null)
            {
                // Nothing searchable in the text (say, only punctuation): nothing can match it.
                return new PreparedQuery(null, null, null);
            }
            strict = Both(parsed, strict);
            relaxed = Relax(parsed, Both(phrase, entities));
        }
        return new PreparedQuery(strict, relaxed, BuildFilter(spec));
    }

    private static Query? Both(Query? first, Query? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }
        return new BooleanQuery(disableCoord: true) { { first, Occur.MUST }, { second, Occur.MUST } };
    }

    // Every listed entity must be mentioned; a name standing for several entities matches any of them.
    private static Query? EntityClauses(IReadOnlyList<EntityRef> refs, EntityLookup entityNames)
    {
        var all = new BooleanQuery(disableCoord: true);
        foreach (var entity in refs)
        {
            var ids = entityNames.Resolve(entity.Name, entity.Type);
            if (ids.Count == 0)
            {
                return null;
            }
            var boosts = entityNames.Boosts(entity.Name, ids);
            var any = new BooleanQuery(disableCoord: true);
            for (var i = 0; i < ids.Count; i++)
            {
                any.Add(new TermQuery(new Term(FieldNames.Text, EntityTerms.Of(ids[i]))) { Boost = boosts[i] }, Occur.SHOULD);
            }
            all.Add(ids.Count == 1 ? any.Clauses[0].Query : any, Occur.MUST);
        }
        return all.Clauses.Count == 1 ? all.Clauses[0].Query : all;
    }

    /// <summary>
    /// The query with its words made optional, more of them ranking higher (<see cref="RelaxedSimilarity"/>
    /// divides by 10^4 per missing clause); phrases, exclusions and <paramref name="required"/> (the `phrase`
    /// field and entities) stay required. At least one word must match unless a phrase or
    /// <paramref name="required"/> anchors the query: `"kim jong un" zebra` then finds the phrase alone. An
    /// exclusion does not anchor: `zebra -gold` relaxed would be nearly every paragraph. Words of a required
    /// group count one by one: `(oil zebra) gold` relaxes as `oil zebra gold` does; an either-or group counts
    /// as one word, each of its alternatives relaxed alike (`gold (silver zebra | quuxx)`).
    /// Null when relaxing would not change the query.
    /// </summary>
    private static Query? Relax(Query parsed, Query? required)
    {
        var clauses = new List<BooleanClause>();
        Flatten(new BooleanClause(parsed, Occur.MUST), clauses);
        var (relaxed, words, groups, anchored) = RelaxConjunction(clauses, required is not null);
        // One word alone is the strict query again, unless it is an either-or group whose alternatives relaxed.
        if (words == 0 || (words == 1 && !anchored && groups == 0))
        {
            return null;
        }
        if (required is not null)
        {
            relaxed.Add(required, Occur.MUST);
        }
        return relaxed;
    }

    // Required words become optional (at least one must match unless a phrase, or the caller, anchors them);
    // phrases and exclusions stay as they are; an either-or group counts as one word, its alternatives relaxed in turn.
    // Groups counts the either-or groups among the words whose alternatives were relaxed.
    private static (BooleanQuery Relaxed, int Words, int Groups, bool Anchored) RelaxConjunction(List<BooleanClause> clauses, bool anchored)
    {
        var relaxed = new BooleanQuery(disableCoord: false);
        var words = 0;
        var groups = 0;
        foreach (var clause in clauses)
        {
            if (clause.Occur == Occur.MUST && !IsPhrase(clause.Query) && !IsExclusion(clause.Query))
            {
                var word = RelaxAlternatives(clause.Query);
                relaxed.Add(word, Occur.SHOULD);
                words++;
                groups += ReferenceEquals(word, clause.Query) ? 0 : 1;
            }
            else
            {
                relaxed.Add(clause.Query, clause.Occur);
                anchored |= clause.Occur == Occur.MUST && IsPhrase(clause.Query);
            }
        }
        relaxed.MinimumNumberShouldMatch = anchored ? 0 : 1;
        return (relaxed, words, groups, anchored);
    }

    // `(silver zebra | quuxx)`: each alternative of several words is relaxed as a query of its own would be,
    // so a paragraph with `silver` still counts for the group. Other queries are returned as they are.
    private static Query RelaxAlternatives(Query query)
    {
        if (query is not BooleanQuery group || IsSplitWord(group) || !group.Clauses.Any(c => c.Occur == Occur.SHOULD))
        {
            return query;
        }
        var alternatives = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = group.MinimumNumberShouldMatch };
        foreach (var clause in group.Clauses)
        {
            var alternative = clause.Query;
            if (clause.Occur == Occur.SHOULD)
            {
                var inner = new List<BooleanClause>();
                Flatten(new BooleanClause(alternative, Occur.MUST), inner);
                var (relaxed, words, _, _) = RelaxConjunction(inner, anchored: false);
                alternative = words > 1 || inner.Count > 1 ? relaxed : RelaxAlternatives(alternative);
            }
            alternatives.Add(alternative, clause.Occur);
        }
        return alternatives;
    }

    // Lifts the clauses of required all-required groups (`(oil zebra)`) to the top; an exclusion's group
    // (it holds "everything"), an either-or group and a split word stay whole.
    private static void Flatten(BooleanClause clause, List<BooleanClause> into)
    {
        if (clause.Occur == Occur.MUST && clause.Query is BooleanQuery group && !IsSplitWord(group) && !IsExclusion(group)
            && group.Clauses.All(c => c.Occur == Occur.MUST || c.Occur == Occur.MUST_NOT))
        {
            foreach (var inner in group.Clauses)
            {
                Flatten(inner, into);
            }
            return;
        }
        into.Add(clause);
    }

    // A bare word that analysis splits (also a split prefix, `jong-u*`) arrives as a one-clause boolean query
    // (FreeTextParser.SplitWord): a word.
    private static bool IsSplitWord(BooleanQuery query) => query.Clauses.Count == 1 && IsPhrase(query.Clauses[0].Query);

    // A quoted phrase (or quoted word: bare words are stemmed, in another field), also one read through a
    // common-word pair (PhraseQueries.Exact).
    private static bool IsPhrase(Query query) => query switch
    {
        PhraseQuery phrase => phrase.GetTerms()[0].Field == FieldNames.Text,
        TermQuery exact => exact.Term.Field == FieldNames.Text,
        PhrasePrefixQuery => true,
        _ => false,
    };

    private static bool IsExclusion(Query query) => query is BooleanQuery boolean && boolean.Clauses.Any(c => c.Occur == Occur.MUST_NOT);

    private static Filter? BuildFilter(SearchSpec spec)
    {
        var filter = new BooleanQuery(disableCoord: true);
        if (!string.IsNullOrEmpty(spec.ArticleId))
        {
            filter.Add(new TermQuery(new Term(FieldNames.ArticleId, spec.ArticleId)), Occur.MUST);
        }
        if (spec.Kinds.Count > 0)
        {
            var kinds = new BooleanQuery(disableCoord: true);
            foreach (var kind in spec.Kinds)
            {
                kinds.Add(new TermQuery(new Term(FieldNames.Kind, KindTerms.Of(kind))), Occur.SHOULD);
            }
            filter.Add(kinds, Occur.MUST);
        }
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }
}

/// <summary>A search the caller got wrong; <see cref="Field"/> names the request field.</summary>
public sealed class InvalidSearchException(string field, string reason) : Exception($"{field} {reason}")
{
    /// <summary>The request field at fault.</summary>
    public string Field { get; } = field;

    /// <summary>What is wrong with it.</summary>
    public string Reason { get; } = reason;
}
