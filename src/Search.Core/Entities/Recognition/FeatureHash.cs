namespace Search.Core.Entities.Recognition;

/// <summary>
/// 64-bit hashes that name features without building strings, so tagging allocates little. Collisions among a
/// few million features are vanishingly rare at 64 bits.
/// </summary>
internal static class FeatureHash
{
    /// <summary>Hash of a character sequence.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return Mix(hash ^ (ulong)text.Length);
    }

    /// <summary>Hash of an integer value.</summary>
    public static ulong Of(long value) => Mix((ulong)value + 0x9E3779B97F4A7C15UL);

    /// <summary>Hash of a feature: a template id with one value.</summary>
    public static ulong Feature(int template, ulong value) => Mix(value + ((ulong)template * 0xD6E8FEB86659FD93UL));

    /// <summary>Hash of a feature: a template id with two values.</summary>
    public static ulong Feature(int template, ulong first, ulong second) =>
        Feature(template, Mix(first * 31 + (second ^ 0xA0761D6478BD642FUL)));

    /// <summary>Hash of a feature: a template id with three values.</summary>
    public static ulong Feature(int template, ulong first, ulong second, ulong third) =>
        Feature(template, Mix(first * 31 + (second ^ 0xA0761D6478BD642FUL)), third);

    // SplitMix64 finaliser: spreads every input bit over the whole word.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
