using System.Diagnostics;

namespace Search.Core.Querying;

/// <summary>The time and cancellation a search may spend; checked between batches of matches. Not thread-safe.</summary>
internal sealed class SearchBudget(TimeSpan limit, CancellationToken cancellationToken)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public void ThrowIfSpent()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(_started) > limit)
        {
            throw new SearchBudgetExceededException(limit);
        }
    }
}
