namespace Search.Core.Entities.Recognition;

/// <summary>The feature hashes of every token of a sentence, flat: token i owns Hashes[Offsets[i]..Offsets[i+1]].</summary>
internal sealed record SentenceFeatures(ulong[] Hashes, int[] Offsets)
{
    /// <summary>Number of tokens.</summary>
    public int Length => Offsets.Length - 1;

    /// <summary>Extracts the first-pass features of a sentence, plus document features when given.</summary>
    public static SentenceFeatures Extract(SentenceContext sentence, WordLexicon lexicon, DocumentFeatures? document = null,
        int[]? firstPassLabels = null)
    {
        var hashes = new List<ulong>(sentence.Length * 64);
        var offsets = new int[sentence.Length + 1];
        for (int i = 0; i < sentence.Length; i++)
        {
            LocalFeatures.Extract(sentence, lexicon, i, hashes);
            if (document is not null && firstPassLabels is not null)
            {
                document.Extract(sentence, firstPassLabels, i, hashes);
            }

            offsets[i + 1] = hashes.Count;
        }

        return new SentenceFeatures([.. hashes], offsets);
    }

    /// <summary>These features with each token's document features appended.</summary>
    public SentenceFeatures WithDocument(SentenceContext sentence, DocumentFeatures document, int[] firstPassLabels)
    {
        var hashes = new List<ulong>(Hashes.Length + (Length * 12));
        var offsets = new int[Length + 1];
        for (int i = 0; i < Length; i++)
        {
            hashes.AddRange(Hashes.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]));
            document.Extract(sentence, firstPassLabels, i, hashes);
            offsets[i + 1] = hashes.Count;
        }

        return new SentenceFeatures([.. hashes], offsets);
    }
}
