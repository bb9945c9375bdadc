using Search.Core.Entities.Recognition;

namespace Search.Core.Tests.Entities;

public class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.LoadDefault();

    private static (string Text, EntityKind Kind)[] Found(string text) =>
        [.. Recognizer.Recognize(text).Select(e => (text[e.Start..e.End], e.Kind))];

    [Fact]
    public void FindsPeopleAndOrganisationsInAQuote()
    {
        const string text = "\u201CWe believe that this is the first time that Chairman Kim Jong Un has convened a virtual meeting. "
            + "Actually, the preliminary meeting of the Central Military Committee also is very unusual and such meeting was never "
            + "reported in the past,\u201D said Unification Ministry spokesperson Yeo Sang Ki in a briefing on Wednesday.";
        Assert.Equal(
            [
                ("Kim Jong Un", EntityKind.Person),
                ("Central Military Committee", EntityKind.Organization),
                ("Unification Ministry", EntityKind.Organization),
                ("Yeo Sang Ki", EntityKind.Person),
            ],
            Found(text));
    }

    [Fact]
    public void DoesNotTagCapitalisedSentenceStarts()
    {
        Assert.Equal(
            [("North Korea", EntityKind.Location), ("South", EntityKind.Location)],
            Found("Tensions escalated earlier this month after North Korea lashed out at the South."));
        Assert.Equal(
            [("Kim Yo Jong", EntityKind.Person)],
            Found("Earlier this month, his sister Kim Yo Jong threatened military action."));
    }

    [Fact]
    public void FindsHyphenatedKoreanNames()
    {
        Assert.Equal(
            [("South Korean", EntityKind.Misc), ("Moon Jae-in", EntityKind.Person)],
            Found("The leaflets would feature the face of South Korean President Moon Jae-in."));
    }

    [Fact]
    public void ReturnsOffsetsIntoTheOriginalText()
    {
        const string text = "Donald Trump met Kim Jong Un in Singapore.";
        Assert.Equal(
            [
                new RecognizedEntity(0, 12, EntityKind.Person),
                new RecognizedEntity(17, 28, EntityKind.Person),
                new RecognizedEntity(32, 41, EntityKind.Location),
            ],
            Recognizer.Recognize(text));
    }

    [Fact]
    public void TagsTheSeedArticleSensibly()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Entities", "Data", "seed-article.txt");
        var paragraphs = File.ReadAllLines(path).Where(line => line.Trim().Length > 0).ToList();
        var entities = Recognizer.RecognizeDocument(paragraphs);
        var found = paragraphs.SelectMany((p, i) => entities[i].Select(e => (p[e.Start..e.End], e.Kind))).ToHashSet();

        foreach (string person in new[] { "Kim Jong Un", "Kim Yo Jong", "Moon Jae-in", "Yeo Sang Ki", "Kim Yeon-chul", "Donald Trump", "Kim Jong-un" })
        {
            Assert.Contains((person, EntityKind.Person), found);
        }

        Assert.Contains(("Unification Ministry", EntityKind.Organization), found);
        Assert.Contains(("Seoul", EntityKind.Location), found);
        Assert.Contains(("Singapore", EntityKind.Location), found);
        Assert.DoesNotContain(found, e => e.Item1 is "Earlier" or "Actually" or "Tensions");
        Assert.Equal(paragraphs.Count, entities.Count);
    }

    [Fact]
    public void GivesTheSameAnswersUnderConcurrentCalls()
    {
        const string text = "Donald Trump met Kim Jong Un in Singapore.";
        RecognizedEntity[] expected =
        [
            new(0, 12, EntityKind.Person),
            new(17, 28, EntityKind.Person),
            new(32, 41, EntityKind.Location),
        ];
        var results = new IReadOnlyList<RecognizedEntity>[64];
        Parallel.For(0, results.Length, i => results[i] = Recognizer.Recognize(text));
        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void HandlesEmptyInput()
    {
        Assert.Empty(Recognizer.Recognize(""));
        Assert.Equal(2, Recognizer.RecognizeDocument(["", "   "]).Count);
    }
}
