using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// Elasticsearch's simple_query_string over paragraphs: bare words match stemmed, quoted phrases match
/// exact words, prefixes and fuzzy terms match unstemmed words. A bare word that analysis splits
/// (`Jong-un`, `U.S.-based`) matches its parts as an exact phrase: the stemmed field has no positions; a split
/// prefix (`jong-u*`) matches its parts in order, the last as a prefix. Never throws on malformed syntax.
/// Not thread-safe (Lucene parsers are not); create one per query.
/// </summary>
internal sealed class FreeTextParser : SimpleQueryParser
{
    private static readonly Analyzer Stemmed = new StemmedAnalyzer();

    public FreeTextParser(Occur defaultOperator)
        : base(Stemmed, new Dictionary<string, float> { [FieldNames.Stemmed] = 1f })
    {
        DefaultOperator = defaultOperator;
    }

    /// <summary>
    /// The query for <paramref name="text"/>, or null when it has nothing to search. An exclusion reaches
    /// Lucene as "everything except": that "everything" scores nothing here, so adding `-word` changes
    /// neither the scores nor the order of the other hits.
    /// </summary>
    public Query? Read(string text)
    {
        var query = Parse(WithPlainSyntax(WithPlainSpaces(text)));
        Unscore(query);
        return query;
    }

    // Lucene's parser splits words at space, tab and line breaks only: `oil` NO-BREAK SPACE `prices` (as pasted
    // from a web page) would be one word that analysis splits, read as the phrase "oil prices".
    private static string WithPlainSpaces(string text)
    {
        if (!text.Any(IsOtherSpace))
        {
            return text;
        }
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = IsOtherSpace(source[i]) ? ' ' : source[i];
            }
        });
    }

    // What a word processor or a web page makes of the syntax, read as it was meant: typographic double quotes
    // (“…”, „…“, «…») quote a phrase as `"` does; and `word~` with no number is `word~2`, as in Elasticsearch
    // (Lucene.Net 4.8's parser reads it as `word~0`, an exact word). Text inside a phrase and escaped characters are left alone.
    internal static string WithPlainSyntax(string text)
    {
        if (!text.Contains('~') && text.AsSpan().IndexOfAny(QuerySyntax.DoubleQuotes) < 0)
        {
            return text;
        }
        var plain = new System.Text.StringBuilder(text.Length + 2);
        var inPhrase = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = QuerySyntax.IsDoubleQuote(text[i]) ? '"' : text[i];
            plain.Append(c);
            if (c == '\\' && i + 1 < text.Length)
            {
                plain.Append(text[++i]);
            }
            else if (c == '"')
            {
                inPhrase = !inPhrase;
            }
            else if (c == '~' && !inPhrase && i > 0 && !EndsToken(text[i - 1]) && text[i - 1] is not ('-' or '~') && (i + 1 == text.Length || EndsToken(text[i + 1])))
            {
                plain.Append('2');
            }
        }
        return plain.ToString();
    }

    // Where Lucene's simple parser ends a word: an operator or white space.
    private static bool EndsToken(char c) => c is '|' or '+' or '(' or ')' or ' ' or '\t' or '\n' or '\r' || QuerySyntax.IsDoubleQuote(c);

    private static bool IsOtherSpace(char c) => char.IsWhiteSpace(c) && c is not (' ' or '\t' or '\n' or '\r');

    private static void Unscore(Query? query)
    {
        if (query is MatchAllDocsQuery everything)
        {
            everything.Boost = 0;
        }
        else if (query is BooleanQuery boolean)
        {
            foreach (var clause in boolean.Clauses)
            {
                Unscore(clause.Query);
            }
        }
    }

    /// <summary>
    /// A bare word: stemmed, without an English possessive (`Korea’s` is `Korea`, as Elasticsearch's english
    /// analyzer reads it); a word that analysis splits (`Jong-un`) must keep its parts together, exactly.
    /// </summary>
    protected override Query? NewDefaultQuery(string text)
    {
        var word = WithoutPossessive(text);
        var stems = AnalyzeStems(word);
        return stems.Count switch
        {
            0 => null,
            1 => new TermQuery(new Term(FieldNames.Stemmed, stems[0])),
            _ => SplitWord(PhraseQueries.Exact(WordScanner.Terms(word), 0)),
        };
    }

    /// <summary>
    /// A split word's phrase in a one-clause boolean query, which Lucene rewrites away: relaxation then sees a
    /// word that may become optional, not a quoted phrase that must stay (<see cref="QueryFactory"/>).
    /// </summary>
    private static Query SplitWord(Query phrase) => new BooleanQuery(disableCoord: true) { { phrase, Occur.MUST } };

    protected override Query? NewPhraseQuery(string text, int slop)
    {
        var words = WordScanner.Terms(text);
        return words.Length == 0 ? null : PhraseQueries.Exact(words, slop);
    }

    protected override Query? NewPrefixQuery(string text)
    {
        // `Korea’s*` is `Korea*`, as bare `Korea’s` is `Korea`, not `Korea` and any word starting with `s`.
        var words = WordScanner.Terms(WithoutPossessive(text));
        if (words.Length == 0)
        {
            return null;
        }
        if (words.Length > 1)
        {
            // `jong-u*`: the whole words, then a word with the prefix, next to each other and in order.
            return SplitWord(new PhrasePrefixQuery(words[..^1], words[^1]));
        }
        // Every word with the prefix, at one constant score, as Elasticsearch's prefix query does. A cap on
        // the terms kept (top-N rewrite) keeps the alphabetically first ones, since their boosts tie: `pr*`
        // then matched `president` but never `price`. Past a few hundred terms Lucene reads them into one
        // bit set rather than a boolean query, so `a*` costs one pass over its postings, under the query budget.
        return new WordPrefixQuery(new Term(FieldNames.Text, words[0]))
        {
            MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_AUTO_REWRITE_DEFAULT,
        };
    }

    protected override Query? NewFuzzyQuery(string text, int fuzziness)
    {
        var words = WordScanner.Terms(text);
        if (words.Length != 1)
        {
            return NewDefaultQuery(text);
        }
        return new WordFuzzyQuery(new Term(FieldNames.Text, words[0]), Math.Clamp(fuzziness, 0, 2))
        {
            MultiTermRewriteMethod = new BlendedTermsRewrite(FuzzyQuery.DefaultMaxExpansions),
        };
    }

    private static string WithoutPossessive(string word)
    {
        var trimmed = word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2]
            : word.EndsWith('\'') || word.EndsWith('’') ? word[..^1]
            : word;
        return trimmed.Length > 0 ? trimmed : word;
    }

    private static List<string> AnalyzeStems(string text)
    {
        var stems = new List<string>();
        using var stream = Stemmed.GetTokenStream(FieldNames.Stemmed, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(term.ToString());
        }
        stream.End();
        return stems;
    }
}
