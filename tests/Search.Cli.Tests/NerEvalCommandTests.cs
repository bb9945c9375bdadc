namespace Search.Cli.Tests;

public class NerEvalCommandTests
{
    /// <summary>The CLI's standard output, after checking it succeeded.</summary>
    private static string RunCli(params string[] args)
    {
        var (exitCode, output, errors) = CliRunner.Run(args);
        Assert.True(exitCode == 0, errors);
        return output;
    }

    [Fact]
    public void Eval_scores_a_small_conll_file_exactly_as_conlleval_counts()
    {
        // 11 gold entities; the shipped model finds the 10 real ones; the gold file also (wrongly) marks
        // "Friday" as MISC, which no tagger should find: P = 10/10, R = 10/11, F1 = 20/21.
        var output = RunCli("ner", "eval", "--data", Path.Combine(AppContext.BaseDirectory, "Data", "small.conll"));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ALL P=1.0000 R=0.9091 F1=0.9524", lines[^1].Trim());
        Assert.Contains("MISC P=1.0000 R=0.5000 F1=0.6667 gold=2 predicted=1 correct=1", lines.Select(l => l.Trim()));
    }
}
