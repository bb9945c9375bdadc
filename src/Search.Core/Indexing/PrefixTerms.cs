using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>Walks the terms of one segment's field that start with a prefix, in term order.</summary>
internal static class PrefixTerms
{
    /// <summary>
    /// The field's terms enum positioned on each term starting with <paramref name="prefix"/> in turn;
    /// nothing when the field is absent. Read the current term (and its postings) before moving on.
    /// </summary>
    public static IEnumerable<TermsEnum> Seek(Terms? field, string prefix)
    {
        var terms = field?.GetEnumerator();
        var prefixBytes = new BytesRef(prefix);
        if (terms is null || terms.SeekCeil(prefixBytes) == TermsEnum.SeekStatus.END)
        {
            yield break;
        }
        do
        {
            if (!StringHelper.StartsWith(terms.Term, prefixBytes))
            {
                yield break;
            }
            yield return terms;
        }
        while (terms.MoveNext());
    }
}
