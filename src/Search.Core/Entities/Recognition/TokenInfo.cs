namespace Search.Core.Entities.Recognition;

/// <summary>Everything the features need to know about one token, computed once per token.</summary>
internal sealed class TokenInfo
{
    private TokenInfo(string word)
    {
        Word = word;
        Lower = word.ToLowerInvariant();
    }

    /// <summary>The normalised token text.</summary>
    public string Word { get; }

    /// <summary>The lowercased token text.</summary>
    public string Lower { get; }

    /// <summary>Hash of the digit-folded word, case kept.</summary>
    public ulong WordHash { get; private init; }

    /// <summary>Hash of the digit-folded lowercased word.</summary>
    public ulong LowerHash { get; private init; }

    /// <summary>Hash of <see cref="WordShape.Long"/>.</summary>
    public ulong ShapeHash { get; private init; }

    /// <summary>Hash of <see cref="WordShape.Short"/>.</summary>
    public ulong ShortShapeHash { get; private init; }

    /// <summary>Index in the lexicon, -1 when the word was not clustered.</summary>
    public int LexiconIndex { get; private init; }

    /// <summary>See <see cref="WordLexicon.CaseBucket"/>.</summary>
    public int CaseBucket { get; private init; }

    /// <summary>Whether the first character is an uppercase letter or a digit.</summary>
    public bool StartsUpperOrDigit { get; private init; }

    /// <summary>Whether the first character is an uppercase letter.</summary>
    public bool IsCapitalized { get; private init; }

    /// <summary>Whether the token has a letter and no lowercase letter.</summary>
    public bool IsAllCaps { get; private init; }

    /// <summary>Whether the token has no letter or digit.</summary>
    public bool IsPunctuation { get; private init; }

    /// <summary>Analyses one token against the lexicon.</summary>
    public static TokenInfo Create(string word, WordLexicon lexicon)
    {
        string key = WordLexicon.Key(word);
        string lowerKey = key.ToLowerInvariant();
        bool hasLetter = false;
        bool hasLower = false;
        bool hasLetterOrDigit = false;
        foreach (char c in word)
        {
            hasLetter |= char.IsLetter(c);
            hasLower |= char.IsLower(c);
            hasLetterOrDigit |= char.IsLetterOrDigit(c);
        }

        bool capitalized = char.IsUpper(word[0]);
        return new TokenInfo(word)
        {
            WordHash = FeatureHash.Of(key),
            LowerHash = FeatureHash.Of(lowerKey),
            ShapeHash = FeatureHash.Of(WordShape.Long(word)),
            ShortShapeHash = FeatureHash.Of(WordShape.Short(word)),
            LexiconIndex = lexicon.IndexOf(key, lowerKey),
            CaseBucket = capitalized ? lexicon.CaseBucket(lowerKey) : -1,
            StartsUpperOrDigit = capitalized || char.IsDigit(word[0]),
            IsCapitalized = capitalized,
            IsAllCaps = hasLetter && !hasLower,
            IsPunctuation = !hasLetterOrDigit,
        };
    }
}
