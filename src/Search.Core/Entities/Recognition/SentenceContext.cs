namespace Search.Core.Entities.Recognition;

/// <summary>A sentence's analysed tokens plus sentence-wide facts (headline case, gazetteer matches).</summary>
internal sealed class SentenceContext
{
    private static readonly List<ulong> NoMatches = [];

    /// <summary>Analyses a sentence's words.</summary>
    public SentenceContext(IReadOnlyList<string> words, WordLexicon lexicon, Gazetteer gazetteer)
    {
        Tokens = new TokenInfo[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            Tokens[i] = TokenInfo.Create(words[i], lexicon);
        }

        IsHeadline = LexiconBuilder.IsMostlyUppercase(words);
        GazetteerFeatures = new List<ulong>[words.Count];
        Array.Fill(GazetteerFeatures, NoMatches);
        var matches = new List<(int Start, int End, byte Kinds)>();
        gazetteer.Match(Tokens, matches);
        foreach (var (start, end, kinds) in matches)
        {
            for (int i = start; i < end; i++)
            {
                var position = end - start == 1 ? BilouLabels.Position.Unit
                    : i == start ? BilouLabels.Position.Begin
                    : i == end - 1 ? BilouLabels.Position.Last
                    : BilouLabels.Position.Inside;
                if (ReferenceEquals(GazetteerFeatures[i], NoMatches))
                {
                    GazetteerFeatures[i] = [];
                }

                for (int kind = 0; kind < 4; kind++)
                {
                    if ((kinds & (1 << kind)) != 0)
                    {
                        GazetteerFeatures[i].Add(FeatureHash.Of((kind * 8) + (int)position + (Math.Min(end - start, 4) * 64)));
                    }
                }
            }
        }

        FirstWord = 0;
        while (FirstWord < Tokens.Length - 1 && Tokens[FirstWord].IsPunctuation)
        {
            FirstWord++;
        }
    }

    /// <summary>The tokens.</summary>
    public TokenInfo[] Tokens { get; }

    /// <summary>Whether the sentence is mostly uppercase, as headlines are.</summary>
    public bool IsHeadline { get; }

    /// <summary>Index of the first non-punctuation token, whose capital letter says little.</summary>
    public int FirstWord { get; }

    /// <summary>Per token, hashes naming the (kind, position, length) of gazetteer names covering it.</summary>
    public List<ulong>[] GazetteerFeatures { get; }

    /// <summary>Number of tokens.</summary>
    public int Length => Tokens.Length;
}
