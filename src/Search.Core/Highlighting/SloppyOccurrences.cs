using Search.Core.Analysis;
using Search.Core.Querying;

namespace Search.Core.Highlighting;

/// <summary>
/// The occurrences of a phrase within a slop, by Lucene's measure of a sloppy match: with the phrase's word
/// i at position p_i, an occurrence's length is the spread of the offsets p_i - i, at most the slop, every
/// word at a position of its own. So `oil prices` within 1 matches `oil and prices` but not `prices of oil`
/// (offsets 2 and -1: 3 apart). For each position of the phrase's first word, the tightest occurrence that
/// starts the phrase there is marked, from its first word to its last.
/// </summary>
/// <remarks>
/// For a window of offsets [lo, lo + width], whether the words fit is decided greedily: words with the same
/// term take positions in the order of the words (any fit can be reordered so, without widening it), and
/// each takes the first free position its window allows, so a check costs a binary search per word. The
/// least width is found by doubling, then halving. A phrase of 64 repeated words with slop 100 over a
/// paragraph of 10,000 such words stays in milliseconds; past <see cref="MaxSteps"/> look-ups a paragraph's
/// remaining positions are left unmarked rather than let one hit hold a search up.
/// </remarks>
internal sealed class SloppyOccurrences
{
    private const int MaxSteps = 2_000_000;

    private readonly string[] _terms;
    private readonly int _slop;
    private readonly int[] _groupOfWord;
    private readonly List<int>[] _positions;
    private readonly int[] _wordsInGroup;
    private readonly int[] _lastTaken;
    private readonly int[] _taken;
    private int _steps;

    private SloppyOccurrences(string[] terms, int slop, int[] groupOfWord, List<int>[] positions, int[] wordsInGroup)
    {
        _terms = terms;
        _slop = slop;
        _groupOfWord = groupOfWord;
        _positions = positions;
        _wordsInGroup = wordsInGroup;
        _lastTaken = new int[positions.Length];
        _taken = new int[terms.Length];
    }

    /// <summary>Adds the range of each occurrence of <paramref name="terms"/> within <paramref name="slop"/> in <paramref name="tokens"/>.</summary>
    public static void Add(ReadOnlySpan<string> tokens, string[] terms, int slop, List<Word> words, List<TextRange> ranges)
    {
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupOfWord = new int[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            if (!groups.TryGetValue(terms[i], out groupOfWord[i]))
            {
                groupOfWord[i] = groups[terms[i]] = groups.Count;
            }
        }
        var positions = new List<int>[groups.Count];
        var wordsInGroup = new int[groups.Count];
        for (var g = 0; g < positions.Length; g++)
        {
            positions[g] = [];
        }
        foreach (var g in groupOfWord)
        {
            wordsInGroup[g]++;
        }
        for (var p = 0; p < tokens.Length; p++)
        {
            if (groups.TryGetValue(tokens[p], out var g))
            {
                positions[g].Add(p);
            }
        }
        for (var g = 0; g < positions.Length; g++)
        {
            if (positions[g].Count < wordsInGroup[g])
            {
                return;
            }
        }
        new SloppyOccurrences(terms, slop, groupOfWord, positions, wordsInGroup).AddAll(words, ranges);
    }

    private void AddAll(List<Word> words, List<TextRange> ranges)
    {
        foreach (var anchor in _positions[_groupOfWord[0]])
        {
            if (_steps > MaxSteps)
            {
                return;
            }
            if (EnoughNear(anchor) && LeastWidth(anchor) is { } fit)
            {
                Fits(anchor, fit.Lo, fit.Width);
                ranges.Add(new TextRange(words[_taken.Min()].Start, words[_taken.Max()].End));
            }
        }
    }

    // Every term has as many positions as the phrase has words of it within reach of the anchor.
    private bool EnoughNear(int anchor)
    {
        var reach = _slop + _terms.Length;
        for (var g = 0; g < _positions.Length; g++)
        {
            var list = _positions[g];
            if (FirstAtOrAfter(list, anchor + reach + 1) - FirstAtOrAfter(list, anchor - reach) < _wordsInGroup[g])
            {
                return false;
            }
        }
        return true;
    }

    // The least width of offsets the phrase fits in with its first word at the anchor, and where that window starts.
    private (int Lo, int Width)? LeastWidth(int anchor)
    {
        var failed = -1;
        var width = 0;
        int lo;
        while (!FitsSomewhere(anchor, width, out lo))
        {
            if (width == _slop)
            {
                return null;
            }
            failed = width;
            width = Math.Min(_slop, width * 2 + 1);
        }
        var found = (Lo: lo, Width: width);
        // The least width lies between the last that failed and the first that fitted.
        var (low, high) = (failed + 1, width - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (FitsSomewhere(anchor, middle, out lo))
            {
                found = (lo, middle);
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }
        return found;
    }

    private bool FitsSomewhere(int anchor, int width, out int lo)
    {
        for (lo = anchor - width; lo <= anchor; lo++)
        {
            if (Fits(anchor, lo, width))
            {
                return true;
            }
        }
        return false;
    }

    // Whether every word has a position whose offset is within [lo, lo + width], the first word at the anchor.
    private bool Fits(int anchor, int lo, int width)
    {
        Array.Fill(_lastTaken, -1);
        _taken[0] = anchor;
        _lastTaken[_groupOfWord[0]] = anchor;
        for (var i = 1; i < _terms.Length; i++)
        {
            _steps++;
            var g = _groupOfWord[i];
            var list = _positions[g];
            var at = FirstAtOrAfter(list, Math.Max(lo + i, _lastTaken[g] + 1));
            if (at == list.Count || list[at] > lo + width + i)
            {
                return false;
            }
            _taken[i] = _lastTaken[g] = list[at];
        }
        return true;
    }

    private static int FirstAtOrAfter(List<int> sorted, int value)
    {
        var at = sorted.BinarySearch(value);
        return at >= 0 ? at : ~at;
    }
}
