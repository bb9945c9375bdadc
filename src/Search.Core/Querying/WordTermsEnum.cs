using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// The word terms of <see cref="FieldNames.Text"/>, without the other terms the field holds: common-word pair
/// terms (`in the`, <see cref="Analysis.CommonWords"/>) and entity terms (`e|PER|kim jong un`,
/// <see cref="EntityTerms"/>). A query that expands to terms (a prefix, a fuzzy word) reads them through
/// this, or `inthe~1` would match the pair `in the` in 11,515 Reuters paragraphs and `e*` every paragraph
/// with an entity. Attributes are the wrapped enum's, so a fuzzy enum's boosts still reach the rewrite.
/// </summary>
internal sealed class WordTermsEnum(TermsEnum terms) : FilteredTermsEnum(terms, startWithSeek: false)
{
    protected override AcceptStatus Accept(BytesRef term) => IsWord(term) ? AcceptStatus.YES : AcceptStatus.NO;

    /// <summary>A word term: no space (a pair term's) and no `|` (an entity term's), neither of which a word holds.</summary>
    public static bool IsWord(BytesRef term) => term.Bytes.AsSpan(term.Offset, term.Length).IndexOfAny((byte)' ', (byte)'|') < 0;
}

/// <summary>A fuzzy word that matches words only (<see cref="WordTermsEnum"/>).</summary>
internal sealed class WordFuzzyQuery(Term term, int maxEdits) : FuzzyQuery(term, maxEdits)
{
    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => new WordTermsEnum(base.GetTermsEnum(terms, atts));
}

/// <summary>A word prefix that matches words only (<see cref="WordTermsEnum"/>).</summary>
internal sealed class WordPrefixQuery(Term prefix) : PrefixQuery(prefix)
{
    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) => new WordTermsEnum(base.GetTermsEnum(terms, atts));
}
