namespace Search.Core.Entities.Recognition;

/// <summary>
/// The first-pass feature templates: the token and its ±2 neighbours, shapes, affixes, capitalisation in
/// context, word clusters and gazetteer matches. Each feature is a 64-bit hash (see <see cref="FeatureHash"/>).
/// </summary>
internal static class LocalFeatures
{
    private static readonly ulong SentenceStart = FeatureHash.Of("<S>");
    private static readonly ulong SentenceEnd = FeatureHash.Of("</S>");
    private static readonly ulong Unclustered = FeatureHash.Of("<nocluster>");

    private enum Template
    {
        Bias = 1, Word, Previous, Next, Previous2, Next2, PreviousAndWord, WordAndNext, Shape, PreviousShape, NextShape,
        ShortShapeWindow, Prefix, Suffix, CasedWord, InitialShape, CaseUsage, HeadlineShape, Cluster, PreviousCluster,
        NextCluster, Previous2Cluster, Next2Cluster, GazetteerMatch, GazetteerCapitalized, ClusterShape, PreviousWordShape,
        NextWordShape, NextCaseUsage, HyphenPart, PreviousCaseUsage,
    }

    /// <summary>Appends the features of token <paramref name="i"/> to <paramref name="features"/>.</summary>
    public static void Extract(SentenceContext sentence, WordLexicon lexicon, int i, List<ulong> features)
    {
        var tokens = sentence.Tokens;
        var token = tokens[i];
        ulong previous = i > 0 ? tokens[i - 1].LowerHash : SentenceStart;
        ulong next = i + 1 < tokens.Length ? tokens[i + 1].LowerHash : SentenceEnd;
        ulong previous2 = i > 1 ? tokens[i - 2].LowerHash : SentenceStart;
        ulong next2 = i + 2 < tokens.Length ? tokens[i + 2].LowerHash : SentenceEnd;
        ulong previousShape = i > 0 ? tokens[i - 1].ShortShapeHash : SentenceStart;
        ulong nextShape = i + 1 < tokens.Length ? tokens[i + 1].ShortShapeHash : SentenceEnd;

        Add(features, Template.Bias, 0);
        Add(features, Template.Word, token.LowerHash);
        Add(features, Template.CasedWord, token.WordHash);
        Add(features, Template.Previous, previous);
        Add(features, Template.Next, next);
        Add(features, Template.Previous2, previous2);
        Add(features, Template.Next2, next2);
        features.Add(FeatureHash.Feature((int)Template.PreviousAndWord, previous, token.LowerHash));
        features.Add(FeatureHash.Feature((int)Template.WordAndNext, token.LowerHash, next));
        Add(features, Template.Shape, token.ShapeHash);
        Add(features, Template.PreviousShape, previousShape);
        Add(features, Template.NextShape, nextShape);
        features.Add(FeatureHash.Feature((int)Template.ShortShapeWindow, previousShape, token.ShortShapeHash, nextShape));
        features.Add(FeatureHash.Feature((int)Template.PreviousWordShape, previous, token.ShortShapeHash));
        features.Add(FeatureHash.Feature((int)Template.NextWordShape, token.ShortShapeHash, next));
        AddAffixes(token.Lower, features);

        // A capital letter means little on the first word or in a headline; say where it occurs.
        ulong place = FeatureHash.Of((i == sentence.FirstWord ? 1 : 0) + (sentence.IsHeadline ? 2 : 0));
        features.Add(FeatureHash.Feature((int)Template.InitialShape, place, token.ShortShapeHash));
        if (token.CaseBucket >= 0)
        {
            features.Add(FeatureHash.Feature((int)Template.CaseUsage, place, FeatureHash.Of(token.CaseBucket)));
        }

        if (i + 1 < tokens.Length && tokens[i + 1].CaseBucket >= 0)
        {
            features.Add(FeatureHash.Feature((int)Template.NextCaseUsage, FeatureHash.Of(tokens[i + 1].CaseBucket)));
        }

        if (i > 0 && tokens[i - 1].CaseBucket >= 0)
        {
            features.Add(FeatureHash.Feature((int)Template.PreviousCaseUsage, FeatureHash.Of(tokens[i - 1].CaseBucket)));
        }

        AddHyphenParts(token.Lower, features);
        if (sentence.IsHeadline)
        {
            Add(features, Template.HeadlineShape, token.ShortShapeHash);
        }

        AddClusters(tokens, lexicon, i, token, features);
        foreach (ulong match in sentence.GazetteerFeatures[i])
        {
            Add(features, Template.GazetteerMatch, match);
            features.Add(FeatureHash.Feature((int)Template.GazetteerCapitalized, match, token.ShortShapeHash));
        }
    }

    private static void AddClusters(TokenInfo[] tokens, WordLexicon lexicon, int i, TokenInfo token, List<ulong> features)
    {
        for (int level = 0; level < lexicon.LevelCount; level++)
        {
            ulong cluster = ClusterHash(token, lexicon, level);
            Add(features, Template.Cluster, cluster);
            Add(features, Template.PreviousCluster, i > 0 ? ClusterHash(tokens[i - 1], lexicon, level) : SentenceStart + (ulong)level);
            Add(features, Template.NextCluster, i + 1 < tokens.Length ? ClusterHash(tokens[i + 1], lexicon, level) : SentenceEnd + (ulong)level);
            if (level == 1)
            {
                features.Add(FeatureHash.Feature((int)Template.ClusterShape, cluster, token.ShortShapeHash));
                Add(features, Template.Previous2Cluster, i > 1 ? ClusterHash(tokens[i - 2], lexicon, level) : SentenceStart);
                Add(features, Template.Next2Cluster, i + 2 < tokens.Length ? ClusterHash(tokens[i + 2], lexicon, level) : SentenceEnd);
            }
        }
    }

    private static ulong ClusterHash(TokenInfo token, WordLexicon lexicon, int level) =>
        token.LexiconIndex < 0 ? Unclustered + (ulong)level : FeatureHash.Of((level << 16) | lexicon.Cluster(token.LexiconIndex, level));

    // "anti-North" or "Kim-led" share meaning with their parts.
    private static void AddHyphenParts(string lower, List<ulong> features)
    {
        int hyphen = lower.IndexOf('-', StringComparison.Ordinal);
        if (hyphen <= 0 || hyphen == lower.Length - 1)
        {
            return;
        }

        int start = 0;
        for (int k = 0; k <= lower.Length; k++)
        {
            if (k == lower.Length || lower[k] == '-')
            {
                if (k > start)
                {
                    Add(features, Template.HyphenPart, FeatureHash.Of(lower.AsSpan(start, k - start)));
                }

                start = k + 1;
            }
        }
    }

    private static void AddAffixes(string lower, List<ulong> features)
    {
        int max = Math.Min(4, lower.Length - 1);
        for (int length = 1; length <= max; length++)
        {
            features.Add(FeatureHash.Feature((int)Template.Prefix, FeatureHash.Of(lower.AsSpan(0, length))));
            features.Add(FeatureHash.Feature((int)Template.Suffix, FeatureHash.Of(lower.AsSpan(lower.Length - length))));
        }
    }

    private static void Add(List<ulong> features, Template template, ulong value) => features.Add(FeatureHash.Feature((int)template, value));
}
