namespace Search.Core.Entities.Recognition;

/// <summary>
/// Trains a <see cref="LinearChainModel"/> with the averaged structured perceptron (Collins 2002): decode each
/// sentence, and where the best path differs from the gold one, add the gold features and subtract the predicted.
/// Averaging the weights over all steps keeps late, noisy updates from dominating. Sentence order is shuffled with
/// a fixed seed, so training is reproducible.
/// </summary>
internal sealed class PerceptronTrainer
{
    private const int L = BilouLabels.Count;

    private readonly IReadOnlyList<ulong> _featureHashes;
    private readonly float[] _weights;
    private readonly double[] _weightSums;       // Σ step × update, for the averaging trick
    private readonly float[] _transitions = new float[ViterbiDecoder.TransitionSize];
    private readonly double[] _transitionSums = new double[ViterbiDecoder.TransitionSize];
    private long _step = 1;

    /// <summary>Prepares training over the features of <paramref name="featureHashes"/>.</summary>
    public PerceptronTrainer(IReadOnlyList<ulong> featureHashes)
    {
        _featureHashes = featureHashes;
        _weights = new float[featureHashes.Count * L];
        _weightSums = new double[featureHashes.Count * L];
    }

    /// <summary>Runs one epoch over <paramref name="sentences"/> in an order drawn from <paramref name="random"/>.</summary>
    public int TrainEpoch(IReadOnlyList<TrainingSentence> sentences, Random random)
    {
        int[] order = [.. Enumerable.Range(0, sentences.Count)];
        random.Shuffle(order);
        int mistakes = 0;
        foreach (int s in order)
        {
            var sentence = sentences[s];
            int[] predicted = Decode(sentence);
            if (!predicted.AsSpan().SequenceEqual(sentence.Gold))
            {
                mistakes++;
                Update(sentence, predicted);
            }

            _step++;
        }

        return mistakes;
    }

    /// <summary>The averaged model so far, keeping only features whose largest weight reaches <paramref name="minWeight"/>.</summary>
    public LinearChainModel Average(float minWeight = 0f)
    {
        var keptHashes = new List<ulong>();
        var keptWeights = new List<float>();
        Span<float> row = stackalloc float[L];
        for (int f = 0; f < _featureHashes.Count; f++)
        {
            float largest = 0;
            for (int y = 0; y < L; y++)
            {
                row[y] = (float)(_weights[(f * L) + y] - (_weightSums[(f * L) + y] / _step));
                largest = Math.Max(largest, Math.Abs(row[y]));
            }

            if (largest > 0 && largest >= minWeight)
            {
                keptHashes.Add(_featureHashes[f]);
                foreach (float w in row)
                {
                    keptWeights.Add(w);
                }
            }
        }

        var transitions = new float[_transitions.Length];
        for (int t = 0; t < transitions.Length; t++)
        {
            transitions[t] = (float)(_transitions[t] - (_transitionSums[t] / _step));
        }

        return new LinearChainModel([.. keptHashes], [.. keptWeights], transitions);
    }

    private int[] Decode(TrainingSentence sentence)
    {
        int n = sentence.Gold.Length;
        var emissions = new float[n * L];
        for (int i = 0; i < n; i++)
        {
            var scores = emissions.AsSpan(i * L, L);
            for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                LinearChainModel.AddRow(_weights.AsSpan(sentence.FeatureIds[k] * L, L), scores);
            }
        }

        var labels = new int[n];
        ViterbiDecoder.Decode(emissions, _transitions, labels);
        return labels;
    }

    private void Update(TrainingSentence sentence, int[] predicted)
    {
        int[] gold = sentence.Gold;
        for (int i = 0; i < gold.Length; i++)
        {
            if (gold[i] == predicted[i])
            {
                continue;
            }

            for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                int row = sentence.FeatureIds[k] * L;
                Bump(_weights, _weightSums, row + gold[i], +1);
                Bump(_weights, _weightSums, row + predicted[i], -1);
            }
        }

        for (int i = 0; i <= gold.Length; i++)
        {
            int goldTransition = ViterbiDecoder.TransitionIndex(i > 0 ? gold[i - 1] : -1, i < gold.Length ? gold[i] : -1);
            int predictedTransition = ViterbiDecoder.TransitionIndex(i > 0 ? predicted[i - 1] : -1, i < gold.Length ? predicted[i] : -1);
            if (goldTransition != predictedTransition)
            {
                Bump(_transitions, _transitionSums, goldTransition, +1);
                Bump(_transitions, _transitionSums, predictedTransition, -1);
            }
        }
    }

    private void Bump(float[] weights, double[] sums, int index, int delta)
    {
        weights[index] += delta;
        sums[index] += (double)_step * delta;
    }
}
