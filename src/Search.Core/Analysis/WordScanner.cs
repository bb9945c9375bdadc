using System.Globalization;
using System.Text;

namespace Search.Core.Analysis;

/// <summary>
/// Finds words in text: maximal runs of letters and digits (combining marks stay inside the word),
/// and folds them to the form they are indexed and compared in. Stateless and thread-safe.
/// </summary>
public static class WordScanner
{
    /// <summary>
    /// Longest word in UTF-16 units; a longer run is cut into words of this length, as Lucene's
    /// StandardTokenizer cuts at its default of 255. Lucene refuses a whole document holding a term over
    /// 32,766 UTF-8 bytes, so one 40,000-letter run would otherwise fail a build, a rebuild or an upsert.
    /// </summary>
    public const int MaxWordLength = 255;

    /// <summary>Finds the next word at or after <paramref name="from"/>; false when there is none.</summary>
    public static bool TryNext(ReadOnlySpan<char> text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length)
        {
            var width = WordCharWidth(text, i, atStart: true);
            if (width > 0)
            {
                start = i;
                if (IsIdeograph(text, i))
                {
                    end = AfterMarks(text, i + width, start + MaxWordLength);
                    return true;
                }
                i += width;
                while (i < text.Length && (width = InWordWidth(text, i)) > 0 && i - start + width <= MaxWordLength)
                {
                    i += width;
                }
                end = i;
                return true;
            }
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }
        start = end = text.Length;
        return false;
    }

    /// <summary>Lists every word of the text with its UTF-16 offsets and folded form.</summary>
    public static List<Word> Words(string text)
    {
        // News text averages about six characters per word with its space: one allocation, no regrowth.
        var words = new List<Word>(text.Length / 6 + 1);
        AddWords(text, words);
        return words;
    }

    /// <summary>As <see cref="Words(string)"/>, appending to <paramref name="words"/>, so a caller can reuse one list.</summary>
    public static void AddWords(string text, List<Word> words)
    {
        var position = 0;
        var from = 0;
        while (TryNext(text, from, out var start, out var end))
        {
            words.Add(new Word(Fold(text.AsSpan(start, end - start)), start, end, position++));
            from = end;
        }
    }

    /// <summary>
    /// As <see cref="AddWords"/>, but a word's term is the vocabulary's own string when the word folds
    /// to one of its entries, and "" when it does not: no string is made for a word nobody asked about.
    /// </summary>
    public static void AddWordsIn(string text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> vocabulary, List<Word> words)
    {
        Span<char> folded = stackalloc char[MaxWordLength];
        var position = 0;
        var from = 0;
        while (TryNext(text, from, out var start, out var end))
        {
            var word = text.AsSpan(start, end - start);
            if (word.Length > folded.Length)
            {
                // Never longer than MaxWordLength by construction; a word that were would get no term, not an exception.
                words.Add(new Word("", start, end, position++));
                from = end;
                continue;
            }
            var ascii = folded[..word.Length];
            word.CopyTo(ascii);
            string? term;
            if (FoldAsciiInPlace(ascii) < 0)
            {
                var unicode = FoldUnicode(word);
                term = vocabulary.Set.Contains(unicode) ? unicode : null;
            }
            else
            {
                vocabulary.TryGetValue(ascii, out term);
            }
            words.Add(new Word(term ?? "", start, end, position++));
            from = end;
        }
    }

    /// <summary>The folded words of the text, in order.</summary>
    public static string[] Terms(string text) => Words(text).Select(w => w.Term).ToArray();

    /// <summary>True when <paramref name="run"/> stands in <paramref name="words"/> as consecutive words.</summary>
    public static bool ContainsRun(string[] words, string[] run)
    {
        for (var start = 0; start + run.Length <= words.Length; start++)
        {
            if (words.AsSpan(start, run.Length).SequenceEqual(run))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Lower-cases and strips diacritics and compatibility forms, so that `É`, `é` and `e` compare equal.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > 0x7F)
            {
                return FoldUnicode(word);
            }
        }
        return string.Create(word.Length, word, static (dest, src) =>
        {
            src.CopyTo(dest);
            FoldAsciiInPlace(dest);
        });
    }

    /// <summary>Folds into <paramref name="buffer"/> in place when the word is ASCII; returns the folded length.</summary>
    internal static int FoldAsciiInPlace(Span<char> buffer)
    {
        for (var k = 0; k < buffer.Length; k++)
        {
            var c = buffer[k];
            if (c > 0x7F)
            {
                return -1;
            }
            if (c is >= 'A' and <= 'Z')
            {
                buffer[k] = (char)(c | 0x20);
            }
        }
        return buffer.Length;
    }

    // Letters that Unicode does not decompose into a base letter and a mark, written as their usual Latin
    // letters, as Lucene's ASCIIFoldingFilter writes them: `Łódź` = `lodz`, `Ørsted` = `orsted`,
    // `Diyarbakır` = `diyarbakir`; and the Greek final sigma, as a lower-case sigma, so `ΣΊΣΥΦΟΣ` = `σίσυφος`.
    private static readonly Dictionary<char, string> Unaccented = new()
    {
        ['ß'] = "ss", ['ł'] = "l", ['ø'] = "o", ['æ'] = "ae", ['œ'] = "oe", ['đ'] = "d", ['ð'] = "d",
        ['þ'] = "th", ['ħ'] = "h", ['ı'] = "i", ['ŧ'] = "t", ['ƚ'] = "l", ['ɨ'] = "i", ['ς'] = "σ",
    };

    internal static string FoldUnicode(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Format)
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (Unaccented.TryGetValue(lower, out var plain))
            {
                builder.Append(plain);
                continue;
            }
            builder.Append(lower);
        }
        return builder.ToString();
    }

    // Chinese and Japanese are written without spaces, so a run of them is not a word to match: as Lucene's
    // StandardTokenizer does, each Han ideograph and each hiragana is a word of its own, and a phrase of
    // them (`東京`) finds them in order inside a sentence (`東京の株価が上昇した`). Katakana and Hangul
    // runs stay words, as there.
    /// <summary>True when the character at <paramref name="i"/> is a word by itself (a Han character or a hiragana).</summary>
    public static bool IsIdeograph(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < '\u3005')
        {
            return false;
        }
        if (char.IsHighSurrogate(c))
        {
            // Supplementary ideographic planes (CJK extensions B and after).
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && char.ConvertToUtf32(c, text[i + 1]) is >= 0x20000 and <= 0x3FFFF;
        }
        // Hiragana without its combining (semi-)voiced sound marks U+3099-309C, which stay with the kana before them.
        return c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u3098') or (>= '\u309D' and <= '\u309F') or '\u3005' or '\u3007';
    }

    // A combining mark after an ideograph (a decomposed dakuten) stays with it, up to the longest word. (No
    // ideograph is a mark, and a surrogate's own category is Surrogate, so neither needs a check of its own.)
    private static int AfterMarks(ReadOnlySpan<char> text, int i, int limit)
    {
        while (i < text.Length && i < limit
            && CharUnicodeInfo.GetUnicodeCategory(text[i]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
        {
            i++;
        }
        return i;
    }

    // Inside a word, also an invisible joiner followed by more of the word: a soft hyphen (`Ko\u00ADrea`,
    // common in text taken from web pages), a zero-width joiner or non-joiner, a word joiner. They are
    // part of the word's span and dropped from its term. A zero-width space still parts words.
    private static int InWordWidth(ReadOnlySpan<char> text, int i)
    {
        if (IsIdeograph(text, i) || (IsInvisibleJoiner(text[i]) && i + 1 < text.Length && IsIdeograph(text, i + 1)))
        {
            return 0;
        }
        var width = WordCharWidth(text, i, atStart: false);
        if (width == 0 && IsInvisibleJoiner(text[i]) && i + 1 < text.Length && WordCharWidth(text, i + 1, atStart: false) is > 0 and var next)
        {
            return 1 + next;
        }
        return width;
    }

    private static bool IsInvisibleJoiner(char c) => c is '\u00AD' or '\u200C' or '\u200D' or '\u2060';

    private static int WordCharWidth(ReadOnlySpan<char> text, int i, bool atStart)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 ? 1 : 0;
        }
        // U+02BC MODIFIER LETTER APOSTROPHE is a letter to Unicode, but in news text it is an apostrophe
        // typed by a keyboard or an editor (`Korea\u02BCs`), and parts words as `'` and `’` do.
        if (c == '\u02BC')
        {
            return 0;
        }
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
                return IsWordCategory(category, atStart) ? 2 : 0;
            }
            return 0;
        }
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c), atStart) ? 1 : 0;
    }

    private static bool IsWordCategory(UnicodeCategory category, bool atStart) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber => true,
        // A combining accent belongs to the letter before it (decomposed "é"), never starts a word.
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => !atStart,
        _ => false,
    };
}

/// <summary>A word of a text: its folded form, UTF-16 offsets (end exclusive) and ordinal position.</summary>
public readonly record struct Word(string Term, int Start, int End, int Position);
