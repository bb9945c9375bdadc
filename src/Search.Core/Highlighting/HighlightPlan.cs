using Lucene.Net.Search;
using Search.Core.Entities;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Core.Highlighting;

/// <summary>What a query can match, read off its positive clauses: excluded words are never marked.</summary>
internal sealed class HighlightPlan
{
    public List<(string[] Terms, int Slop)> ExactPhrases { get; } = [];
    public HashSet<string> ExactTerms { get; } = new(StringComparer.Ordinal);
    public HashSet<string> StemTerms { get; } = new(StringComparer.Ordinal);
    public List<string> Prefixes { get; } = [];
    public List<(string[] Words, string Prefix)> PrefixPhrases { get; } = [];
    public HashSet<EntityId> Entities { get; } = [];

    public bool NeedsStems => StemTerms.Count > 0;

    /// <summary>
    /// Every word the plan marks alone or in a phrase, so a hit's other words need no string of their own;
    /// null when it also marks words by prefix, which needs the text of every word.
    /// </summary>
    public HashSet<string>? Vocabulary { get; private set; }

    /// <summary>The plan of <paramref name="query"/>, whose fuzzy words come expanded (<see cref="FuzzyExpansion"/>).</summary>
    public static HighlightPlan From(Query query)
    {
        var plan = new HighlightPlan();
        plan.Add(query);
        if (plan.Prefixes.Count == 0 && plan.PrefixPhrases.Count == 0)
        {
            var vocabulary = new HashSet<string>(plan.ExactTerms, StringComparer.Ordinal);
            foreach (var (terms, _) in plan.ExactPhrases)
            {
                vocabulary.UnionWith(terms);
            }
            // "" stands for every other word there, so it must not be a word of the plan.
            plan.Vocabulary = vocabulary.Contains("") ? null : vocabulary;
        }
        return plan;
    }

    private void Add(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur != Occur.MUST_NOT)
                    {
                        Add(clause.Query);
                    }
                }
                break;
            case TermQuery term when term.Term.Field == FieldNames.Text && EntityTerms.TryParse(term.Term.Text, out var entity):
                Entities.Add(entity);
                break;
            case TermQuery pair when pair.Term.Field == FieldNames.Text && pair.Term.Text.Contains(' ', StringComparison.Ordinal):
                ExactPhrases.Add((pair.Term.Text.Split(' '), 0));
                break;
            case TermQuery term when term.Term.Field == FieldNames.Text:
                ExactTerms.Add(term.Term.Text);
                break;
            case TermQuery term when term.Term.Field == FieldNames.Stemmed:
                StemTerms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                // Pair terms (`according to`) stand for two words at their position.
                var texts = phrase.GetTerms().Select(t => t.Text).ToArray();
                ExactPhrases.Add((PhraseQueries.WordsOf(texts, phrase.GetPositions()), phrase.Slop));
                break;
            case PhrasePrefixQuery phrasePrefix:
                PrefixPhrases.Add((phrasePrefix.Words.ToArray(), phrasePrefix.Prefix));
                break;
            case PrefixQuery prefix:
                Prefixes.Add(prefix.Prefix.Text);
                break;
        }
    }
}
