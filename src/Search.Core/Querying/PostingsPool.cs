using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Querying;

/// <summary>
/// Positions enumerators of one segment field that no scorer reads any more, kept for this thread's next
/// phrase search there: each new one allocates Lucene's block buffers (about 2.5 KB), together a quarter
/// of what a phrase search still allocated. Lucene itself decides whether a kept enumerator fits (the
/// same postings file and field options) and resets it for its new term and deleted-documents set; one
/// that does not fit is dropped for a new one. A pool belongs to one thread and ignores returns from
/// any other.
/// </summary>
internal sealed class PostingsPool
{
    // Enough for the phrases of a long query; any more are left to the garbage collector.
    private const int MaxKept = 32;

    [ThreadStatic] private static ConditionalWeakTable<Terms, PostingsPool>? t_pools;

    private readonly Stack<DocsAndPositionsEnum> _free = new();
    private readonly int _thread = Environment.CurrentManagedThreadId;

    /// <summary>This thread's pool for a segment field; it goes once the segment's terms are no longer referenced.</summary>
    public static PostingsPool For(Terms terms) => (t_pools ??= new ConditionalWeakTable<Terms, PostingsPool>()).GetValue(terms, static _ => new PostingsPool());

    /// <summary>A kept enumerator to pass to <c>DocsAndPositions</c> as the one to reuse, or null.</summary>
    public DocsAndPositionsEnum? Rent() => Environment.CurrentManagedThreadId == _thread && _free.TryPop(out var postings) ? postings : null;

    /// <summary>Takes back enumerators their scorer is done with; the caller must not read them again.</summary>
    public void Return(ReadOnlySpan<DocsAndPositionsEnum> postings)
    {
        if (Environment.CurrentManagedThreadId != _thread)
        {
            return;
        }
        foreach (var done in postings)
        {
            if (_free.Count < MaxKept)
            {
                _free.Push(done);
            }
        }
    }
}
