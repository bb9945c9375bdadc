using System.Collections.Concurrent;

namespace Search.Cli.Chaos;

/// <summary>
/// What the server acknowledged, and when rebuilds ran, to decide which upserts must have survived.
/// A rebuild replaces the index with the seeds, so an upsert is owed only if it was sent after every
/// rebuild had ended (answered, or cut short by a kill). Thread-safe.
/// </summary>
internal sealed class ChaosLedger
{
    private readonly ConcurrentQueue<(string Id, string Title, long SentAt)> _acknowledged = new();
    private long _lastRebuildEnd;
    private int _rebuildsInFlight;

    public long Searches;
    public long SearchesFailed;
    public long SearchesDuringDowntime;
    public long UpsertsAcknowledged;
    public long RebuildsAcknowledged;
    public long RebuildsRefused;

    public static long Now => System.Diagnostics.Stopwatch.GetTimestamp();

    public void RebuildStarted() => Interlocked.Increment(ref _rebuildsInFlight);

    public void RebuildEnded(long at)
    {
        Interlocked.Decrement(ref _rebuildsInFlight);
        InterlockedMax(ref _lastRebuildEnd, at);
    }

    /// <summary>Rebuilds cut short by a kill end at the kill.</summary>
    public void ProcessKilled(long at)
    {
        if (Volatile.Read(ref _rebuildsInFlight) > 0)
        {
            InterlockedMax(ref _lastRebuildEnd, at);
        }
        Volatile.Write(ref _rebuildsInFlight, 0);
    }

    public void UpsertAcknowledged(string id, string title, long sentAt)
    {
        _acknowledged.Enqueue((id, title, sentAt));
        Interlocked.Increment(ref UpsertsAcknowledged);
    }

    /// <summary>The upserts that must be in the index now.</summary>
    public IEnumerable<(string Id, string Title)> Owed()
    {
        var cutoff = Volatile.Read(ref _lastRebuildEnd);
        return _acknowledged.Where(a => a.SentAt > cutoff).Select(a => (a.Id, a.Title));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
