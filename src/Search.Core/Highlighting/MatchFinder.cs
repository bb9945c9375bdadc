using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;
using Search.Core.Entities;
using Search.Core.Querying;

namespace Search.Core.Highlighting;

/// <summary>
/// Finds what a query matched in a paragraph: each phrase occurrence as one range over the whole phrase,
/// each matched word on its own; a phrase's words standing elsewhere are not marked. Thread-safe.
/// </summary>
internal static class MatchFinder
{
    private static readonly Analyzer Stemmer = new StemmedAnalyzer();

    // A paragraph's words and their terms, kept per thread between hits: as new lists they were about a
    // sixth of what a phrase search allocated. Find calls nothing that could come back into Find.
    [ThreadStatic] private static List<Word>? t_words;
    [ThreadStatic] private static string[]? t_terms;

    // A buffer grown past this by an unusually long paragraph is dropped after use rather than kept.
    private const int MaxKeptWords = 4096;

    public static List<TextRange> Find(string text, HighlightPlan plan, IReadOnlyList<EntityMention> mentions)
    {
        var words = t_words ??= new List<Word>(256);
        string[]? terms = null;
        try
        {
            if (plan.Vocabulary is { } vocabulary)
            {
                WordScanner.AddWordsIn(text, vocabulary.GetAlternateLookup<ReadOnlySpan<char>>(), words);
            }
            else
            {
                WordScanner.AddWords(text, words);
            }
            terms = t_terms is { } kept && kept.Length >= words.Count ? kept : t_terms = new string[Math.Max(words.Count, 256)];
            for (var i = 0; i < words.Count; i++)
            {
                terms[i] = words[i].Term;
            }
            return Find(text, plan, mentions, words, terms.AsSpan(0, words.Count));
        }
        finally
        {
            // Cleared, so that between searches the buffers hold on to no paragraph's strings.
            if (terms is not null)
            {
                Array.Clear(terms, 0, words.Count);
            }
            words.Clear();
            if (words.Capacity > MaxKeptWords)
            {
                t_words = null;
                t_terms = null;
            }
        }
    }

    private static List<TextRange> Find(string text, HighlightPlan plan, IReadOnlyList<EntityMention> mentions, List<Word> words, ReadOnlySpan<string> exact)
    {
        var ranges = new List<TextRange>();
        foreach (var mention in mentions)
        {
            if (plan.Entities.Contains(new EntityId(mention.Type, mention.EntityKey)))
            {
                ranges.Add(new TextRange(mention.Start, mention.End));
            }
        }
        if (words.Count == 0)
        {
            return ranges;
        }
        foreach (var (terms, slop) in plan.ExactPhrases)
        {
            AddPhrase(exact, terms, slop, words, ranges);
        }
        foreach (var (phraseWords, prefix) in plan.PrefixPhrases)
        {
            AddPrefixPhrase(exact, phraseWords, prefix, words, ranges);
        }
        if (plan.NeedsStems)
        {
            AddStemMatches(text, words, plan.StemTerms, ranges);
        }
        foreach (var word in words)
        {
            if (plan.ExactTerms.Contains(word.Term) || StartsWithAny(word.Term, plan.Prefixes))
            {
                ranges.Add(new TextRange(word.Start, word.End));
            }
        }
        return WithAbbreviationPeriods(text, Merge(ranges));
    }

    // Words end before a period, but a mark that ends `U.S` before `U.S.` reads as part of a word: a match
    // that ends a dotted abbreviation takes its last period, as the abbreviation's entity mention does.
    private static List<TextRange> WithAbbreviationPeriods(string text, List<TextRange> ranges)
    {
        for (var i = 0; i < ranges.Count; i++)
        {
            var range = ranges[i];
            if (range.End < text.Length && MentionSpans.IsAbbreviationPeriod(text, range.Start, range.End)
                && (i + 1 == ranges.Count || ranges[i + 1].Start > range.End))
            {
                ranges[i] = range with { End = range.End + 1 };
            }
        }
        return ranges;
    }

    // Plain loops, not Any(lambda): a lambda over the word allocates a closure and two delegates for
    // every word of every hit, which was 16 % of what the server allocated per phrase search.
    private static bool StartsWithAny(string term, List<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Occurrences of the phrase; with slop, see SloppyOccurrences.
    private static void AddPhrase(ReadOnlySpan<string> tokens, string[] terms, int slop, List<Word> words, List<TextRange> ranges)
    {
        if (slop > 0)
        {
            SloppyOccurrences.Add(tokens, terms, slop, words, ranges);
            return;
        }
        for (var start = 0; start < tokens.Length; start++)
        {
            // Overlapping occurrences (`new york new york` in `New York New York New York`) are all kept;
            // Merge joins them, so every word of every occurrence is marked.
            if (MatchExact(tokens, terms, start) is var last and >= 0)
            {
                ranges.Add(new TextRange(words[start].Start, words[last].End));
            }
        }
    }

    private static void AddPrefixPhrase(ReadOnlySpan<string> tokens, string[] phraseWords, string prefix, List<Word> words, List<TextRange> ranges)
    {
        for (var start = 0; start + phraseWords.Length < tokens.Length; start++)
        {
            var last = start + phraseWords.Length;
            if (MatchExact(tokens, phraseWords, start) >= 0 && tokens[last].StartsWith(prefix, StringComparison.Ordinal))
            {
                ranges.Add(new TextRange(words[start].Start, words[last].End));
            }
        }
    }

    private static int MatchExact(ReadOnlySpan<string> tokens, string[] terms, int start)
    {
        if (start + terms.Length > tokens.Length)
        {
            return -1;
        }
        for (var i = 0; i < terms.Length; i++)
        {
            if (tokens[start + i] != terms[i])
            {
                return -1;
            }
        }
        return start + terms.Length - 1;
    }

    // Each word whose stem the query asks for. Stems are looked up as the analyzer leaves them in its
    // buffer: a string per word of every hit was a tenth of what a free-text search allocated.
    private static void AddStemMatches(string text, List<Word> words, HashSet<string> stemTerms, List<TextRange> ranges)
    {
        var wanted = stemTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        using var stream = Stemmer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        for (var i = 0; i < words.Count && stream.IncrementToken(); i++)
        {
            if (wanted.Contains(term.Buffer.AsSpan(0, term.Length)))
            {
                ranges.Add(new TextRange(words[i].Start, words[i].End));
            }
        }
        stream.End();
    }

    private static List<TextRange> Merge(List<TextRange> ranges)
    {
        ranges.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<TextRange>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start < merged[^1].End)
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }
        return merged;
    }
}
