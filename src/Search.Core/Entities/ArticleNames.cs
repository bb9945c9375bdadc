using Search.Core.Analysis;

namespace Search.Core.Entities;

/// <summary>
/// One sense per discourse, for recall: a name the tagger found somewhere in an article is a mention
/// wherever else the article writes it and the tagger passed it over (`None of the OPEC members`, `non-OPEC
/// producers`, `Saudi Arabia` in a long sentence). Only names that cannot be ordinary words are spread: of
/// two words or more, each capitalised as written (`Bank of England`), or an acronym in capitals (`OPEC`,
/// `GATT`); a one-word name in mixed case (`May`, `Bush`, `Treasury`) is left to the tagger.
/// </summary>
internal static class ArticleNames
{
    /// <summary>The spans of every paragraph, with the article's names added where the tagger passed them over.</summary>
    public static List<List<TaggedSpan>> AddUntagged(IReadOnlyList<string> paragraphs, List<List<TaggedSpan>> spans)
    {
        var names = Spreadable(paragraphs, spans);
        if (names.Count == 0)
        {
            return spans;
        }
        return spans.Select((list, p) => WithNames(paragraphs[p], list, names)).ToList();
    }

    // The article's spreadable names, longest first, with the type each has (after one type per name).
    private static List<(string[] Terms, EntityType Type)> Spreadable(IReadOnlyList<string> paragraphs, List<List<TaggedSpan>> spans)
    {
        var names = new Dictionary<string, (string[] Terms, EntityType Type)>(StringComparer.Ordinal);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // In capitals (a headline, a table) the tagger reads words as names too readily (`SPOT`, `APRIL`):
            // its names there are not spread.
            if (!paragraphs[p].Any(char.IsLower))
            {
                continue;
            }
            foreach (var span in spans[p])
            {
                var trimmed = MentionSpans.Trim(paragraphs[p], span);
                var text = paragraphs[p][trimmed.Start..trimmed.End];
                var words = WordScanner.Words(text);
                if (words.Count >= 2 || (words.Count == 1 && IsAcronym(text.AsSpan(words[0].Start, words[0].End - words[0].Start))))
                {
                    names.TryAdd(string.Join(' ', words.Select(w => w.Term)), (words.Select(w => w.Term).ToArray(), trimmed.Type));
                }
            }
        }
        return names.Values.OrderByDescending(n => n.Terms.Length).ToList();
    }

    private static List<TaggedSpan> WithNames(string paragraph, List<TaggedSpan> spans, List<(string[] Terms, EntityType Type)> names)
    {
        var words = WordScanner.Words(paragraph);
        List<TaggedSpan>? added = null;
        foreach (var (terms, type) in names)
        {
            for (var first = 0; first + terms.Length <= words.Count; first++)
            {
                if (!Matches(paragraph, words, first, terms))
                {
                    continue;
                }
                var span = new TaggedSpan(words[first].Start, words[first + terms.Length - 1].End, type);
                if (!spans.Exists(s => Overlap(s, span)) && (added is null || !added.Exists(s => Overlap(s, span))))
                {
                    (added ??= []).Add(span);
                }
            }
        }
        return added is null ? spans : spans.Concat(added).OrderBy(s => s.Start).ToList();
    }

    // The words spell the name, written as a name: an acronym in capitals, or every word but a joiner capitalised.
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
            return IsAcronym(paragraph.AsSpan(words[first].Start, words[first].End - words[first].Start));
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

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "of", "and", "the", "for", "de", "du", "la", "le", "von", "van", "der", "bin", "al", "s" };

    private static bool Overlap(TaggedSpan a, TaggedSpan b) => a.Start < b.End && b.Start < a.End;
}
