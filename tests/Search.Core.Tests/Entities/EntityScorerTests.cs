using Search.Core.Entities.Recognition;

namespace Search.Core.Tests.Entities;

public class EntityScorerTests
{
    // The sample has gold tags in column 4 and predictions in column 5. By conlleval's rules the gold has 10
    // entities (IOB1 "B-LOC" separates Spain from Hong Kong; a type change separates Kenya from Airways) and the
    // prediction 9, of which 6 match exactly: BRUSSELS has the wrong type, "York" lacks "New", and
    // "Hong Kong Spain" runs two names together.
    [Fact]
    public void CountsExactMatchesLikeConlleval()
    {
        var scorer = new EntityScorer();
        foreach (var (gold, predicted) in ReadSample())
        {
            scorer.Add(IobChunks.ToSpans(gold), IobChunks.ToSpans(predicted));
        }

        var (precision, recall, f1) = scorer.Score();
        Assert.Equal(6.0 / 9, precision, 12);
        Assert.Equal(6.0 / 10, recall, 12);
        Assert.Equal(2 * 6.0 / (9 + 10), f1, 12);
        Assert.Equal((1.0, 1.0), (scorer.Score(EntityKind.Person).Precision, scorer.Score(EntityKind.Person).Recall));
        Assert.EndsWith("ALL P=0.6667 R=0.6000 F1=0.6316", scorer.Report(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsDocumentsAndSentences()
    {
        var documents = ConllCorpus.Read(SamplePath);
        Assert.Equal([3, 1], documents.Select(d => d.Sentences.Count));
        Assert.Equal(["Peter", "Blackburn"], documents[0].Sentences[1].Words);
    }

    private static string SamplePath => Path.Combine(AppContext.BaseDirectory, "Entities", "Data", "scoring-sample.txt");

    private static IEnumerable<(string[] Gold, string[] Predicted)> ReadSample()
    {
        var gold = new List<string>();
        var predicted = new List<string>();
        foreach (string line in File.ReadLines(SamplePath).Append(""))
        {
            string[] columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0 || columns[0] == "-DOCSTART-")
            {
                if (gold.Count > 0)
                {
                    yield return ([.. gold], [.. predicted]);
                    gold.Clear();
                    predicted.Clear();
                }

                continue;
            }

            gold.Add(columns[3]);
            predicted.Add(columns[4]);
        }
    }
}
