namespace Search.Core.Entities.Recognition;

/// <summary>
/// Flat word clustering with the exchange algorithm (Kneser &amp; Ney 1993, Martin et al. 1998): words move one at a
/// time to the cluster that most raises the likelihood of a class-bigram model. It optimises the same objective as
/// Brown clustering but runs in minutes, and is deterministic: words start in frequency order and are visited in it.
/// </summary>
internal sealed class ExchangeClusterer
{
    private const int TableSize = 1 << 16;
    private static readonly double[] XLogXTable = BuildTable();

    private readonly BigramStatistics _bigrams;
    private readonly int _clusterCount;
    private readonly int[] _clusterOf;
    private readonly long[] _pairCounts;      // [left cluster * K + right cluster]
    private readonly long[] _leftTotals;      // bigrams whose left word is in the cluster
    private readonly long[] _rightTotals;     // bigrams whose right word is in the cluster

    /// <summary>Prepares clustering of the words in <paramref name="bigrams"/> (ids sorted by falling frequency).</summary>
    public ExchangeClusterer(BigramStatistics bigrams, int clusterCount)
    {
        _bigrams = bigrams;
        _clusterCount = clusterCount;
        _clusterOf = new int[bigrams.WordCount];
        for (int w = 0; w < _clusterOf.Length; w++)
        {
            _clusterOf[w] = w % clusterCount;
        }

        _pairCounts = new long[clusterCount * clusterCount];
        _leftTotals = new long[clusterCount];
        _rightTotals = new long[clusterCount];
        for (int w = 0; w < bigrams.WordCount; w++)
        {
            int cw = _clusterOf[w];
            foreach (var (next, count) in bigrams.Following(w))
            {
                _pairCounts[(cw * clusterCount) + _clusterOf[next]] += count;
            }

            _leftTotals[cw] += bigrams.LeftCount(w);
            _rightTotals[cw] += bigrams.RightCount(w);
        }
    }

    /// <summary>Runs up to <paramref name="iterations"/> passes over the vocabulary; returns each word's cluster.</summary>
    public int[] Run(int iterations, Action<string>? log = null)
    {
        var leftByCluster = new long[_clusterCount];
        var rightByCluster = new long[_clusterCount];
        var touchedLeft = new List<int>();
        var touchedRight = new List<int>();
        var gains = new double[_clusterCount];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            int moves = 0;
            for (int w = 0; w < _bigrams.WordCount; w++)
            {
                long self = Gather(w, leftByCluster, rightByCluster, touchedLeft, touchedRight);
                int from = _clusterOf[w];
                Apply(w, from, -1, self, leftByCluster, rightByCluster, touchedLeft, touchedRight);
                int best = BestCluster(w, from, self, leftByCluster, rightByCluster, touchedLeft, touchedRight, gains);
                Apply(w, best, +1, self, leftByCluster, rightByCluster, touchedLeft, touchedRight);
                _clusterOf[w] = best;
                if (best != from)
                {
                    moves++;
                }

                foreach (int c in touchedLeft)
                {
                    leftByCluster[c] = 0;
                }

                foreach (int c in touchedRight)
                {
                    rightByCluster[c] = 0;
                }
            }

            log?.Invoke($"K={_clusterCount} iteration {iteration + 1}: {moves} moves, objective {Objective():F0}");
            if (moves < _bigrams.WordCount / 1000)
            {
                break;
            }
        }

        return (int[])_clusterOf.Clone();
    }

    // Counts the bigrams linking w to each cluster, excluding w's bigrams with itself, which are returned.
    private long Gather(int w, long[] leftByCluster, long[] rightByCluster, List<int> touchedLeft, List<int> touchedRight)
    {
        touchedLeft.Clear();
        touchedRight.Clear();
        long self = 0;
        foreach (var (previous, count) in _bigrams.Preceding(w))
        {
            if (previous == w)
            {
                self = count;
                continue;
            }

            int c = _clusterOf[previous];
            if (leftByCluster[c] == 0)
            {
                touchedLeft.Add(c);
            }

            leftByCluster[c] += count;
        }

        foreach (var (next, count) in _bigrams.Following(w))
        {
            if (next == w)
            {
                continue;
            }

            int c = _clusterOf[next];
            if (rightByCluster[c] == 0)
            {
                touchedRight.Add(c);
            }

            rightByCluster[c] += count;
        }

        return self;
    }

    private void Apply(int w, int cluster, int sign, long self, long[] leftByCluster, long[] rightByCluster,
        List<int> touchedLeft, List<int> touchedRight)
    {
        int k = _clusterCount;
        foreach (int c in touchedLeft)
        {
            _pairCounts[(c * k) + cluster] += sign * leftByCluster[c];
        }

        foreach (int c in touchedRight)
        {
            _pairCounts[(cluster * k) + c] += sign * rightByCluster[c];
        }

        _pairCounts[(cluster * k) + cluster] += sign * self;
        _leftTotals[cluster] += sign * _bigrams.LeftCount(w);
        _rightTotals[cluster] += sign * _bigrams.RightCount(w);
    }

    private int BestCluster(int w, int current, long self, long[] leftByCluster, long[] rightByCluster,
        List<int> touchedLeft, List<int> touchedRight, double[] gains)
    {
        int k = _clusterCount;
        long leftCount = _bigrams.LeftCount(w);
        long rightCount = _bigrams.RightCount(w);
        void Evaluate(int from, int to)
        {
            for (int b = from; b < to; b++)
            {
                double gain = 0;
                foreach (int c in touchedLeft)
                {
                    if (c != b)
                    {
                        long n = _pairCounts[(c * k) + b];
                        gain += XLogX(n + leftByCluster[c]) - XLogX(n);
                    }
                }

                foreach (int c in touchedRight)
                {
                    if (c != b)
                    {
                        long n = _pairCounts[(b * k) + c];
                        gain += XLogX(n + rightByCluster[c]) - XLogX(n);
                    }
                }

                long diagonal = _pairCounts[(b * k) + b];
                gain += XLogX(diagonal + leftByCluster[b] + rightByCluster[b] + self) - XLogX(diagonal);
                gain -= XLogX(_leftTotals[b] + leftCount) - XLogX(_leftTotals[b]);
                gain -= XLogX(_rightTotals[b] + rightCount) - XLogX(_rightTotals[b]);
                gains[b] = gain;
            }
        }

        // Frequent words have many neighbour clusters; split the candidate clusters over the cores for them.
        if ((long)(touchedLeft.Count + touchedRight.Count) * k > 200_000)
        {
            int half = k / 2;
            Parallel.Invoke(() => Evaluate(0, half), () => Evaluate(half, k));
        }
        else
        {
            Evaluate(0, k);
        }

        int best = current;
        for (int b = 0; b < k; b++)
        {
            if (gains[b] > gains[best] + 1e-9)
            {
                best = b;
            }
        }

        return best;
    }

    private double Objective()
    {
        double total = 0;
        foreach (long n in _pairCounts)
        {
            total += XLogX(n);
        }

        for (int c = 0; c < _clusterCount; c++)
        {
            total -= XLogX(_leftTotals[c]) + XLogX(_rightTotals[c]);
        }

        return total;
    }

    private static double XLogX(long x) => x < TableSize ? XLogXTable[x] : x * Math.Log(x);

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (int x = 1; x < TableSize; x++)
        {
            table[x] = x * Math.Log(x);
        }

        return table;
    }
}
