using Search.Core.Entities.Recognition;

namespace Search.Core.Tests.Entities;

public class NewsTokenizerTests
{
    private static string Describe(string text) =>
        string.Join(" ", NewsTokenizer.Tokenize(text).Select(t => $"{t.Text}@{t.Start}-{t.End}"));

    [Fact]
    public void KeepsHyphenatedNamesWhole()
    {
        Assert.Equal(
            "North@0-5 Korea@6-11 's@11-13 leader@14-20 Kim@21-24 Jong-un@25-32 met@33-36 Moon@37-41 Jae-in@42-48 .@48-49",
            Describe("North Korea's leader Kim Jong-un met Moon Jae-in."));
    }

    [Fact]
    public void NormalisesCurlyQuotesButKeepsOriginalOffsets()
    {
        Assert.Equal("\"@0-1 Hi@1-3 ,@3-4 \"@4-5 he@6-8 said@9-13 .@13-14", Describe("\u201CHi,\u201D he said."));
        Assert.Equal("South@0-5 Korea@6-11 's@11-13 Unification@14-25 Ministry@26-34", Describe("South Korea\u2019s Unification Ministry"));
    }

    [Fact]
    public void SplitsCliticsAndKeepsNumbersAndAbbreviations()
    {
        Assert.Equal(
            "The@0-3 U.S.@4-8 said@9-13 it@14-16 wo@17-19 n't@19-22 pay@23-26 $@27-28 1,000.50@28-36 for@37-40 3.5@41-44 pct@45-48 .@48-49",
            Describe("The U.S. said it won't pay $1,000.50 for 3.5 pct."));
    }

    [Fact]
    public void SeparatesSentencesGluedAtAFullStop()
    {
        Assert.Equal("Kim@0-3 Jong@4-8 Un@9-11 .@11-12 Ahn@12-15 Young-joon@16-26 /@27-28 AP@29-31", Describe("Kim Jong Un.Ahn Young-joon / AP"));
    }

    [Fact]
    public void SplitsSentencesAtTerminalPunctuation()
    {
        const string text = "He left. Then he came back. The U.S. Army won.";
        var tokens = NewsTokenizer.Tokenize(text);
        Assert.Equal([(0, 3), (3, 8), (8, 13)], SentenceSplitter.Split(text, tokens));
    }
}
