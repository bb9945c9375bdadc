namespace Search.Core.Entities.Recognition;

/// <summary>
/// What unlabelled news taught us about words: cluster ids at several granularities (distributional similarity,
/// so unseen names still look like seen ones) and how often a word is written lowercase mid-sentence (so a
/// capitalised sentence-initial "Earlier" is recognised as an ordinary word).
/// </summary>
internal sealed class WordLexicon
{
    private readonly Dictionary<string, int> _wordIndex;
    private readonly ushort[][] _clusters;          // [level][word index]
    private readonly Dictionary<string, (int Lower, int Capitalized)> _caseCounts;

    /// <summary>Creates a lexicon from its parts.</summary>
    public WordLexicon(string[] words, ushort[][] clusters, Dictionary<string, (int Lower, int Capitalized)> caseCounts)
    {
        Words = words;
        _clusters = clusters;
        _caseCounts = caseCounts;
        _wordIndex = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            _wordIndex[words[i]] = i;
        }
    }

    /// <summary>An empty lexicon (no clusters, no case statistics), for tests and ablations.</summary>
    public static WordLexicon Empty { get; } = new([], [], []);

    /// <summary>The clustered words, in the form <see cref="Key"/> produces.</summary>
    public string[] Words { get; }

    /// <summary>Number of clustering granularities.</summary>
    public int LevelCount => _clusters.Length;

    /// <summary>Lowercase-form case counts, for serialisation.</summary>
    public IReadOnlyDictionary<string, (int Lower, int Capitalized)> CaseCounts => _caseCounts;

    /// <summary>Cluster ids of a word at one level, for serialisation.</summary>
    public ushort[] ClusterLevel(int level) => _clusters[level];

    /// <summary>The lexicon form of a token: digits folded to 0, so numbers share statistics.</summary>
    public static string Key(string word)
    {
        int firstDigit = -1;
        for (int i = 0; i < word.Length; i++)
        {
            if (char.IsAsciiDigit(word[i]) && word[i] != '0')
            {
                firstDigit = i;
                break;
            }
        }

        if (firstDigit < 0)
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiDigit(source[i]) ? '0' : source[i];
            }
        });
    }

    /// <summary>Finds a token's index, trying its exact form, then Title-case, then lowercase; -1 when unknown.</summary>
    public int IndexOf(string key, string lowerKey)
    {
        if (_wordIndex.TryGetValue(key, out int index))
        {
            return index;
        }

        if (key.Length > 1 && char.IsUpper(key[0]))
        {
            string title = string.Concat(key.AsSpan(0, 1), lowerKey.AsSpan(1));
            if (_wordIndex.TryGetValue(title, out index))
            {
                return index;
            }
        }

        return _wordIndex.TryGetValue(lowerKey, out index) ? index : -1;
    }

    /// <summary>The cluster of a word index at a level.</summary>
    public int Cluster(int index, int level) => _clusters[level][index];

    /// <summary>
    /// How a word is usually written mid-sentence: 0 unseen, 1 almost always capitalised, 2 mostly capitalised,
    /// 3 mixed, 4 mostly lowercase, 5 almost always lowercase.
    /// </summary>
    public int CaseBucket(string lowerKey)
    {
        if (!_caseCounts.TryGetValue(lowerKey, out var counts))
        {
            return 0;
        }

        double lowerShare = (counts.Lower + 0.1) / (counts.Lower + counts.Capitalized + 0.2);
        return lowerShare switch
        {
            < 0.05 => 1,
            < 0.35 => 2,
            < 0.65 => 3,
            < 0.95 => 4,
            _ => 5,
        };
    }
}
