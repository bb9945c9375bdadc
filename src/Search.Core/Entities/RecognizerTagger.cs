using Search.Core.Entities.Recognition;

namespace Search.Core.Entities;

/// <summary>The trained recogniser as the index's entity tagger. Thread-safe.</summary>
public sealed class RecognizerTagger(EntityRecognizer recognizer) : IEntityTagger
{
    /// <summary>The tagger with the model shipped in this assembly.</summary>
    public static RecognizerTagger Default { get; } = new(EntityRecognizer.LoadDefault());

    public IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<string> paragraphs) =>
        recognizer.RecognizeDocument(paragraphs)
            .Select(entities => (IReadOnlyList<TaggedSpan>)entities.Select(e => new TaggedSpan(e.Start, e.End, Map(e.Kind))).ToList())
            .ToList();

    private static EntityType Map(EntityKind kind) => kind switch
    {
        EntityKind.Person => EntityType.Person,
        EntityKind.Organization => EntityType.Organization,
        EntityKind.Location => EntityType.Location,
        _ => EntityType.Misc,
    };
}
