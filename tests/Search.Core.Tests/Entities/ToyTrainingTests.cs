using Search.Core.Entities.Recognition;

namespace Search.Core.Tests.Entities;

public class ToyTrainingTests
{
    private const string Corpus = """
        -DOCSTART- -X- O O

        Peter x x I-PER
        Blackburn x x I-PER
        visited x x O
        Brussels x x I-LOC
        . x x O

        Blackburn x x I-PER
        met x x O
        Reuters x x I-ORG
        in x x O
        Paris x x I-LOC
        . x x O

        -DOCSTART- -X- O O

        Anna x x I-PER
        Smith x x I-PER
        visited x x O
        Paris x x I-LOC
        . x x O

        Smith x x I-PER
        met x x O
        Reuters x x I-ORG
        in x x O
        Brussels x x I-LOC
        . x x O

        """;

    [Fact]
    public void LearnsTheTrainingDataAndSurvivesSerialisation()
    {
        var documents = ConllCorpus.Read(new StringReader(Corpus));
        var options = new NerTrainingOptions(Epochs: 5, Folds: 2);
        var model = new NerTrainer(WordLexicon.Empty, options, _ => { }).Train(documents, documents);

        Assert.Equal(1.0, DocumentTagger.Evaluate(model, documents).F1);

        using var stream = new MemoryStream();
        ModelSerializer.Save(model, stream);
        stream.Position = 0;
        var recognizer = EntityRecognizer.Load(stream);
        const string text = "Anna Smith met Reuters in Brussels.";
        Assert.Equal(
            [
                new RecognizedEntity(0, 10, EntityKind.Person),
                new RecognizedEntity(15, 22, EntityKind.Organization),
                new RecognizedEntity(26, 34, EntityKind.Location),
            ],
            recognizer.Recognize(text));
    }

    [Fact]
    public void BilouRoundTripsSpans()
    {
        EntitySpan[] spans = [new(0, 2, EntityKind.Person), new(2, 3, EntityKind.Person), new(4, 7, EntityKind.Misc)];
        int[] labels = BilouLabels.Encode(spans, 8);
        Assert.Equal(spans, BilouLabels.Decode(labels));
    }
}
