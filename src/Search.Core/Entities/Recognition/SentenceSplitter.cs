namespace Search.Core.Entities.Recognition;

/// <summary>
/// Cuts a paragraph's tokens into sentences, because the tagger was trained on CoNLL sentences and its context
/// features should not reach across a sentence end.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Returns [start, end) token ranges of the sentences in <paramref name="tokens"/>.</summary>
    public static List<(int Start, int End)> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<(int Start, int End)>();
        int start = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int last = i;
            if (IsTerminal(tokens[i].Text))
            {
                // Closing quotes or brackets glued to the full stop still belong to this sentence.
                while (last + 1 < tokens.Count && IsCloser(tokens[last + 1].Text) && tokens[last + 1].Start == tokens[last].End)
                {
                    last++;
                }
            }
            else if (!(i + 1 < tokens.Count && HasLineBreak(text, tokens[i].End, tokens[i + 1].Start)))
            {
                continue;
            }

            if (last + 1 < tokens.Count && !StartsSentence(tokens[last + 1].Text) && IsTerminal(tokens[i].Text)
                && !HasLineBreak(text, tokens[last].End, tokens[last + 1].Start))
            {
                continue;
            }

            sentences.Add((start, last + 1));
            start = last + 1;
            i = last;
        }

        if (start < tokens.Count)
        {
            sentences.Add((start, tokens.Count));
        }

        return sentences;
    }

    private static bool IsTerminal(string token) => token is "." or "!" or "?" or "..." or "!!" or "??";

    private static bool IsCloser(string token) => token is "\"" or "'" or ")" or "]";

    private static bool StartsSentence(string token) =>
        char.IsUpper(token[0]) || char.IsDigit(token[0]) || token is "\"" or "'" or "(" or "[" or "--" or "-";

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }
        }

        return false;
    }
}
