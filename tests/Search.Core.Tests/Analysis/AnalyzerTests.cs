using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public class AnalyzerTests
{
    private static List<(string Term, int Start, int End)> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    [Fact]
    public void Exact_analyzer_keeps_every_word_unstemmed()
    {
        Assert.Equal(
            [("the", 0, 3), ("company", 4, 11), ("s", 12, 13), ("military", 14, 22), ("actions", 23, 30)],
            Analyze(new ExactAnalyzer(), "The company’s military actions"));
    }

    [Fact]
    public void Stemmed_analyzer_stems_and_keeps_stop_words()
    {
        Assert.Equal(
            [("the", 0, 3), ("militari", 4, 12), ("action", 13, 20), ("of", 21, 23), ("share", 24, 30)],
            Analyze(new StemmedAnalyzer(), "The military actions of shares"));
    }

    private static List<(string Term, int Increment, int End)> Tokens(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<(string, int, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement, offset.EndOffset));
        }
        stream.End();
        tokens.Add(("(end)", 0, offset.EndOffset));
        return tokens;
    }

    [Fact]
    public void Indexed_text_stacks_common_word_pairs_on_the_first_word()
    {
        var stream = new Search.Core.Indexing.AnnotatedTextStream().SetInput(WordScanner.Words("Prices of crude rose"), []);
        Assert.Equal(
            [("prices", 1, 6), ("prices of", 0, 9), ("of", 1, 9), ("of crude", 0, 15), ("crude", 1, 15), ("rose", 1, 20), ("(end)", 0, 20)],
            Tokens(stream));
    }

    [Fact]
    public void One_indexed_text_stream_serves_paragraph_after_paragraph_with_nothing_carried_over()
    {
        var stream = new Search.Core.Indexing.AnnotatedTextStream();
        var mention = new Search.Core.Entities.EntityMention(0, 5, Search.Core.Entities.EntityType.Location, "japan", "Japan");
        Tokens(stream.SetInput(WordScanner.Words("Japan said it would act"), [mention]));

        Assert.Equal([("oil", 1, 3), ("rose", 1, 8), ("(end)", 0, 8)], Tokens(stream.SetInput(WordScanner.Words("Oil rose"), [])));
        Assert.Equal([("(end)", 0, 0)], Tokens(stream.SetInput(WordScanner.Words(""), [])));
    }

    [Fact]
    public void Long_text_is_read_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 2000));
        var tokens = Analyze(new ExactAnalyzer(), text);
        Assert.Equal(2000, tokens.Count);
        Assert.Equal(("word", text.Length - 4, text.Length), tokens[^1]);
    }
}
