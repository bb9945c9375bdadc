namespace Search.Core.Entities.Recognition;

/// <summary>
/// Second-pass features for document-level consistency: how the first pass tagged the same word elsewhere in the
/// document (so "Kim" in a headline borrows from "Kim Jong Un" in the body), the words around those other
/// occurrences ("Mr X" there makes X a person here), and the first-pass labels around the token itself (stacking).
/// </summary>
internal sealed class DocumentFeatures
{
    private const int OutsideSlot = 4;
    private const int MaxContexts = 8;  // bounds the work for words repeated all over a long document

    private enum Template
    {
        Majority = 60, Seen, MajorityInitial, MajorityHeadline, Label, PreviousLabel, NextLabel, LowercaseElsewhere,
        LabelSeen, ContextElsewhere,
    }

    private readonly Dictionary<string, WordEvidence> _evidenceByWord = new(StringComparer.Ordinal);

    /// <summary>Collects the first-pass labels and contexts of every token of a document.</summary>
    public DocumentFeatures(IReadOnlyList<SentenceContext> sentences, IReadOnlyList<int[]> firstPassLabels)
    {
        for (int s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            for (int i = 0; i < tokens.Length; i++)
            {
                var token = tokens[i];
                if (token.IsPunctuation)
                {
                    continue;
                }

                if (!_evidenceByWord.TryGetValue(token.Lower, out var evidence))
                {
                    evidence = new WordEvidence();
                    _evidenceByWord[token.Lower] = evidence;
                }

                int label = firstPassLabels[s][i];
                evidence.KindCounts[Slot(label)]++;
                evidence.LabelCounts[label]++;
                if (token.StartsUpperOrDigit)
                {
                    evidence.Contexts.Add((i > 0 ? tokens[i - 1].LowerHash : 0, i + 1 < tokens.Length ? tokens[i + 1].LowerHash : 0));
                }
                else if (i != sentences[s].FirstWord)
                {
                    evidence.LowercaseCount++;
                }
            }
        }
    }

    /// <summary>Appends the document features of token <paramref name="i"/> of a sentence with first-pass labels.</summary>
    public void Extract(SentenceContext sentence, int[] labels, int i, List<ulong> features)
    {
        features.Add(FeatureHash.Feature((int)Template.Label, FeatureHash.Of(labels[i])));
        features.Add(FeatureHash.Feature((int)Template.PreviousLabel, FeatureHash.Of(i > 0 ? labels[i - 1] : -1)));
        features.Add(FeatureHash.Feature((int)Template.NextLabel, FeatureHash.Of(i + 1 < labels.Length ? labels[i + 1] : -1)));

        var token = sentence.Tokens[i];
        if (!token.StartsUpperOrDigit || token.IsPunctuation || !_evidenceByWord.TryGetValue(token.Lower, out var evidence))
        {
            return;
        }

        // Leave this occurrence out: the point is what the rest of the document says.
        Span<int> others = stackalloc int[5];
        int total = 0;
        for (int slot = 0; slot < 5; slot++)
        {
            others[slot] = evidence.KindCounts[slot] - (Slot(labels[i]) == slot ? 1 : 0);
            total += others[slot];
        }

        if (total == 0)
        {
            return;
        }

        AddKindFeatures(sentence, i, others, features);
        for (int label = 1; label < BilouLabels.Count; label++)
        {
            if (evidence.LabelCounts[label] - (labels[i] == label ? 1 : 0) > 0)
            {
                features.Add(FeatureHash.Feature((int)Template.LabelSeen, FeatureHash.Of(label)));
            }
        }

        AddContextFeatures(sentence, i, evidence, features);
        if (evidence.LowercaseCount > 0)
        {
            features.Add(FeatureHash.Feature((int)Template.LowercaseElsewhere, FeatureHash.Of(i == sentence.FirstWord ? 1 : 0)));
        }
    }

    private static void AddKindFeatures(SentenceContext sentence, int i, ReadOnlySpan<int> others, List<ulong> features)
    {
        int majority = 0;
        for (int slot = 1; slot < 5; slot++)
        {
            if (others[slot] > others[majority])
            {
                majority = slot;
            }
        }

        ulong majorityHash = FeatureHash.Of(majority);
        features.Add(FeatureHash.Feature((int)Template.Majority, majorityHash));
        features.Add(FeatureHash.Feature((int)Template.MajorityInitial, majorityHash, FeatureHash.Of(i == sentence.FirstWord ? 1 : 0)));
        if (sentence.IsHeadline)
        {
            features.Add(FeatureHash.Feature((int)Template.MajorityHeadline, majorityHash));
        }

        for (int slot = 0; slot < 4; slot++)
        {
            if (others[slot] > 0)
            {
                features.Add(FeatureHash.Feature((int)Template.Seen, FeatureHash.Of(slot)));
            }
        }
    }

    // Context aggregation: the neighbours of the word's capitalised occurrences, skipping those equal to this one's.
    private static void AddContextFeatures(SentenceContext sentence, int i, WordEvidence evidence, List<ulong> features)
    {
        ulong previousHere = i > 0 ? sentence.Tokens[i - 1].LowerHash : 0;
        ulong nextHere = i + 1 < sentence.Tokens.Length ? sentence.Tokens[i + 1].LowerHash : 0;
        foreach (var (previous, next) in evidence.Contexts.Take(MaxContexts))
        {
            if (previous != previousHere)
            {
                features.Add(FeatureHash.Feature((int)Template.ContextElsewhere, previous, 1));
            }

            if (next != nextHere)
            {
                features.Add(FeatureHash.Feature((int)Template.ContextElsewhere, next, 2));
            }
        }
    }

    private static int Slot(int label) => label == BilouLabels.Outside ? OutsideSlot : (int)BilouLabels.KindOf(label);

    /// <summary>What the document says about one lowercased word.</summary>
    private sealed class WordEvidence
    {
        public int[] KindCounts { get; } = new int[5];

        public int[] LabelCounts { get; } = new int[BilouLabels.Count];

        public List<(ulong Previous, ulong Next)> Contexts { get; } = [];

        public int LowercaseCount { get; set; }
    }
}
