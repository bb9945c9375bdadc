using System.Collections.Concurrent;

namespace Search.Cli.Chaos;

/// <summary>
/// What the server acknowledged, and when rebuilds ran, to decide which upserts must have survived.
/// A rebuild replaces the index with the seeds, so an upsert is owed only if it was sent after every
/// rebuild that committed had ended. A rebuild cut short by a kill may or may not have committed: the
/// index's `built_at` after the restart says which (<see cref="ResolveKilledRebuild"/>). Thread-safe.
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
    public long RebuildsKilledCommitted;
    public long RebuildsKilledRolledBack;
    private DateTimeOffset _lastRebuildStartUtc;
    private (DateTimeOffset StartedUtc, long KilledAt)? _killedRebuild;

    public static long Now => System.Diagnostics.Stopwatch.GetTimestamp();

    public void RebuildStarted()
    {
        lock (_acknowledged)
        {
            _lastRebuildStartUtc = DateTimeOffset.UtcNow;
        }
        Interlocked.Increment(ref _rebuildsInFlight);
    }

    public void RebuildEnded(long at)
    {
        Interlocked.Decrement(ref _rebuildsInFlight);
        InterlockedMax(ref _lastRebuildEnd, at);
    }

    /// <summary>A rebuild cut short by a kill is settled after the restart, by <see cref="ResolveKilledRebuild"/>.</summary>
    public void ProcessKilled(long at)
    {
        if (Volatile.Read(ref _rebuildsInFlight) > 0)
        {
            lock (_acknowledged)
            {
                _killedRebuild = (_lastRebuildStartUtc, at);
            }
        }
        Volatile.Write(ref _rebuildsInFlight, 0);
    }

    /// <summary>
    /// Settles the rebuild the last kill cut short: it committed if the index was built after it started
    /// (upserts keep `built_at`), and then the upserts sent before the kill are no longer owed.
    /// </summary>
    public void ResolveKilledRebuild(DateTimeOffset? builtAt)
    {
        lock (_acknowledged)
        {
            if (_killedRebuild is not { } killed)
            {
                return;
            }
            _killedRebuild = null;
            if (builtAt >= killed.StartedUtc)
            {
                InterlockedMax(ref _lastRebuildEnd, killed.KilledAt);
                RebuildsKilledCommitted++;
            }
            else
            {
                RebuildsKilledRolledBack++;
            }
        }
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
