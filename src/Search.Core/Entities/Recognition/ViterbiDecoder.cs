namespace Search.Core.Entities.Recognition;

/// <summary>
/// Best label sequence under per-token label scores plus label-bigram scores, allowing only well-formed BILOU
/// sequences. Transition layout: row 0 is the sentence start, row p+1 follows label p, row 18 holds end scores.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Size of the transition table.</summary>
    public const int TransitionSize = (BilouLabels.Count + 2) * BilouLabels.Count;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>Index of the transition score from <paramref name="previous"/> (-1 = start) to <paramref name="next"/> (-1 = end).</summary>
    public static int TransitionIndex(int previous, int next) =>
        next < 0 ? ((BilouLabels.Count + 1) * BilouLabels.Count) + previous : ((previous + 1) * BilouLabels.Count) + next;

    /// <summary>Decodes into <paramref name="labels"/> given emissions [token * 17 + label].</summary>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        const int L = BilouLabels.Count;
        int n = labels.Length;
        if (n == 0)
        {
            return;
        }

        var scores = new float[n * L];
        var back = new byte[n * L];
        for (int y = 0; y < L; y++)
        {
            scores[y] = Allowed[TransitionIndex(-1, y)] ? emissions[y] + transitions[TransitionIndex(-1, y)] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            int row = i * L;
            int previousRow = row - L;
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                int bestPrevious = 0;
                for (int p = 0; p < L; p++)
                {
                    int t = ((p + 1) * L) + y;
                    if (!Allowed[t])
                    {
                        continue;
                    }

                    float score = scores[previousRow + p] + transitions[t];
                    if (score > best)
                    {
                        best = score;
                        bestPrevious = p;
                    }
                }

                scores[row + y] = best + emissions[row + y];
                back[row + y] = (byte)bestPrevious;
            }
        }

        float bestFinal = float.NegativeInfinity;
        int last = 0;
        for (int y = 0; y < L; y++)
        {
            int t = TransitionIndex(y, -1);
            float score = Allowed[t] ? scores[((n - 1) * L) + y] + transitions[t] : float.NegativeInfinity;
            if (score > bestFinal)
            {
                bestFinal = score;
                last = y;
            }
        }

        labels[n - 1] = last;
        for (int i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * L) + labels[i]];
        }
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[TransitionSize];
        for (int previous = -1; previous < BilouLabels.Count; previous++)
        {
            for (int next = -1; next < BilouLabels.Count; next++)
            {
                if (previous >= 0 || next >= 0)
                {
                    allowed[TransitionIndex(previous, next)] = BilouLabels.IsAllowed(previous, next);
                }
            }
        }

        return allowed;
    }
}
