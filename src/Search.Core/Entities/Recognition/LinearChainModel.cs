using System.Runtime.Intrinsics;

namespace Search.Core.Entities.Recognition;

/// <summary>
/// A trained linear-chain tagger: per-feature label weights plus label-bigram weights, decoded with Viterbi.
/// Immutable, so one instance serves concurrent callers.
/// </summary>
internal sealed class LinearChainModel
{
    private const int L = BilouLabels.Count;
    private readonly FeatureRowTable _rowByFeature;

    /// <summary>Creates a model from feature hashes, their weight rows (17 per feature) and transition scores.</summary>
    public LinearChainModel(ulong[] features, float[] weights, float[] transitions)
    {
        Features = features;
        Weights = weights;
        Transitions = transitions;
        _rowByFeature = new FeatureRowTable(features);
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
        for (int i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * L, L);
            for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                int row = _rowByFeature.RowOf(sentence.Hashes[k]);
                if (row >= 0)
                {
                    AddRow(Weights.AsSpan(row * L, L), scores);
                }
            }
        }

        var labels = new int[n];
        ViterbiDecoder.Decode(emissions, Transitions, labels);
        return labels;
    }

    /// <summary>scores += row, 17 floats: two 8-wide vector adds and one scalar.</summary>
    internal static void AddRow(ReadOnlySpan<float> row, Span<float> scores)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            var low = Vector256.Create(row[..8]) + Vector256.Create(scores[..8]);
            var high = Vector256.Create(row.Slice(8, 8)) + Vector256.Create(scores.Slice(8, 8));
            low.CopyTo(scores);
            high.CopyTo(scores[8..]);
            scores[16] += row[16];
            return;
        }

        for (int y = 0; y < L; y++)
        {
            scores[y] += row[y];
        }
    }
}
