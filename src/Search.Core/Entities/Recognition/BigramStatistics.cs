namespace Search.Core.Entities.Recognition;

/// <summary>Word bigram counts in compressed adjacency form, the input of <see cref="ExchangeClusterer"/>.</summary>
internal sealed class BigramStatistics
{
    private readonly int[] _followingStart;
    private readonly (int Word, int Count)[] _following;
    private readonly int[] _precedingStart;
    private readonly (int Word, int Count)[] _preceding;
    private readonly long[] _leftCounts;
    private readonly long[] _rightCounts;

    /// <summary>Counts the bigrams of id sequences over <paramref name="wordCount"/> words.</summary>
    public BigramStatistics(IEnumerable<int[]> sequences, int wordCount)
    {
        WordCount = wordCount;
        var pairs = new Dictionary<long, int>();
        foreach (var sequence in sequences)
        {
            for (int i = 1; i < sequence.Length; i++)
            {
                long key = ((long)sequence[i - 1] << 32) | (uint)sequence[i];
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
        }

        var sorted = pairs.Select(p => (Left: (int)(p.Key >> 32), Right: (int)p.Key, p.Value)).ToArray();
        _leftCounts = new long[wordCount];
        _rightCounts = new long[wordCount];
        Array.Sort(sorted, (a, b) => a.Left != b.Left ? a.Left.CompareTo(b.Left) : a.Right.CompareTo(b.Right));
        (_followingStart, _following) = Compress(sorted.Select(p => (p.Left, p.Right, p.Value)), wordCount);
        Array.Sort(sorted, (a, b) => a.Right != b.Right ? a.Right.CompareTo(b.Right) : a.Left.CompareTo(b.Left));
        (_precedingStart, _preceding) = Compress(sorted.Select(p => (p.Right, p.Left, p.Value)), wordCount);
        foreach (var (left, right, count) in sorted)
        {
            _leftCounts[left] += count;
            _rightCounts[right] += count;
        }
    }

    /// <summary>Number of distinct words.</summary>
    public int WordCount { get; }

    /// <summary>Words following <paramref name="w"/> with their counts.</summary>
    public ReadOnlySpan<(int Word, int Count)> Following(int w) => _following.AsSpan(_followingStart[w], _followingStart[w + 1] - _followingStart[w]);

    /// <summary>Words preceding <paramref name="w"/> with their counts.</summary>
    public ReadOnlySpan<(int Word, int Count)> Preceding(int w) => _preceding.AsSpan(_precedingStart[w], _precedingStart[w + 1] - _precedingStart[w]);

    /// <summary>Bigrams in which <paramref name="w"/> is the left word.</summary>
    public long LeftCount(int w) => _leftCounts[w];

    /// <summary>Bigrams in which <paramref name="w"/> is the right word.</summary>
    public long RightCount(int w) => _rightCounts[w];

    private static (int[] Start, (int, int)[] Items) Compress(IEnumerable<(int Key, int Other, int Count)> sortedByKey, int wordCount)
    {
        var items = new List<(int, int)>();
        var start = new int[wordCount + 1];
        foreach (var (key, other, count) in sortedByKey)
        {
            start[key + 1]++;
            items.Add((other, count));
        }

        for (int w = 0; w < wordCount; w++)
        {
            start[w + 1] += start[w];
        }

        return (start, items.ToArray());
    }
}
