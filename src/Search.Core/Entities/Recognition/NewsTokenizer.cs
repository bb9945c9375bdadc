using System.Text;

namespace Search.Core.Entities.Recognition;

/// <summary>
/// Splits raw text into tokens the way CoNLL-2003 (PTB-like) does: punctuation apart, clitics such as "'s" and "n't"
/// apart, but hyphenated words, numbers like "1,000" or "3.5", abbreviations like "U.S." and names like "O'Brien" kept whole.
/// Curly quotes and dashes are normalised in <see cref="Token.Text"/>; offsets always point into the original text.
/// </summary>
internal static class NewsTokenizer
{
    // Words whose trailing period belongs to the word, as in CoNLL ("Inc.", "Calif.").
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "vs", "Gen", "Sen", "Rep", "Gov",
        "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "Mt", "Ft", "No", "Bros", "Cos", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Calif", "Fla", "Ill", "Mass", "Mich", "Pa", "Va",
        "Wash", "Tex", "Conn", "Ariz", "Colo", "Ga", "Md", "Minn", "Mo", "Okla", "Ore", "Tenn", "Wis", "etc", "approx",
    };

    private static readonly string[] Clitics = ["s", "re", "ve", "ll", "m", "d"];

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                i = ReadPunctuation(text, i, tokens);
            }
        }

        return tokens;
    }

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        int end = start + 1;
        int segmentStart = start; // start of the current run of letters/digits, to recognise "U.S."-style initials
        while (end < text.Length)
        {
            char c = text[end];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                end++;
                continue;
            }

            if (end + 1 < text.Length && IsConnector(text, end, segmentStart))
            {
                end++;
                segmentStart = end;
                continue;
            }

            break;
        }

        // A trailing period stays on initials ("U.S.", "M.") and on known abbreviations ("Inc.").
        if (end < text.Length && text[end] == '.' && KeepsPeriod(text, start, end))
        {
            end++;
        }

        EmitWordWithClitics(text, start, end, tokens);
        return end;
    }

    private static bool IsConnector(string text, int at, int segmentStart)
    {
        char c = text[at];
        char prev = text[at - 1];
        char next = text[at + 1];
        if (!char.IsLetterOrDigit(next))
        {
            return false;
        }

        return c switch
        {
            '-' or '\u2010' or '\u2011' => true,
            ',' => char.IsDigit(prev) && char.IsDigit(next) && IsThousandsGroup(text, at + 1),
            '/' or ':' => char.IsDigit(prev) && char.IsDigit(next),
            '&' => char.IsUpper(prev) && char.IsUpper(next),
            '.' => (char.IsDigit(prev) && char.IsDigit(next))
                || (at - segmentStart == 1 && char.IsLetter(prev) && char.IsLetter(next)
                    && (at + 2 >= text.Length || !char.IsLower(text[at + 2]) || char.IsLower(prev)))
                || (char.IsLower(prev) && char.IsLower(next)),
            '\'' or '\u2019' => char.IsLetter(prev) && char.IsLetter(next),
            _ => false,
        };
    }

    // "1,000" joins but "1,2" in a list does not.
    private static bool IsThousandsGroup(string text, int from)
    {
        int digits = 0;
        while (from + digits < text.Length && char.IsDigit(text[from + digits]))
        {
            digits++;
        }

        return digits == 3;
    }

    private static bool KeepsPeriod(string text, int start, int end)
    {
        int length = end - start;
        if (length == 1 && char.IsLetter(text[start]))
        {
            return true;
        }

        if (text.AsSpan(start, length).Contains('.') && char.IsLetter(text[end - 1]))
        {
            return true;
        }

        return Abbreviations.Contains(text.Substring(start, length))
            && (end + 1 >= text.Length || !char.IsLetter(text[end + 1]));
    }

    private static void EmitWordWithClitics(string text, int start, int end, List<Token> tokens)
    {
        int apostrophe = LastApostrophe(text, start, end);
        if (apostrophe > start)
        {
            string after = text[(apostrophe + 1)..end].ToLowerInvariant();
            if (after == "t" && apostrophe - 1 > start && (text[apostrophe - 1] is 'n' or 'N'))
            {
                Emit(text, start, apostrophe - 1, tokens);
                Emit(text, apostrophe - 1, end, tokens);
                return;
            }

            if (Array.IndexOf(Clitics, after) >= 0)
            {
                Emit(text, start, apostrophe, tokens);
                Emit(text, apostrophe, end, tokens);
                return;
            }
        }

        Emit(text, start, end, tokens);
    }

    private static int LastApostrophe(string text, int start, int end)
    {
        for (int i = end - 1; i > start; i--)
        {
            if (text[i] is '\'' or '\u2019')
            {
                return i;
            }
        }

        return -1;
    }

    private static int ReadPunctuation(string text, int start, List<Token> tokens)
    {
        char c = text[start];

        // A detached clitic such as "Korea 's".
        if (c is '\'' or '\u2019' && start + 1 < text.Length && char.IsLetter(text[start + 1]))
        {
            int wordEnd = start + 1;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            if (Array.IndexOf(Clitics, text[(start + 1)..wordEnd].ToLowerInvariant()) >= 0)
            {
                Emit(text, start, wordEnd, tokens);
                return wordEnd;
            }
        }

        // Runs of the same mark ("--", "...", "``") form one token.
        int end = start + 1;
        if (char.IsHighSurrogate(c) && end < text.Length && char.IsLowSurrogate(text[end]))
        {
            end++; // keep an emoji or other astral character whole
        }
        else if (c is '-' or '.' or '`' or '\'' or '=' or '*' or '_' or '~' or '!' or '?')
        {
            while (end < text.Length && text[end] == c)
            {
                end++;
            }
        }

        Emit(text, start, end, tokens);
        return end;
    }

    private static void Emit(string text, int start, int end, List<Token> tokens)
    {
        tokens.Add(new Token(Normalize(text.AsSpan(start, end - start)), start, end));
    }

    /// <summary>Maps typographic variants to the ASCII forms CoNLL uses.</summary>
    public static string Normalize(ReadOnlySpan<char> raw)
    {
        bool plain = true;
        foreach (char c in raw)
        {
            if (c > 127)
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return raw.ToString() switch
            {
                "``" or "''" => "\"",
                var s => s,
            };
        }

        var builder = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            builder.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2033' => "\"",
                '\u2013' or '\u2010' or '\u2011' or '\u2012' => "-",
                '\u2014' or '\u2015' => "--",
                '\u2026' => "...",
                '\u00A0' => " ",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
