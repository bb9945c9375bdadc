namespace Search.Core.Entities.Recognition;

/// <summary>Builds a <see cref="WordLexicon"/> from unlabelled text: word clusters and mid-sentence case counts.</summary>
internal static class LexiconBuilder
{
    private const string Boundary = "<s>";
    private const string Unknown = "<unk>";

    /// <summary>
    /// Clusters the words of <paramref name="sentences"/> at each granularity in <paramref name="clusterCounts"/>;
    /// words seen fewer than <paramref name="minCount"/> times are left unclustered.
    /// </summary>
    public static WordLexicon Build(IReadOnlyList<string[]> sentences, int[] clusterCounts, int minCount, int iterations,
        Action<string>? log = null)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (string word in sentence)
            {
                string key = WordLexicon.Key(word);
                frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
            }
        }

        // Frequency order (ties by spelling) makes the exchange algorithm's start and visiting order reproducible.
        string[] vocabulary = [.. frequencies.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { [Boundary] = 0, [Unknown] = 1 };
        foreach (string word in vocabulary)
        {
            ids.TryAdd(word, ids.Count);
        }

        var sequences = sentences.Select(sentence =>
        {
            var sequence = new int[sentence.Length + 2];
            for (int i = 0; i < sentence.Length; i++)
            {
                sequence[i + 1] = ids.GetValueOrDefault(WordLexicon.Key(sentence[i]), 1);
            }

            return sequence;
        }).ToList();
        log?.Invoke($"{sentences.Count} sentences, {frequencies.Values.Sum()} tokens, {ids.Count} clustered words");

        var bigrams = new BigramStatistics(sequences, ids.Count);
        var clusters = new ushort[clusterCounts.Length][];
        for (int level = 0; level < clusterCounts.Length; level++)
        {
            int[] assignment = new ExchangeClusterer(bigrams, clusterCounts[level]).Run(iterations, log);
            clusters[level] = [.. assignment.Skip(2).Select(c => (ushort)c)];
        }

        string[] words = [.. ids.Keys.Skip(2)];
        return new WordLexicon(words, clusters, CountCases(sentences));
    }

    // Counts, per lowercase word, its lowercase and capitalised uses away from the sentence start. All-caps
    // sentences (headlines) say nothing about case and are skipped.
    private static Dictionary<string, (int Lower, int Capitalized)> CountCases(IReadOnlyList<string[]> sentences)
    {
        var counts = new Dictionary<string, (int Lower, int Capitalized)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (IsMostlyUppercase(sentence))
            {
                continue;
            }

            for (int i = 1; i < sentence.Length; i++)
            {
                string word = sentence[i];
                if (!char.IsLetter(word[0]) || sentence[i - 1] is "\"" or ":" or "--" or "(" or "'")
                {
                    continue;
                }

                string lower = word.ToLowerInvariant();
                var (lowerCount, capitalizedCount) = counts.GetValueOrDefault(lower);
                counts[lower] = char.IsUpper(word[0]) ? (lowerCount, capitalizedCount + 1) : (lowerCount + 1, capitalizedCount);
            }
        }

        // Words seen once carry little evidence and would bloat the model.
        return counts.Where(p => p.Value.Lower + p.Value.Capitalized >= 2).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>Whether most letters of a sentence are uppercase (a headline).</summary>
    public static bool IsMostlyUppercase(IReadOnlyList<string> words)
    {
        int upper = 0;
        int lower = 0;
        foreach (string word in words)
        {
            foreach (char c in word)
            {
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
        }

        return upper > lower;
    }

    /// <summary>Reads plain-text articles (paragraphs separated by lines) into tokenized sentences.</summary>
    public static List<string[]> ReadArticles(IEnumerable<string> files)
    {
        var sentences = new List<string[]>();
        foreach (string file in files)
        {
            foreach (string line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                var tokens = NewsTokenizer.Tokenize(line);
                foreach (var (start, end) in SentenceSplitter.Split(line, tokens))
                {
                    sentences.Add([.. tokens.Skip(start).Take(end - start).Select(t => t.Text)]);
                }
            }
        }

        return sentences;
    }
}
