namespace Search.Core.Entities.Recognition;

/// <summary>Numbers the feature hashes seen in training so the trainer can use plain arrays.</summary>
internal sealed class FeatureIndex
{
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<ulong> _hashes = [];

    /// <summary>Number of distinct features.</summary>
    public int Count => _hashes.Count;

    /// <summary>The hash of each id.</summary>
    public IReadOnlyList<ulong> Hashes => _hashes;

    /// <summary>Converts a sentence's hashes into ids, adding unseen features.</summary>
    public int[] Add(SentenceFeatures sentence)
    {
        var ids = new int[sentence.Hashes.Length];
        for (int k = 0; k < ids.Length; k++)
        {
            ulong hash = sentence.Hashes[k];
            if (!_ids.TryGetValue(hash, out int id))
            {
                id = _hashes.Count;
                _ids[hash] = id;
                _hashes.Add(hash);
            }

            ids[k] = id;
        }

        return ids;
    }
}

/// <summary>A training sentence: feature ids per token (Offsets as in <see cref="SentenceFeatures"/>) and gold labels.</summary>
internal sealed record TrainingSentence(int[] FeatureIds, int[] Offsets, int[] Gold);
