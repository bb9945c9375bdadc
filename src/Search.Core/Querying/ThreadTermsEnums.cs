using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Querying;

/// <summary>
/// One terms enumerator per segment field and thread, kept between searches. A new enumerator loads the
/// block tree's frames, byte buffers and FST arcs afresh (about a fifth of what a phrase search
/// allocated); a kept one is only seeked again, and every seek, by term or by recorded state, starts
/// from scratch, so what an earlier search left in it does not matter. Used only on its own thread, and
/// only while a search runs there; an entry goes once its segment's terms are no longer referenced.
/// </summary>
internal static class ThreadTermsEnums
{
    [ThreadStatic] private static ConditionalWeakTable<Terms, TermsEnum>? t_enums;

    public static TermsEnum For(Terms terms) => (t_enums ??= new ConditionalWeakTable<Terms, TermsEnum>()).GetValue(terms, static t => t.GetEnumerator());

    /// <summary>Drops this thread's enumerator of <paramref name="terms"/>, as one a seek failed in may be left half moved.</summary>
    public static void Forget(Terms terms) => t_enums?.Remove(terms);
}
