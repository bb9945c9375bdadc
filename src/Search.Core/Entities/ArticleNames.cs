using Search.Core.Analysis;

namespace Search.Core.Entities;

/// <summary>
/// One sense per discourse, for recall: a name the tagger found in an article is a mention wherever else the
/// article writes it and the tagger passed it over (`None of the OPEC members`, `non-OPEC producers`, `Saudi
/// Arabia` in a long sentence). Only names unlikely to be ordinary words are spread, and only from
/// mixed-case text: of two words or more, each capitalised as written (`Bank of England`), or an acronym in
/// capitals that the tagger found twice or more (`OPEC`, `GATT`; once is as often a common noun it misread,
/// `PC` or `PIK`). A one-word name in mixed case (`May`, `Bush`, `Treasury`) is left to the tagger, and so is
/// an acronym in a code (`<MD>`, `MD-11s`, `OS/2`, `[GIRV.VI]`).
/// </summary>
internal static class ArticleNames
{
    private const int MinAcronymFinds = 2;

    /// <summary>The spans of every paragraph, with the article's names added where the tagger passed them over.</summary>
    public static List<List<TaggedSpan>> AddUntagged(IReadOnlyList<string> paragraphs, List<List<TaggedSpan>> spans)
    {
        var byFirstTerm = Spreadable(paragraphs, spans);
        if (byFirstTerm.Count == 0)
        {
            return spans;
        }
        return spans.Select((list, p) => WithNames(paragraphs[p], list, byFirstTerm)).ToList();
    }

    // The article's spreadable names by their first term, longest first, with the type each has (after one
    // type per name).
    private static Dictionary<string, List<(string[] Terms, EntityType Type)>> Spreadable(IReadOnlyList<string> paragraphs, List<List<TaggedSpan>> spans)
    {
        var names = new Dictionary<string, (string[] Terms, EntityType Type, int Finds)>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            // In capitals (a headline, a table) the tagger reads words as names too readily (`SPOT`, `APRIL`):
            // its names there are not spread.
            if (!paragraph.Any(char.IsLower))
            {
                continue;
            }
            foreach (var span in spans[p])
            {
                var trimmed = MentionSpans.Trim(paragraph, span);
                var words = WordScanner.Words(paragraph[trimmed.Start..trimmed.End]);
                var acronym = words.Count == 1 && IsAcronym(paragraph, trimmed.Start + words[0].Start, trimmed.Start + words[0].End);
                if (words.Count >= 2 || acronym)
                {
                    var terms = words.Select(w => w.Term).ToArray();
                    var key = string.Join(' ', terms);
                    names[key] = names.TryGetValue(key, out var known) ? known with { Finds = known.Finds + 1 } : (terms, trimmed.Type, 1);
                }
            }
        }
        return names.Values
            .Where(n => n.Terms.Length >= 2 || n.Finds >= MinAcronymFinds)
            .OrderByDescending(n => n.Terms.Length)
            .GroupBy(n => n.Terms[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => (n.Terms, n.Type)).ToList(), StringComparer.Ordinal);
    }

    private static List<TaggedSpan> WithNames(string paragraph, List<TaggedSpan> spans, Dictionary<string, List<(string[] Terms, EntityType Type)>> byFirstTerm)
    {
        var words = WordScanner.Words(paragraph);
        List<TaggedSpan>? added = null;
        for (var first = 0; first < words.Count; first++)
        {
            if (!byFirstTerm.TryGetValue(words[first].Term, out var candidates))
            {
                continue;
            }
            foreach (var (terms, type) in candidates)
            {
                if (first + terms.Length > words.Count || !Matches(paragraph, words, first, terms))
                {
                    continue;
                }
                var end = words[first + terms.Length - 1].End;
                // `U.S.` with its period, as the tagger's spans have it.
                if (end < paragraph.Length && MentionSpans.IsAbbreviationPeriod(paragraph, words[first].Start, end))
                {
                    end++;
                }
                var span = new TaggedSpan(words[first].Start, end, type);
                if (!spans.Exists(span.Overlaps) && (added is null || !added.Exists(span.Overlaps)))
                {
                    (added ??= []).Add(span);
                }
                break;
            }
        }
        return added is null ? spans : spans.Concat(added).OrderBy(s => s.Start).ToList();
    }

    // The words spell the name, written as a name: an acronym in capitals outside a code, or every word but a
    // joiner capitalised.
    private static bool Matches(string paragraph, List<Word> words, int first, string[] terms)
    {
        for (var i = 0; i < terms.Length; i++)
        {
            if (words[first + i].Term != terms[i])
            {
                return false;
            }
        }
        if (terms.Length == 1)
        {
            return IsAcronym(paragraph, words[first].Start, words[first].End);
        }
        for (var i = 0; i < terms.Length; i++)
        {
            if (!char.IsUpper(paragraph[words[first + i].Start]) && !Joiners.Contains(terms[i]))
            {
                return false;
            }
        }
        return true;
    }

    // Two capitals or more, standing as a word of the text: not part of a ticker or an instrument code
    // (`<MD>`, `[GIRV.VI]`), a model (`MD-11s`, `OS/2`).
    private static bool IsAcronym(string text, int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }
        for (var i = start; i < end; i++)
        {
            if (!char.IsUpper(text[i]))
            {
                return false;
            }
        }
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        var afterNext = end + 1 < text.Length ? text[end + 1] : ' ';
        return !InCode(text, start, end) && before is not ('.' or '/') && after is not '/'
            && !(after == '-' && char.IsDigit(afterNext))
            && !(after == '.' && char.IsLetter(afterNext));
    }

    /// <summary>
    /// Whether the words from <paramref name="start"/> to <paramref name="end"/> are written inside a ticker or an
    /// instrument code (`&lt;JWT&gt;`, `[GIRV.VI]`): brackets round a run without spaces. Reuters also brackets
    /// unlisted companies' names (`&lt;MERIDIAN ENERGY&gt;`), which are names.
    /// </summary>
    public static bool InCode(string text, int start, int end)
    {
        var before = start > 0 && text[start - 1] is '<' or '[';
        var after = end < text.Length && text[end] is '>' or ']';
        if (!before && !after)
        {
            return false;
        }
        var open = start == 0 ? -1 : text.LastIndexOfAny(['<', '['], start - 1);
        var close = text.IndexOfAny(['>', ']'], end);
        // A bracket that does not close (or open) round the words: a code cut short, as the tagger cuts them.
        return open < 0 || close < 0 || text.AsSpan(open + 1, close - open - 1).IndexOf(' ') < 0;
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "the", "for", "de", "du", "la", "le", "von", "van", "der", "bin", "al", "s" };
}
