namespace Search.Core.Entities.Recognition;

/// <summary>
/// Second-pass features for document-level consistency: how the first pass tagged the same word elsewhere in the
/// document (so "Kim" in a headline borrows from "Kim Jong Un" in the body), and the first-pass labels around the
/// token itself (stacking).
/// </summary>
internal sealed class DocumentFeatures
{
    private const int OutsideSlot = 4;
    private const int LowercaseSlot = 5;

    private enum Template { Majority = 60, Seen, MajorityInitial, MajorityHeadline, Label, PreviousLabel, NextLabel, LowercaseElsewhere }

    private readonly Dictionary<string, int[]> _countsByWord = new(StringComparer.Ordinal);

    /// <summary>Collects the first-pass labels of every token of a document.</summary>
    public DocumentFeatures(IReadOnlyList<SentenceContext> sentences, IReadOnlyList<int[]> firstPassLabels)
    {
        for (int s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s].Tokens;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].IsPunctuation)
                {
                    continue;
                }

                if (!_countsByWord.TryGetValue(tokens[i].Lower, out int[]? counts))
                {
                    counts = new int[6];
                    _countsByWord[tokens[i].Lower] = counts;
                }

                counts[Slot(firstPassLabels[s][i])]++;
                if (!tokens[i].StartsUpperOrDigit && i != sentences[s].FirstWord)
                {
                    counts[LowercaseSlot]++;
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
        if (!token.StartsUpperOrDigit || token.IsPunctuation || !_countsByWord.TryGetValue(token.Lower, out int[]? counts))
        {
            return;
        }

        // Leave this occurrence out: the point is what the rest of the document says.
        Span<int> others = stackalloc int[5];
        int total = 0;
        for (int slot = 0; slot < 5; slot++)
        {
            others[slot] = counts[slot] - (Slot(labels[i]) == slot ? 1 : 0);
            total += others[slot];
        }

        if (total == 0)
        {
            return;
        }

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

        if (counts[LowercaseSlot] > 0)
        {
            features.Add(FeatureHash.Feature((int)Template.LowercaseElsewhere, FeatureHash.Of(i == sentence.FirstWord ? 1 : 0)));
        }
    }

    private static int Slot(int label) => label == BilouLabels.Outside ? OutsideSlot : (int)BilouLabels.KindOf(label);
}
