using Search.Core.Analysis;
using Search.Core.Highlighting;
using Search.Core.Querying;

namespace Search.Core.Tests.Highlighting;

/// <summary>The sloppy-phrase marks against a brute force over every assignment of positions, on random text.</summary>
public class SloppyOccurrencesTests
{
    // Word i of the text at characters [2i, 2i + 1), so a mark maps back to word positions.
    private static List<(int First, int Last)> Marked(string[] tokens, string[] phrase, int slop)
    {
        var words = tokens.Select((t, i) => new Word(t, 2 * i, 2 * i + 1, i)).ToList();
        var ranges = new List<TextRange>();
        SloppyOccurrences.Add(tokens, phrase, slop, words, ranges);
        return ranges.Select(r => (r.Start / 2, (r.End - 1) / 2)).ToList();
    }

    // Every assignment of distinct positions to the phrase's words whose offsets p_i - i spread at most slop.
    private static List<int[]> Occurrences(string[] tokens, string[] phrase, int slop)
    {
        var found = new List<int[]>();
        var positions = new int[phrase.Length];
        void Assign(int word)
        {
            if (word == phrase.Length)
            {
                var offsets = positions.Select((p, i) => p - i).ToArray();
                if (offsets.Max() - offsets.Min() <= slop)
                {
                    found.Add((int[])positions.Clone());
                }
                return;
            }
            for (var p = 0; p < tokens.Length; p++)
            {
                if (tokens[p] == phrase[word] && Array.IndexOf(positions, p, 0, word) < 0)
                {
                    positions[word] = p;
                    Assign(word + 1);
                }
            }
        }
        Assign(0);
        return found;
    }

    [Fact]
    public void Every_mark_is_an_occurrence_and_every_first_word_of_one_is_marked_at_its_least_spread()
    {
        var random = new Random(20261129);
        string[] vocabulary = ["a", "b", "c", "d"];
        var checkedAnchors = 0;
        for (var round = 0; round < 3_000; round++)
        {
            var tokens = Enumerable.Range(0, random.Next(4, 14)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            // Distinct words: every assignment is one the greedy fit may take.
            var phrase = vocabulary.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).ToArray();
            var slop = random.Next(1, 5);
            var occurrences = Occurrences(tokens, phrase, slop);
            var marked = Marked(tokens, phrase, slop);

            // Sound: each mark spans an occurrence, first to last word.
            Assert.All(marked, m => Assert.Contains(occurrences, o => o.Min() == m.First && o.Max() == m.Last));
            // Complete and tightest: for each first-word position with an occurrence, a mark of the least spread.
            foreach (var anchor in occurrences.Select(o => o[0]).Distinct())
            {
                var least = occurrences.Where(o => o[0] == anchor).Min(o => o.Select((p, i) => p - i).Max() - o.Select((p, i) => p - i).Min());
                Assert.Contains(marked, m => occurrences.Any(o => o[0] == anchor && o.Min() == m.First && o.Max() == m.Last
                    && o.Select((p, i) => p - i).Max() - o.Select((p, i) => p - i).Min() == least));
                checkedAnchors++;
            }
        }
        Assert.True(checkedAnchors > 1_000, $"{checkedAnchors} first-word positions checked");
    }

    [Fact]
    public void With_repeated_words_every_mark_is_an_occurrence()
    {
        var random = new Random(1129);
        for (var round = 0; round < 2_000; round++)
        {
            var tokens = Enumerable.Range(0, random.Next(4, 12)).Select(_ => random.Next(3) == 0 ? "b" : "a").ToArray();
            var phrase = Enumerable.Range(0, random.Next(2, 5)).Select(_ => random.Next(3) == 0 ? "b" : "a").ToArray();
            var slop = random.Next(1, 5);
            var occurrences = Occurrences(tokens, phrase, slop);

            var marked = Marked(tokens, phrase, slop);

            Assert.All(marked, m => Assert.Contains(occurrences, o => o.Min() == m.First && o.Max() == m.Last));
            // Something is marked exactly when the phrase occurs.
            Assert.Equal(occurrences.Count > 0, marked.Count > 0);
        }
    }
}
