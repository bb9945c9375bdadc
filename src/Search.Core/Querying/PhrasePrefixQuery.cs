using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// Exact words followed by a word that starts with <see cref="Prefix"/>: `jong-u*` finds `Jong-un` and
/// `Jong Uk`, not a paragraph with `jong` in one place and `united` in another (Elasticsearch's
/// match_phrase_prefix, without its cap on expansions). It scores as the exact phrase of its whole words;
/// the prefixed word only narrows, since a phrase over every expansion would weigh its idf once per word.
/// </summary>
internal sealed class PhrasePrefixQuery(IReadOnlyList<string> words, string prefix) : Query
{
    /// <summary>The whole words, in order, before the prefixed word.</summary>
    public IReadOnlyList<string> Words { get; } = words;

    /// <summary>How the last word starts.</summary>
    public string Prefix { get; } = prefix;

    public override Query Rewrite(IndexReader reader)
    {
        var expansions = Expansions(reader);
        if (expansions.Count == 0)
        {
            return new BooleanQuery();
        }
        var positional = new MultiPhraseQuery();
        foreach (var word in Words)
        {
            positional.Add(new Term(FieldNames.Text, word));
        }
        positional.Add(expansions.ToArray());
        return new BooleanQuery(disableCoord: true)
        {
            { PhraseQueries.Exact(Words, 0), Occur.MUST },
            { new ConstantScoreQuery(positional) { Boost = 0 }, Occur.MUST },
        };
    }

    // Every indexed word with the prefix. Common-word pair terms (`in the`) are left out, as the word they
    // are stacked on is indexed at the same position, and so are entity terms (`said-e*` is not `said` and
    // any entity mentioned after it).
    private List<Term> Expansions(IndexReader reader)
    {
        var found = new List<Term>();
        var terms = MultiFields.GetTerms(reader, FieldNames.Text);
        if (terms is null)
        {
            return found;
        }
        var start = new BytesRef(Prefix);
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return found;
        }
        do
        {
            var term = iterator.Term;
            if (!StringHelper.StartsWith(term, start))
            {
                break;
            }
            if (WordTermsEnum.IsWord(term))
            {
                found.Add(new Term(FieldNames.Text, term.Utf8ToString()));
            }
        }
        while (iterator.MoveNext());
        return found;
    }

    public override string ToString(string field) => $"\"{string.Join(' ', Words)} {Prefix}*\"";

    public override bool Equals(object? obj) =>
        obj is PhrasePrefixQuery other && base.Equals(other) && Prefix == other.Prefix && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Prefix, string.Join(' ', Words));
}
