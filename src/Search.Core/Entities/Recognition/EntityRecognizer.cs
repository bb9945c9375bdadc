namespace Search.Core.Entities.Recognition;

/// <summary>
/// Finds person, organisation, location and other (MISC) names in English news text, CoNLL-2003 style.
/// Instances are immutable and safe for concurrent calls.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>Manifest name of the model embedded in this assembly.</summary>
    internal const string EmbeddedModelName = "Search.Core.Entities.Recognition.ner-model.bin";

    private static readonly Lazy<EntityRecognizer> Default = new(() =>
    {
        using var stream = typeof(EntityRecognizer).Assembly.GetManifestResourceStream(EmbeddedModelName)
            ?? throw new InvalidOperationException($"embedded resource {EmbeddedModelName} is missing");
        return Load(stream);
    });

    private EntityRecognizer(NerModel model) => Model = model;

    /// <summary>The underlying model.</summary>
    internal NerModel Model { get; }

    /// <summary>The model embedded in Search.Core (loaded once, then shared).</summary>
    public static EntityRecognizer LoadDefault() => Default.Value;

    /// <summary>Loads a model file written by `ner train`.</summary>
    public static EntityRecognizer Load(Stream modelStream) => new(ModelSerializer.Load(modelStream));

    /// <summary>Wraps an in-memory model.</summary>
    internal static EntityRecognizer FromModel(NerModel model) => new(model);

    /// <summary>Tags one document given as paragraphs, tagging names consistently across them; returns entities per paragraph.</summary>
    public IReadOnlyList<IReadOnlyList<RecognizedEntity>> RecognizeDocument(IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var sentences = new List<IReadOnlyList<string>>();
        var origins = new List<(int Paragraph, List<Token> Tokens, int Start)>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            string text = paragraphs[p] ?? "";
            var tokens = NewsTokenizer.Tokenize(text);
            foreach (var (start, end) in SentenceSplitter.Split(text, tokens))
            {
                var words = new string[end - start];
                for (int i = start; i < end; i++)
                {
                    words[i - start] = tokens[i].Text;
                }

                sentences.Add(words);
                origins.Add((p, tokens, start));
            }
        }

        var results = new List<RecognizedEntity>[paragraphs.Count];
        for (int p = 0; p < results.Length; p++)
        {
            results[p] = [];
        }

        var labels = DocumentTagger.Tag(Model, sentences);
        for (int s = 0; s < labels.Count; s++)
        {
            var (paragraph, tokens, offset) = origins[s];
            foreach (var span in BilouLabels.Decode(labels[s]))
            {
                results[paragraph].Add(new RecognizedEntity(tokens[offset + span.Start].Start, tokens[offset + span.End - 1].End, span.Kind));
            }
        }

        return results;
    }

    /// <summary>Tags a single paragraph.</summary>
    public IReadOnlyList<RecognizedEntity> Recognize(string text) => RecognizeDocument([text])[0];
}
