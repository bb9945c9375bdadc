namespace Search.Core.Entities.Recognition;

/// <summary>
/// A trained linear-chain tagger: per-feature label weights plus label-bigram weights, decoded with Viterbi.
/// Immutable, so one instance serves concurrent callers.
/// </summary>
internal sealed class LinearChainModel
{
    private const int L = BilouLabels.Count;
    private readonly Dictionary<ulong, int> _rowByFeature;

    /// <summary>Creates a model from feature hashes, their weight rows (17 per feature) and transition scores.</summary>
    public LinearChainModel(ulong[] features, float[] weights, float[] transitions)
    {
        Features = features;
        Weights = weights;
        Transitions = transitions;
        _rowByFeature = new Dictionary<ulong, int>(features.Length);
        for (int i = 0; i < features.Length; i++)
        {
            _rowByFeature[features[i]] = i;
        }
    }

    /// <summary>The feature hashes, row order.</summary>
    public ulong[] Features { get; }

    /// <summary>Label weights, [row * 17 + label].</summary>
    public float[] Weights { get; }

    /// <summary>Transition scores, laid out as <see cref="ViterbiDecoder"/> expects.</summary>
    public float[] Transitions { get; }

    /// <summary>Tags one sentence.</summary>
    public int[] Tag(SentenceFeatures sentence)
    {
        int n = sentence.Length;
        var emissions = new float[n * L];
        var weights = Weights.AsSpan();
        for (int i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * L, L);
            for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                if (_rowByFeature.TryGetValue(sentence.Hashes[k], out int row))
                {
                    var rowWeights = weights.Slice(row * L, L);
                    for (int y = 0; y < L; y++)
                    {
                        scores[y] += rowWeights[y];
                    }
                }
            }
        }

        var labels = new int[n];
        ViterbiDecoder.Decode(emissions, Transitions, labels);
        return labels;
    }
}
