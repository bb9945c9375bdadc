namespace Search.Core.Entities.Recognition;

/// <summary>
/// Names seen as entities in training data, keyed by their lowercased token sequence, with the kinds they were seen
/// as. Matching marks every token of every listed name found in a sentence.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Longest name, in tokens, that is looked up.</summary>
    public const int MaxLength = 6;

    private readonly Dictionary<ulong, byte> _kindsBySequence;

    /// <summary>Creates a gazetteer from sequence hashes and kind bit masks.</summary>
    public Gazetteer(Dictionary<ulong, byte> kindsBySequence) => _kindsBySequence = kindsBySequence;

    /// <summary>Entries: sequence hash and bit mask of kinds (bit = 1 &lt;&lt; (int)kind).</summary>
    public IReadOnlyDictionary<ulong, byte> Entries => _kindsBySequence;

    /// <summary>Collects the names of <paramref name="documents"/>.</summary>
    public static Gazetteer FromDocuments(IEnumerable<ConllDocument> documents)
    {
        var entries = new Dictionary<ulong, byte>();
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            foreach (var span in IobChunks.ToSpans(sentence.Tags))
            {
                if (span.End - span.Start > MaxLength)
                {
                    continue;
                }

                ulong hash = SequenceStart;
                for (int i = span.Start; i < span.End; i++)
                {
                    hash = Extend(hash, sentence.Words[i].ToLowerInvariant());
                }

                entries[hash] = (byte)(entries.GetValueOrDefault(hash) | (1 << (int)span.Kind));
            }
        }

        return new Gazetteer(entries);
    }

    /// <summary>Hash of the empty sequence.</summary>
    public const ulong SequenceStart = 0x2545F4914F6CDD1DUL;

    /// <summary>Hash of a sequence extended by one lowercased token.</summary>
    public static ulong Extend(ulong sequence, string lowerToken) => FeatureHash.Feature(1, sequence, FeatureHash.Of(lowerToken));

    /// <summary>
    /// Finds listed names in a sentence (given as lowercased tokens) that start with a capitalised word or digit,
    /// and reports each as (start, end, kinds).
    /// </summary>
    public void Match(IReadOnlyList<TokenInfo> tokens, List<(int Start, int End, byte Kinds)> matches)
    {
        matches.Clear();
        for (int start = 0; start < tokens.Count; start++)
        {
            if (!tokens[start].StartsUpperOrDigit)
            {
                continue;
            }

            ulong hash = SequenceStart;
            for (int end = start + 1; end <= Math.Min(tokens.Count, start + MaxLength); end++)
            {
                hash = Extend(hash, tokens[end - 1].Lower);
                if (_kindsBySequence.TryGetValue(hash, out byte kinds))
                {
                    matches.Add((start, end, kinds));
                }
            }
        }
    }
}
