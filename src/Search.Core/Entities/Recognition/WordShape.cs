namespace Search.Core.Entities.Recognition;

/// <summary>Word shapes: letters and digits replaced by their class (X, x, d), so "Jae-in" and "Yo-han" look alike.</summary>
internal static class WordShape
{
    /// <summary>Shape with runs of the same class cut to two: "Washington" → "Xxx", "1996-08-22" → "dd-dd-dd".</summary>
    public static string Long(string word) => Build(word, 2);

    /// <summary>Shape with runs cut to one: "Washington" → "Xx", "U.S." → "X.X.".</summary>
    public static string Short(string word) => Build(word, 1);

    private static string Build(string word, int maxRun)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, 64)];
        int length = 0;
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char shape = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = shape == last ? run + 1 : 1;
            last = shape;
            if (run <= maxRun && length < buffer.Length)
            {
                buffer[length++] = shape;
            }
        }

        return new string(buffer[..length]);
    }
}
